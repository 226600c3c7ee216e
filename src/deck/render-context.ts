// The contract between the loader (which knows files and positions) and the markdown
// renderer (which knows marked): the renderer asks the loader about every image and
// link it meets and reports problems back through it, so no file I/O happens in render.

import type { DiagnosticCode } from './model.js';

export interface ResolvedImage {
  /** Path of the copied file relative to the deck page, e.g. `media/chart-1a2b.svg`. */
  href: string;
  /** For `.svg` files: the file's text, to be sanitised and inlined so it uses the deck's fonts. */
  svgText?: string;
}

export interface RenderContext {
  /**
   * Called for every local image/video/background source. Returns null when the file is
   * missing or outside the deck folder (the loader has already reported it).
   * `line` is 1-based within the markdown given to the renderer.
   */
  resolveAsset(src: string, line: number): ResolvedImage | null;
  /** Reports a problem found while rendering (e.g. a removed script, a refused URL). */
  report(problem: { line: number; column: number; severity: 'error' | 'warning'; code: DiagnosticCode; message: string; hint: string }): void;
}
