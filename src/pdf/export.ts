// Deck → PDF bytes: build the deck's site in memory, serve it to the print driver, print
// the print view (src/present/print.ts), then add the metadata Chromium leaves out.
// Shared by `deck export pdf` (playwright renderer) and the app's File → Export PDF…
// (Electron renderer): only the PageRenderer differs.
import { defaultConfig } from '../deck/config.js';
import type { Deck } from '../deck/model.js';
import { buildSite, type SiteFiles } from '../site/site.js';
import { setMetadata } from './metadata.js';
import { printView, type PdfOptions } from './options.js';
import type { PageRenderer } from './renderer.js';
import { serveSite, startSiteServer, type ServedSite } from './site-server.js';

export type ExportPhase = 'building' | 'printing' | 'finishing' | 'done';

export interface ExportProgress {
  phase: ExportPhase;
  /** Number of slides in the deck, for the progress line. */
  slides: number;
}

export interface ExportSeams {
  onProgress?: (progress: ExportProgress) => void;
  /** How the site reaches the renderer; a loopback server unless the caller has its own (e.g. a protocol). */
  host?: (files: SiteFiles) => Promise<ServedSite>;
}

export interface PreparedExport {
  /** The host seam for exportPdf: serves the built site at the URL the renderer preloads. */
  host: (files: SiteFiles) => Promise<ServedSite>;
  close(): Promise<void>;
}

/**
 * For a caller that knows the options before it has the deck (the command line): the
 * server is started and the renderer asked to open the print page now, so the browser
 * boots and requests the page while the deck loads and its site is built. The print URL
 * does not depend on the deck; the paper size is the default slide size until the deck
 * says otherwise (the renderer adjusts it when it prints).
 */
export async function prepareExport(options: PdfOptions, renderer: PageRenderer): Promise<PreparedExport> {
  const site = await startSiteServer();
  const view = printView(defaultConfig, options);
  renderer.preload?.(`${site.baseUrl}index.html${view.query}`, { width: view.width, height: view.height, outline: true });
  return {
    host: async (files) => {
      site.provide(files);
      return site;
    },
    close: () => site.close(),
  };
}

export function slideCount(deck: Deck): number {
  return deck.stacks.reduce((sum, stack) => sum + stack.slides.length, 0);
}

export async function exportPdf(deck: Deck, options: PdfOptions, renderer: PageRenderer, seams: ExportSeams = {}): Promise<Uint8Array> {
  const slides = slideCount(deck);
  const report = (phase: ExportPhase): void => seams.onProgress?.({ phase, slides });
  report('building');
  // role 'print' keeps the runtime from joining the presenter's window sync or live reload.
  const files = await buildSite(deck, { runtime: { role: 'print' } });
  const site = await (seams.host ?? serveSite)(files);
  try {
    const view = printView(deck.config, options);
    report('printing');
    const pdf = await renderer.printToPdf(`${site.baseUrl}index.html${view.query}`, { width: view.width, height: view.height, outline: true });
    report('finishing');
    const result = await setMetadata(pdf, { title: deck.config.title, author: deck.config.author, lang: deck.config.lang });
    report('done');
    return result;
  } finally {
    await site.close();
  }
}
