// The app's own files a site carries beside the deck's: the compiled browser runtimes
// (out/web/) and the pages' stylesheets (assets/). Read for each site, so a recompiled
// runtime is served at the next build; one answer when `npm run compile` has not run.
import { readFileSync } from 'node:fs';
import { DeckError } from '../errors.js';

export function readAppFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new DeckError('internal', `The app's file ${file} is missing.`, 'Run `npm run compile` in the app folder (npm start, npm test and npm run deck do it for you).');
  }
}
