// Deck → PDF bytes: build the deck's site in memory, hand it to the print driver's
// browser, print the print view (src/present/print.ts), then add the metadata Chromium
// leaves out.
// Shared by `deck export pdf` (playwright renderer) and the app's File → Export PDF…
// (Electron renderer): only the PageRenderer differs.
import { sitePaths } from '../contract.js';
import type { Deck } from '../deck/model.js';
import { buildSite } from '../site/site.js';
import { setMetadata } from './pdf-metadata.js';
import { printView, type PdfOptions } from './options.js';
import { slideCount, type ExportPhase, type ExportSeams } from './progress.js';
import type { PageRenderer } from './renderer.js';

export async function exportPdf(deck: Deck, options: PdfOptions, renderer: PageRenderer, seams: ExportSeams = {}): Promise<Uint8Array> {
  const slides = slideCount(deck);
  const report = (phase: ExportPhase): void => seams.onProgress?.({ phase, slides });
  report('building');
  // role 'print' keeps the runtime from joining the presenter's window sync or live reload.
  // Subset fonts, cached between exports: a fifth of the bytes of the shipped chunks for
  // the browser to take in, and the font's true name in the PDF.
  const files = await buildSite(deck, { runtime: { role: 'print' }, fonts: 'print' });
  const site = await renderer.serve(files);
  try {
    const view = printView(deck.config, options);
    report('printing');
    const pdf = await renderer.printToPdf(`${site.baseUrl}${sitePaths.page}${view.query}`, { width: view.width, height: view.height, outline: true });
    report('finishing');
    const result = await setMetadata(pdf, { title: deck.config.title, author: deck.config.author, lang: deck.config.lang });
    report('done');
    return result;
  } finally {
    await site.close();
  }
}
