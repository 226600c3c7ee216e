// Deck → the set of files that make up the presented deck (page, runtime, reveal.js,
// theme, fonts, media), in memory. The offline build writes them to a folder; the
// server, the Electron protocol and the PDF exporter serve them from memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deck } from '../deck/model.js';
import { renderDeckPage, type PageOptions } from '../html/page.js';
import { assetsDir, revealDistDir, webDir } from '../paths.js';

/** Path relative to the deck page (forward slashes) → file content. */
export type SiteFiles = Map<string, Uint8Array | string>;

export interface SiteOptions {
  runtime?: PageOptions['runtime'];
}

export async function buildSite(deck: Deck, options: SiteOptions = {}): Promise<SiteFiles> {
  const files: SiteFiles = new Map();
  const themeHref = `theme/${deck.config.theme}.css`;
  files.set('reveal/reveal.css', readFileSync(join(revealDistDir, 'reveal.css')));
  files.set(themeHref, readFileSync(join(assetsDir, 'themes', `${deck.config.theme}.css`)));
  files.set('app/deck.js', readFileSync(join(webDir, 'deck.js')));
  for (const asset of deck.assets) files.set(asset.href, readFileSync(asset.source));
  files.set('index.html', renderDeckPage(deck, { styles: [themeHref], runtime: options.runtime }));
  return files;
}
