// What the user can ask of a PDF export, and what each choice means for the print view:
// which paper size the renderer uses and which query the deck page is opened with.
import { a4Sheet, handoutSizes, printLayouts, printQuery, type HandoutSize, type PrintLayout } from '../contract.js';
import type { DeckConfig } from '../deck/model.js';

/** final: fragments shown as at the end of the slide; steps: one page per fragment step. */
export type FragmentMode = 'final' | 'steps';
export type PdfLayout = PrintLayout;

export interface PdfOptions {
  layout: PdfLayout;
  /** Slide pages only. */
  fragments: FragmentMode;
  /** Handouts only: slides per A4 sheet (3 when not given). */
  perPage?: HandoutSize;
}

export const defaultPdfOptions: PdfOptions = { layout: 'slides', fragments: 'final' };
export const defaultHandoutSize: HandoutSize = 3;

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
 * the exporter needs no second page; printQuery tells src/present/print.ts the layout.
 */
export function printView(config: Pick<DeckConfig, 'width' | 'height'>, options: PdfOptions): PrintView {
  const params = new URLSearchParams({ [printQuery.layout]: options.layout });
  if (options.layout === 'handout') params.set(printQuery.perPage, String(options.perPage ?? defaultHandoutSize));
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

/** The flags as typed (undefined: not given). */
export interface PdfFlags {
  layout?: string;
  notes?: boolean;
  fragments?: string;
  perPage?: string;
}

const quoted = (values: readonly (string | number)[]) => values.map((v) => `"${v}"`).join(', ').replace(/, ([^,]*)$/, ' or $1');

/**
 * Command-line flags → options, by one rule: --layout chooses the pages, and every other
 * option belongs to one layout (--fragments to slides, --per-page to handouts); given
 * with another layout it is an error, never silently ignored. --notes is short for
 * --layout script.
 */
export function parsePdfFlags(flags: PdfFlags): PdfOptions | { error: string } {
  if (flags.layout !== undefined && !(printLayouts as readonly string[]).includes(flags.layout)) {
    return { error: `--layout must be ${quoted(printLayouts)}, not "${flags.layout}".` };
  }
  const given = flags.layout as PdfLayout | undefined;
  if (flags.notes && given !== undefined && given !== 'script') {
    return { error: `--notes is short for --layout script (the speaker script), so it cannot go with --layout ${given}.` };
  }
  const layout: PdfLayout = given ?? (flags.notes ? 'script' : 'slides');
  if (flags.fragments !== undefined) {
    if (flags.fragments !== 'final' && flags.fragments !== 'steps') return { error: `--fragments must be "final" or "steps", not "${flags.fragments}".` };
    if (layout !== 'slides') return { error: `--fragments applies to slide pages (--layout slides) only, not to --layout ${layout}.` };
  }
  if (flags.perPage !== undefined) {
    const size = Number(flags.perPage) as HandoutSize;
    if (!handoutSizes.includes(size) || !/^\d+$/.test(flags.perPage)) return { error: `--per-page must be ${quoted(handoutSizes)}, not "${flags.perPage}".` };
    if (layout !== 'handout') return { error: `--per-page applies to handouts (--layout handout) only, not to --layout ${layout}.` };
    return { layout, fragments: 'final', perPage: size };
  }
  return layout === 'handout' ? { layout, fragments: 'final', perPage: defaultHandoutSize } : { layout, fragments: (flags.fragments as FragmentMode | undefined) ?? 'final' };
}
