// What the user can ask of a PDF export, and what each choice means for the print view:
// which paper size the renderer uses and which query the deck page is opened with.
import { a4Sheet } from '../contract.js';
import type { DeckConfig } from '../deck/model.js';

/** slides: one page per slide; handout: slide and notes on a sheet; script: titles and notes only. */
export type PdfLayout = 'slides' | 'handout' | 'script';
/** final: fragments shown as at the end of the slide; steps: one page per fragment step. */
export type FragmentMode = 'final' | 'steps';

export interface PdfOptions {
  layout: PdfLayout;
  fragments: FragmentMode;
}

export const defaultPdfOptions: PdfOptions = { layout: 'slides', fragments: 'final' };

/** A4 portrait, for handouts and the speaker script: the sheet the print view lays them out on. */
export const a4 = a4Sheet;

export interface PrintView {
  /** Query string for the deck page (with the leading '?'). */
  query: string;
  width: number;
  height: number;
}

/**
 * The print view is the deck page itself: reveal.js turns into its print layout with
 * `?print-pdf` and takes config overrides from the query (its documented mechanism), so
 * the exporter needs no second page; `deckPrint` tells src/present/print.ts the layout.
 */
export function printView(config: Pick<DeckConfig, 'width' | 'height'>, options: PdfOptions): PrintView {
  const params = new URLSearchParams({ deckPrint: options.layout });
  if (options.layout !== 'script') {
    // margin=0: the page is exactly the slide's frame. pdfMaxPagesPerSlide=1: a slide that
    // overflows is clipped to its page rather than spilling onto a second one.
    params.set('margin', '0');
    params.set('pdfMaxPagesPerSlide', '1');
    params.set('pdfSeparateFragments', String(options.layout === 'slides' && options.fragments === 'steps'));
  }
  const query = `?${options.layout === 'script' ? '' : 'print-pdf&'}${params.toString()}`;
  const paper = options.layout === 'slides' ? { width: config.width, height: config.height } : a4;
  return { query, ...paper };
}

export interface PdfFlags {
  layout?: string;
  notes?: boolean;
  fragments?: string;
}

/** Command-line flags → options; a message for the user when they do not fit together. */
export function parsePdfFlags(flags: PdfFlags): PdfOptions | { error: string } {
  const layout = flags.layout ?? 'slides';
  if (layout !== 'slides' && layout !== 'handout') return { error: `--layout must be "slides" or "handout", not "${layout}".` };
  const fragments = flags.fragments ?? 'final';
  if (fragments !== 'final' && fragments !== 'steps') return { error: `--fragments must be "final" or "steps", not "${fragments}".` };
  // --notes alone is the speaker script; a handout already carries the notes.
  const resolved: PdfLayout = layout === 'handout' ? 'handout' : flags.notes ? 'script' : 'slides';
  if (fragments === 'steps' && resolved !== 'slides') return { error: '--fragments steps applies to slide pages only, not to handouts or the speaker script.' };
  return { layout: resolved, fragments };
}
