// The server killed in the kill trial: `deck edit`'s server (the editor's API, the
// recovery journal, the draft and the audience's live deck) on a deck, printing its
// editor address; the trial types and saves through the API until it kills it.
import { startDeckServer } from '../../src/serve/server.js';

const [deckDir, stateDir] = process.argv.slice(2) as [string, string];
const server = await startDeckServer({ path: deckDir, editor: { stateDir } });
await server.ready;
process.stdout.write(`${server.editorUrl}\n`);
