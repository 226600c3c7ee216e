// Slides that do not fit their frame, found by laying the deck out in a real browser:
// the PDF print view (src/present/print.ts) puts every slide on its own page with every
// fragment shown, so one page load measures them all. A slide's content is the union of
// its elements' boxes (speaker notes left out); what leaves the page is reported at the
// slide's source line, with how far it runs over.
import { warning } from '../deck/diagnostics.js';
import type { SourcePosition } from '../contract.js';
import type { Deck, Diagnostic } from '../deck/model.js';
import { isPlainText } from '../deck/render.js';
import { buildSite } from '../site/site.js';
import { findBrowser } from './browser-finder.js';
import { printView } from './options.js';
import { PlaywrightRenderer } from './playwright-renderer.js';

export interface SlideExtent {
  /** Where the slide is written (its data-source-file and data-source-line). */
  source: SourcePosition;
  /** How far the content runs past the frame, in slide pixels (0 when it fits). */
  overBottom: number;
  overRight: number;
  /** Height of the content, in slide pixels. */
  height: number;
}

/** Runs in the print view: the extent of every slide's content against its page. */
export function measureSlides(): SlideExtent[] {
  const out: SlideExtent[] = [];
  for (const section of document.querySelectorAll<HTMLElement>('.reveal .slides section[data-source-file]')) {
    const page = section.closest('.pdf-page') ?? section;
    const frame = page.getBoundingClientRect();
    let top = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const el of section.querySelectorAll('*')) {
      if (el.closest('aside.notes')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
      right = Math.max(right, r.right);
    }
    if (top === Infinity) continue;
    out.push({
      source: { file: section.dataset.sourceFile!, line: Number(section.dataset.sourceLine) },
      overBottom: Math.max(0, Math.round(bottom - frame.bottom), Math.round(frame.top - top)),
      overRight: Math.max(0, Math.round(right - frame.right)),
      height: Math.round(bottom - top),
    });
  }
  return out;
}

/** Diagnostics for the slides in `extents` that run over the frame by more than a pixel. */
export function overflowDiagnostics(extents: SlideExtent[], frame: { width: number; height: number }): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const e of extents) {
    if (e.overBottom <= 1 && e.overRight <= 1) continue;
    const place = e.source;
    const what = [
      ...(e.overBottom > 1 ? [`its content is ${e.height} px tall, ${e.overBottom} px more than the ${frame.height} px frame`] : []),
      ...(e.overRight > 1 ? [`it runs ${e.overRight} px past the right edge of the ${frame.width} px frame`] : []),
    ].join(', and ');
    found.push(
      warning(
        place,
        'slide-overflow',
        `this slide does not fit: ${what}; the cut-off part is not seen on screen or in the PDF`,
        'Split the slide (--- before the part that does not fit) or shorten it; a <style> block on the slide can make its text smaller.',
      ),
    );
  }
  return found;
}

/**
 * The deck with the slides that could not be rendered left empty: each already has its
 * error, and laying out its text as typed (a 20 MB line of it, say) kept the browser busy
 * for half a minute and most of a gigabyte, for a warning nobody needs.
 */
function withoutPlainTextSlides(deck: Deck): Deck {
  return { ...deck, stacks: deck.stacks.map((stack) => ({ ...stack, slides: stack.slides.map((slide) => (isPlainText(slide.html) ? { ...slide, html: '' } : slide)) })) };
}

export type LayoutCheck = { checked: true; diagnostics: Diagnostic[] } | { checked: false; reason: string };

/**
 * Lays the deck out in the browser the PDF export uses and reports the slides that
 * overflow. When no browser is found the check is skipped and says why.
 */
export async function checkLayout(deck: Deck, browserFlag?: string): Promise<LayoutCheck> {
  let executable: string;
  try {
    executable = findBrowser(browserFlag);
  } catch (error) {
    return { checked: false, reason: (error as Error).message.replace(/ to print the PDF/, '') };
  }
  const renderer = new PlaywrightRenderer(executable);
  const files = await buildSite(withoutPlainTextSlides(deck), { runtime: { role: 'print' } });
  let site: Awaited<ReturnType<typeof renderer.serve>> | undefined;
  try {
    site = await renderer.serve(files);
    const view = printView(deck.config, { layout: 'slides', fragments: 'final' });
    const extents = await renderer.evaluate(`${site.baseUrl}index.html${view.query}`, { width: view.width, height: view.height, outline: false }, measureSlides);
    return { checked: true, diagnostics: overflowDiagnostics(extents, deck.config) };
  } catch (error) {
    // The check is an extra: a browser that will not start or lay out must not fail `check` or `build`.
    return { checked: false, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await renderer.close();
    await site?.close();
  }
}
