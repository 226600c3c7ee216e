// Deck → PowerPoint file, for someone who has only PowerPoint (or Keynote, LibreOffice):
// each slide a picture of the slide as printed (the same print view as the PDF, pictured
// by the renderer's browser), with the slide's speaker notes as real PowerPoint notes,
// the slide title as the picture's alternative text, and the deck's title and author in
// the file's properties. The slides are pictures,
// not editable text: what reveal.js, KaTeX and the theme draw cannot be rebuilt as
// PowerPoint shapes without losing how it looks.
import { createRequire } from 'node:module';
import { sitePaths } from '../contract.js';
import type { Deck } from '../deck/model.js';
import { DeckError } from '../errors.js';
import { buildSite } from '../site/site.js';
import { defaultPdfOptions, printView } from './options.js';
import { slideCount, type ExportPhase, type ExportSeams } from './progress.js';
import type { PageRenderer } from './renderer.js';

/** Device pixels per slide pixel: a 1280×720 slide becomes a 1920×1080 picture, sharp on a full-HD projector. */
export const pictureScale = 1.5;

type PptxGenJS = typeof import('pptxgenjs').default;

/** pptxgenjs, loaded when a PowerPoint file is made, with require() (see playwright-renderer.ts). */
function loadPptxGenJs(): PptxGenJS {
  return createRequire(import.meta.url)('pptxgenjs') as PptxGenJS;
}

export async function exportPptx(deck: Deck, renderer: PageRenderer, seams: ExportSeams = {}): Promise<Uint8Array> {
  const slides = deck.stacks.flatMap((stack) => stack.slides);
  const report = (phase: ExportPhase): void => seams.onProgress?.({ phase, slides: slideCount(deck) });
  if (!renderer.capture) throw new DeckError('internal', 'This print driver cannot picture slides, so no PowerPoint file can be made with it.', 'Export the PowerPoint file from the command line: deck export pptx.');
  report('building');
  const files = await buildSite(deck, { runtime: { role: 'print' }, fonts: 'print' });
  const site = await renderer.serve(files);
  let pictures: Uint8Array[];
  try {
    const view = printView(deck.config, defaultPdfOptions);
    report('printing');
    pictures = await renderer.capture(`${site.baseUrl}${sitePaths.page}${view.query}`, { width: view.width, height: view.height, scale: pictureScale, selector: '.reveal .slides > .pdf-page' });
  } finally {
    await site.close();
  }
  if (pictures.length !== slides.length) {
    throw new DeckError('internal', `The print view showed ${pictures.length} slide pages for ${slides.length} slides.`, 'This is a bug in the PowerPoint export; please report it with the deck.');
  }

  report('finishing');
  const Presentation = loadPptxGenJs();
  const pptx = new Presentation();
  // PowerPoint measures slides in inches; the slide's pixels at 96 per inch (16:9: 13.33 × 7.5 in, PowerPoint's own widescreen).
  const inches = { w: deck.config.width / 96, h: deck.config.height / 96 };
  pptx.defineLayout({ name: 'DECK', width: inches.w, height: inches.h });
  pptx.layout = 'DECK';
  pptx.title = deck.config.title;
  pptx.author = deck.config.author;
  pptx.company = '';
  pptx.subject = '';
  slides.forEach((slide, index) => {
    const page = pptx.addSlide();
    page.addImage({
      data: `image/png;base64,${Buffer.from(pictures[index]!).toString('base64')}`,
      x: 0,
      y: 0,
      ...inches,
      altText: slide.title || `${deck.config.title} ${index + 1}`,
    });
    if (slide.notesText.trim()) page.addNotes(slide.notesText);
  });
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  report('done');
  return bytes;
}
