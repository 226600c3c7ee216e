// Slides that overflow their frame, for `deck check` and `deck build`: the deck's site
// laid out in the browser the PDF export uses, measured by the same function the
// presenter view runs (src/present/layout-check.ts).
import { layoutCheckQuery, sitePaths } from '../contract.js';
import type { Deck, Diagnostic } from '../deck/model.js';
import { isPlainText } from '../deck/render.js';
import { measureSlides, overflowDiagnostics } from '../present/layout-check.js';
import { buildSite } from '../site/site.js';
import { usesDiagrams } from '../site/diagram-assets.js';
import { diagramDiagnostics, findDiagramProblems } from './diagram-check.js';
import { findBrowser } from './browser-finder.js';
import { PlaywrightRenderer } from './playwright-renderer.js';

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
    const { width, height } = deck.config;
    const url = `${site.baseUrl}${sitePaths.page}${layoutCheckQuery}`;
    const paper = { width, height, outline: false };
    const extents = await renderer.evaluate(url, paper, measureSlides);
    // Diagrams are drawn in the page too: the ones mermaid refused are named at their lines.
    const diagrams = usesDiagrams(String(files.get(sitePaths.page))) ? diagramDiagnostics(await renderer.evaluate(url, paper, findDiagramProblems)) : [];
    return { checked: true, diagnostics: [...overflowDiagnostics(extents, deck.config), ...diagrams] };
  } catch (error) {
    // The check is an extra: a browser that will not start or lay out must not fail `check` or `build`.
    return { checked: false, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await renderer.close();
    await site?.close();
  }
}
