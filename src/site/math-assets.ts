// KaTeX's stylesheet and fonts for a deck whose slides have math. The formulas were
// typeset at build time (src/deck/markdown/math.ts); the page needs only the CSS that
// places KaTeX's spans and the fonts they are drawn in, so the PDF holds real text.
// Only the woff2 fonts are shipped: every browser the deck runs in reads them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { katexDistDir } from '../paths.js';
import { stripCssComments } from './css.js';

export const katexCssPath = 'katex/katex.css';

/** True when rendered slide HTML holds a KaTeX formula. */
export function usesMath(html: string): boolean {
  return html.includes('class="katex');
}

/** Path relative to the deck page → content, for the stylesheet and its fonts. */
export function mathAssets(): Map<string, Uint8Array | string> {
  const files = new Map<string, Uint8Array | string>();
  const css = stripCssComments(readFileSync(join(katexDistDir, 'katex.css'), 'utf8'))
    // `url(x.woff2) format("woff2"), url(x.woff) format("woff"), url(x.ttf) …` → the first.
    .replace(/(url\(fonts\/[\w-]+\.woff2\) format\("woff2"\))(?:\s*,\s*url\([^)]*\)\s*format\("[^"]*"\))+/g, '$1');
  files.set(katexCssPath, css);
  for (const name of readdirSync(join(katexDistDir, 'fonts'))) {
    if (name.endsWith('.woff2')) files.set(`katex/fonts/${name}`, readFileSync(join(katexDistDir, 'fonts', name)));
  }
  return files;
}
