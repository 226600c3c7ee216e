// Slides that do not fit their frame, found by laying the deck out in a real browser:
// the layout check's print view (layoutCheckQuery in src/contract.ts) puts every slide
// on a page of its own size with every fragment shown, so one page load measures them
// all. A slide's content is the union of its elements' boxes (speaker notes left out);
// what leaves the page is reported at the slide's source line, with how far it runs over.
// `deck check` and `deck build` run measureSlides in the page through playwright
// (src/export/overflow.ts); the presenter view frames the same page, which runs it itself;
// the editor's preview measures the slide on screen after each keystroke.
import type { SlideExtent } from '../contract.js';
import type { Diagnostic } from '../deck/model.js';

/**
 * The extent of `slides` (by default every slide of the page; one with no boxes, not
 * shown, is left out). A slide's frame is its print page, else reveal.js's slide area.
 *
 * Self-contained (no imports, no closure): `deck check` hands this very function to the
 * print browser to run there; the presenter's layout frame and the editor's preview run it
 * themselves.
 */
export function measureSlides(slides?: Iterable<HTMLElement>): SlideExtent[] {
  const out: SlideExtent[] = [];
  for (const section of slides ?? document.querySelectorAll<HTMLElement>('.reveal .slides section[data-source-file]')) {
    const page = (section.closest('.pdf-page') ?? section.closest('.slides')) as HTMLElement | null;
    if (!page) continue;
    const frame = page.getBoundingClientRect();
    // reveal.js scales its slide area with a transform; boxes are read on screen.
    const scale = page.offsetWidth > 0 ? frame.width / page.offsetWidth : 1;
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
      overBottom: Math.max(0, Math.round((bottom - frame.bottom) / scale), Math.round((frame.top - top) / scale)),
      overRight: Math.max(0, Math.round((right - frame.right) / scale)),
      height: Math.round((bottom - top) / scale),
    });
  }
  return out;
}

/** Diagnostics for the slides in `extents` that run over the frame by more than a pixel. */
export function overflowDiagnostics(extents: readonly SlideExtent[], frame: { width: number; height: number }): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const e of extents) {
    if (e.overBottom <= 1 && e.overRight <= 1) continue;
    const what = [
      ...(e.overBottom > 1 ? [`its content is ${e.height} px tall, ${e.overBottom} px more than the ${frame.height} px frame`] : []),
      ...(e.overRight > 1 ? [`it runs ${e.overRight} px past the right edge of the ${frame.width} px frame`] : []),
    ].join(', and ');
    found.push({
      file: e.source.file,
      line: Math.max(1, e.source.line),
      column: 1,
      severity: 'warning',
      code: 'slide-overflow',
      message: `this slide does not fit: ${what}; the cut-off part is not seen on screen or in the PDF`,
      hint: 'Split the slide (--- before the part that does not fit) or shorten it, or let it shrink to fit: <!-- .slide: class="shrink" --> on the slide (shrinkToFit: true in the settings for every slide).',
    });
  }
  return found;
}
