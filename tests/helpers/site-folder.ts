// A deck's site written to a folder as it is served (chunked fonts), for browser tests
// that open it from file:// without a server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Deck } from '../../src/deck/model.js';
import { buildSite } from '../../src/site/site.js';

/** Writes `deck`'s site into `dir`; returns the file:// URL of its deck page. */
export async function writeSiteFolder(deck: Deck, dir: string): Promise<string> {
  for (const [path, content] of await buildSite(deck, { runtime: { role: 'audience' } })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return pathToFileURL(join(dir, 'index.html')).href;
}
