// `deck build`: deck folder → a self-contained folder that opens from disk or any static
// server with no network. Refuses a deck with errors, and a site that would fetch
// anything from the network.
import { resolve } from 'node:path';
import { sitePaths } from '../contract.js';
import { loadDeck } from '../deck/load.js';
import { hasErrors } from '../deck/diagnostics.js';
import type { Deck, Diagnostic } from '../deck/model.js';
import { DeckError } from '../errors.js';
import { buildSite, type SiteFiles } from '../site/site.js';
import { findDanglingReferences } from './local-references.js';
import { findRemoteUrls } from './remote-urls.js';
import { siteLoads, type SiteLoad } from './site-loads.js';
import { writeSiteFolder } from './write-folder.js';

export interface OfflineBuildOptions {
  /** Font subset cache folder (default: node_modules/.cache/deck-fonts of the app). */
  fontCacheDir?: string;
}

export type OfflineBuildResult =
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: true; deck: Deck; diagnostics: Diagnostic[]; outDir: string; files: number; bytes: number };

export function assertOffline(files: SiteFiles, loads: readonly SiteLoad[] = siteLoads(files)): void {
  const remote = findRemoteUrls(files, loads);
  if (remote.length === 0) return;
  const list = remote.map((r) => `${r.path}: ${r.url}`).join('; ');
  const fromDeck = remote.some((r) => r.path === sitePaths.page || r.path === sitePaths.deckJson || r.path.startsWith('media/'));
  throw new DeckError(
    fromDeck ? 'deckErrors' : 'internal',
    `The built deck would load from the network, which an offline deck must never do: ${list}.`,
    fromDeck
      ? 'Copy the file into the deck folder and refer to it by a relative path, or remove the link.'
      : 'This is a bug in the app’s own files; please report it.',
  );
}

/** Every file the pages load is in the folder: a missing one would show as a broken picture. */
export function assertSelfContained(files: SiteFiles, loads: readonly SiteLoad[] = siteLoads(files)): void {
  const dangling = findDanglingReferences(files, loads);
  if (dangling.length === 0) return;
  throw new DeckError(
    'internal',
    `The built deck refers to files that are not in it: ${dangling.map((d) => `${d.ref} (from ${d.from})`).join(', ')}.`,
    'The deck loader should have copied these files or reported them as missing; this is a bug, please report it.',
  );
}

export async function buildOfflineFolder(deckPath: string, outDir: string, options: OfflineBuildOptions = {}): Promise<OfflineBuildResult> {
  const { deck, diagnostics } = loadDeck(deckPath);
  if (!deck || hasErrors(diagnostics)) return { ok: false, diagnostics };
  const files = await buildSite(deck, { fonts: 'subset', fontCacheDir: options.fontCacheDir, runtime: { role: 'audience' }, diagnostics });
  // Both checks read the same loads: every page of the site parsed once, not twice.
  const loads = siteLoads(files);
  assertOffline(files, loads);
  assertSelfContained(files, loads);
  writeSiteFolder(files, outDir);
  let bytes = 0;
  for (const content of files.values()) bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return { ok: true, deck, diagnostics, outDir: resolve(outDir), files: files.size, bytes };
}
