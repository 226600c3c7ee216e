// Slides that do not fit their frame, found by laying the deck out in a real browser:
// the PDF print view (src/present/print.ts) puts every slide on its own page with every
// fragment shown, so one page load measures them all, with the measure the editor's
// preview uses too (src/present/slide-extent.ts). What leaves the page is reported at
// the slide's source line, with how far it runs over.
import type { Deck, Diagnostic } from '../deck/model.js';
import { measureSlides, overflowDiagnostics } from '../present/slide-extent.js';
import { buildSite } from '../site/site.js';
import { findBrowser } from './browser-finder.js';
import { printView } from './options.js';
import { PlaywrightRenderer } from './playwright-renderer.js';

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
  const files = await buildSite(deck, { runtime: { role: 'print' } });
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
