// What the deck page does to its slides before reveal.js lays them out, and again after a
// live reload swaps slides in: mermaid diagrams drawn (diagrams.ts), Marp's `<!--fit-->`
// headings sized (fit.ts). Each finds nothing to do in most decks.
import { drawDiagrams } from './diagrams.js';
import { fitHeadings } from './fit.js';

export function prepareSlides(root: ParentNode, size: { width: unknown; height: unknown }): Promise<void> {
  const width = Number(size.width);
  const height = Number(size.height);
  return Promise.all([
    drawDiagrams(root, Number.isFinite(height) && height > 0 ? height : 720),
    fitHeadings(root, Number.isFinite(width) && width > 0 ? width : 1280),
  ]).then(() => undefined);
}
