// Fonts for text that arrives by live reload. A served deck's fonts.css declares only
// the font chunks the deck uses (src/site/fonts.ts), so a save can bring a character
// whose chunk this page has never declared. Before such text is shown, the faces the page
// lacks are read from the rebuilt fonts.css and added with the CSS Font Loading API:
// added, not re-linked, because a re-linked stylesheet makes new faces for the chunks
// already loaded, and all text would vanish (font-display: block) until they load again.

import { sitePaths } from '../contract.js';

const { fontsCss, fontsDir } = sitePaths;

/** Font file names the page has faces for; read from its stylesheet on first use. */
let declared: Set<string> | null = null;

function fileOf(src: string): string | null {
  return /([^/"'()\s]+\.woff2)/.exec(src)?.[1] ?? null;
}

function declaredByPage(): Set<string> {
  const files = new Set<string>();
  for (const sheet of Array.from(document.styleSheets)) {
    if (!sheet.href?.split(/[?#]/, 1)[0]!.endsWith(fontsCss)) continue;
    for (const rule of Array.from(sheet.cssRules)) {
      const file = rule instanceof CSSFontFaceRule ? fileOf(rule.style.getPropertyValue('src')) : null;
      if (file) files.add(file);
    }
  }
  return files;
}

/**
 * Makes sure the page has a face for each of `files` (site paths from deck.json, or null
 * when unknown: then fonts.css is read to find out), and that the faces it had to add
 * are loaded, so new text appears in its font at once. `site` is the deck site's folder
 * relative to this page ('' on the deck's own pages; the editor's is its draft).
 */
export async function ensureFonts(files: readonly string[] | null, site = ''): Promise<void> {
  const known = (declared ??= declaredByPage());
  if (files && files.every((path) => known.has(path.slice(path.lastIndexOf('/') + 1)))) return;
  const response = await fetch(site + fontsCss, { cache: 'no-store' });
  if (!response.ok) return;
  // The browser's own CSS parser reads the rules; the sheet is never applied.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await response.text());
  const added: FontFace[] = [];
  for (const rule of Array.from(sheet.cssRules)) {
    if (!(rule instanceof CSSFontFaceRule)) continue;
    const style = rule.style;
    const file = fileOf(style.getPropertyValue('src'));
    if (!file || known.has(file)) continue;
    known.add(file);
    const url = new URL(site + fontsDir + file, document.baseURI).href;
    const face = new FontFace(style.getPropertyValue('font-family').replace(/^["']|["']$/g, ''), `url(${JSON.stringify(url)}) format("woff2")`, {
      style: style.getPropertyValue('font-style') || 'normal',
      weight: style.getPropertyValue('font-weight') || 'normal',
      unicodeRange: style.getPropertyValue('unicode-range') || 'U+0-10FFFF',
      display: (style.getPropertyValue('font-display') || 'block') as FontDisplay,
    });
    document.fonts.add(face);
    added.push(face);
  }
  await Promise.allSettled(added.map((face) => face.load()));
}
