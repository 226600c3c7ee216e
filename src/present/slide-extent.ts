// Slides that do not fit their frame, measured in the page that shows them: the one
// measure behind `deck check`/`deck build` (the PDF print view lays every slide out on a
// page of its own, src/pdf/overflow.ts) and the editor's preview (the slide on screen,
// measured again after each keystroke). A slide's content is the union of its elements'
// boxes (speaker notes left out), in slide pixels however the page scales the slide.
import type { SourcePosition } from '../contract.js';
import type { Diagnostic } from '../deck/model.js';

export interface SlideExtent {
  /** Where the slide is written (its data-source-file and data-source-line). */
  source: SourcePosition;
  /** How far the content runs past the frame, in slide pixels (0 when it fits). */
  overBottom: number;
  overRight: number;
  /** Height of the content, in slide pixels. */
  height: number;
}

/**
 * The extent of `slides` (by default every slide of the page; one with no boxes, not
 * shown, is left out). A slide's frame is its print page, else reveal.js's slide area.
 *
 * Self-contained (no imports, no closure): the PDF side hands this very function to the
 * print browser to run there.
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
      hint: 'Split the slide (--- before the part that does not fit) or shorten it; a <style> block on the slide can make its text smaller.',
    });
  }
  return found;
}
