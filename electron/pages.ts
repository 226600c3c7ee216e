// Which site page each window shows.
export { presenterPagePath as presenterPage } from '../src/html/presenter.js';
export const audiencePage = 'index.html';
