// What a page makes the browser fetch by itself: the one definition shared by the slide
// sanitiser (every fetched URL must stay inside the deck) and the build's checks of the
// finished site (nothing remote, nothing missing). A link is not a load: <a href>,
// form actions and namespace names are where a user may go, or identifiers, and may
// point anywhere; images, media, CSS, fonts, frames, scripts and backgrounds load.
import { Parser } from 'htmlparser2';

export interface Load {
  /** The URL as written (entities decoded). */
  url: string;
  /** Where it was found, for messages: `img src`, `style url()`, `<style> @import`. */
  where: string;
}

/** Attributes whose whole value is one URL the element fetches, by element. */
const urlAttributes = new Map<string, readonly string[]>([
  ['img', ['src', 'lowsrc']],
  ['video', ['src', 'poster']],
  ['audio', ['src']],
  ['source', ['src']],
  ['track', ['src']],
  ['input', ['src']],
  ['iframe', ['src']],
  ['frame', ['src']],
  ['embed', ['src']],
  ['object', ['data', 'codebase']],
  ['applet', ['code', 'codebase', 'archive']],
  ['script', ['src', 'href', 'xlink:href']],
  ['base', ['href']],
  ['body', ['background']],
  ['table', ['background']],
  ['td', ['background']],
  ['th', ['background']],
  ['html', ['manifest']],
  // SVG: a reference to another document is fetched (`#id` stays in the page).
  ['image', ['href', 'xlink:href']],
  ['use', ['href', 'xlink:href']],
  ['feimage', ['href', 'xlink:href']],
]);

/** Attributes of any element that hold one URL the page fetches (reveal.js reads them). */
const anyElementUrlAttributes = ['data-src', 'data-background-iframe', 'data-preview-image', 'data-preview-video', 'data-preview-link', 'ping'];

/** SVG presentation attributes whose value may be CSS `url(…)`. */
const svgPaintAttributes = new Set(['fill', 'stroke', 'filter', 'clip-path', 'mask', 'marker-start', 'marker-mid', 'marker-end', 'cursor']);

/** <link rel=…> values that only name a related page: the browser fetches nothing. */
const navigationalRels = new Set(['alternate', 'author', 'bookmark', 'canonical', 'external', 'help', 'license', 'next', 'prev', 'search', 'tag']);

/** The attribute names of `tag` that hold a single fetched URL (the sanitiser resolves these). */
export function urlAttributesOf(tag: string): readonly string[] {
  return urlAttributes.get(tag.toLowerCase()) ?? [];
}

/** CSS with escapes (`u\72l(`) and comments resolved, as a browser reads it. */
function plainCss(css: string): string {
  return css
    .replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_m, hex: string | undefined, ch: string | undefined) => {
      if (hex === undefined) return ch ?? '';
      const cp = parseInt(hex, 16);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
    })
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, '');
}

/** Every URL a piece of CSS (a stylesheet or a style attribute) fetches: url(), @import, image-set(), image(). */
export function cssLoads(css: string): string[] {
  // Most CSS loads nothing (KaTeX's formulas carry thousands of `height:0.8em`s): without
  // an escape, a load must spell out one of these words.
  if (!/[\\(@]/.test(css)) return [];
  const flat = plainCss(css);
  const found: string[] = [];
  // A CSS string ends at its line, so no pattern here scans past a newline or a paren it
  // cannot close: linear even on a long line of unclosed `url("`.
  for (const m of flat.matchAll(/url\(\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^)"'\s]*))/gi)) found.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of flat.matchAll(/@import\s*(?:"([^"\n]*)"|'([^'\n]*)')/gi)) found.push(m[1] ?? m[2] ?? '');
  // image-set("a.png" 1x) and image("a.png"): bare strings are URLs there.
  for (const m of flat.matchAll(/(?:image-set|image)\(([^()\n]*)\)/gi)) {
    for (const s of m[1]!.matchAll(/"([^"]*)"|'([^']*)'/g)) found.push(s[1] ?? s[2] ?? '');
  }
  return found;
}

/** True when CSS fetches something or runs script (old IE expression(), bindings). */
export function cssLoadsSomething(css: string): boolean {
  const flat = plainCss(css).toLowerCase();
  return /url\s*\(|image-set\s*\(|image\s*\(|@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding/.test(flat);
}

/** The URLs of a srcset: comma-separated candidates, each a URL and optional descriptors (HTML's parsing, simplified). */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    const start = i;
    while (i < value.length && !/\s/.test(value[i]!)) i++;
    let urlEnd = i;
    while (urlEnd > start && value[urlEnd - 1] === ',') urlEnd--;
    if (urlEnd > start) urls.push(value.slice(start, urlEnd));
    if (urlEnd < i) continue; // trailing commas end the candidate
    while (i < value.length && value[i] !== ',') i++; // descriptors
  }
  return urls;
}

/**
 * reveal.js's reading of `data-background-image`: a value starting with `data:` is put
 * into `url(…)` as written (so read as that CSS); anything else is a comma-separated list.
 */
export function backgroundImageUrls(value: string): string[] {
  const v = value.trim();
  if (/^data:/i.test(v)) return cssLoads(`url(${v})`);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

/** reveal.js's `data-background`: an image URL when it looks like one, else a CSS background. */
function backgroundShorthandLoads(value: string): string[] {
  if (/^(http|file|\/\/)/i.test(value) || /\.(svg|png|jpg|jpeg|gif|bmp|webp)([?#\s]|$)/i.test(value)) return [value];
  return cssLoads(value);
}

/** Every URL one element fetches, from its attributes. `tag` and names in any case. */
export function elementLoads(tag: string, attribs: Readonly<Record<string, string>>): Load[] {
  const name = tag.toLowerCase();
  const found: Load[] = [];
  const add = (attr: string, urls: string[]) => {
    for (const url of urls) found.push({ url, where: `${name} ${attr}` });
  };
  for (const [rawAttr, value] of Object.entries(attribs)) {
    const attr = rawAttr.toLowerCase();
    if (urlAttributesOf(name).includes(attr) || anyElementUrlAttributes.includes(attr)) {
      if (name === 'link' || (name === 'base' && attr !== 'href')) continue;
      add(attr, [value]);
    } else if (attr === 'srcset' || attr === 'imagesrcset') add(attr, srcsetUrls(value));
    else if (attr === 'style' || svgPaintAttributes.has(attr)) add(`${attr} url()`, cssLoads(value));
    else if (attr === 'data-background-image') add(attr, backgroundImageUrls(value));
    else if (attr === 'data-background-video') add(attr, value.split(',').map((s) => s.trim()).filter(Boolean));
    else if (attr === 'data-background') add(attr, backgroundShorthandLoads(value));
    else if (attr === 'data-background-gradient' || attr === 'data-background-color') add(`${attr} url()`, cssLoads(value));
  }
  if (name === 'link' && attribs.href !== undefined) {
    const rels = (attribs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (rels.length === 0 || rels.some((r) => !navigationalRels.has(r))) add('href', [attribs.href]);
  }
  if (name === 'meta' && /refresh/i.test(attribs['http-equiv'] ?? '')) {
    const url = /url\s*=\s*['"]?([^'"]*)/i.exec(attribs.content ?? '')?.[1];
    if (url !== undefined) add('refresh', [url.trim()]);
  }
  if (name === 'iframe' && attribs.srcdoc !== undefined) found.push(...htmlLoads(attribs.srcdoc).map((l) => ({ ...l, where: `iframe srcdoc: ${l.where}` })));
  return found;
}

// XML namespace names look like URLs but are identifiers that nothing ever fetches.
const namespaceNames = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/1998/Math/MathML',
]);

/**
 * Script is code: what it fetches cannot be read off it, so every http(s) URL in it
 * counts (namespace names aside). Used for the app's own scripts and inline JSON.
 */
export function codeUrls(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>)\\`]*/gi)].map((m) => m[0]).filter((url) => !namespaceNames.has(url));
}

/** Every URL an HTML (or, with `xml`, SVG) document or fragment fetches. Linear in its length. */
export function htmlLoads(markup: string, options: { xml?: boolean } = {}): Load[] {
  const found: Load[] = [];
  let styleText: string[] | null = null;
  let scriptText: string[] | null = null;
  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        found.push(...elementLoads(tag, attribs));
        if (tag.toLowerCase() === 'style') styleText = [];
        if (tag.toLowerCase() === 'script') scriptText = [];
      },
      ontext(text) {
        styleText?.push(text);
        scriptText?.push(text);
      },
      onclosetag(tag) {
        if (tag.toLowerCase() === 'style' && styleText) {
          for (const url of cssLoads(styleText.join(''))) found.push({ url, where: '<style>' });
          styleText = null;
        }
        if (tag.toLowerCase() === 'script' && scriptText) {
          for (const url of codeUrls(scriptText.join(''))) found.push({ url, where: '<script>' });
          scriptText = null;
        }
      },
    },
    { xmlMode: options.xml ?? false, decodeEntities: true, lowerCaseTags: !options.xml, lowerCaseAttributeNames: !options.xml },
  );
  parser.end(markup);
  return found;
}
