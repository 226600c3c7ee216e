// The characters a deck can put on screen or paper, so the font subset covers them all:
// slide and note text (notes are shown in the presenter view and printed in handouts),
// text inside inlined SVG, the title, and CSS `content:` strings of the theme.
import { sitePaths } from '../contract.js';
import { remembered } from '../remember.js';

const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', mdash: '—', ndash: '–',
  hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·',
  bull: '•', copy: '©', reg: '®', trade: '™', times: '×', divide: '÷', deg: '°', larr: '←', rarr: '→',
  uarr: '↑', darr: '↓', harr: '↔', check: '✓', hearts: '♥', euro: '€', yen: '¥', pound: '£', sect: '§',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return Object.hasOwn(namedEntities, body.toLowerCase()) ? namedEntities[body.toLowerCase()]! : whole;
  });
}

/** Text content of an HTML fragment or page: tags dropped, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' '));
}

/** Strings in CSS `content:` declarations (e.g. quotes or labels a theme draws). */
export function cssContentText(css: string): string {
  const out: string[] = [];
  for (const m of css.matchAll(/content\s*:\s*([^;}]*)/g)) {
    for (const s of m[1]!.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) {
      out.push((s[1] ?? s[2] ?? '').replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))));
    }
  }
  return out.join(' ');
}

// Printable ASCII is always kept: the runtime writes numbers and labels (slide counters,
// timers) that are not in the page source.
const alwaysKept = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

/** Sorted, distinct code points of the given texts plus printable ASCII; control characters dropped. */
export function codePointsOf(...texts: string[]): number[] {
  const set = new Set<number>(alwaysKept);
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) set.add(cp);
    }
  }
  return [...set].sort((a, b) => a - b);
}

/** Characters a script may write on screen: non-ASCII literal characters and \uXXXX escapes in its strings. */
export function scriptText(js: string): string {
  const escapes = [...js.matchAll(/\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}/g)].map((m) => String.fromCodePoint(parseInt(m[1] ?? m[2]!, 16)));
  return escapes.join('') + js.replace(/[\x00-\x7f]+/g, '');
}

const readers = { html: htmlText, css: cssContentText, js: scriptText } as const;
type Kind = keyof typeof readers;

// Live reload rebuilds the site on every save, and a 1,000-slide page is a megabyte of
// text: the characters of each slide section and of each of the app's own files are
// remembered by the markup they come from, so a rebuild reads only what changed.
const characterReaders = Object.fromEntries(
  Object.entries(readers).map(([kind, read]) => [kind, remembered((markup) => [...new Set(read(markup))].join(''), 20_000)]),
) as Record<Kind, (markup: string) => string>;

const charactersOf = (kind: Kind, markup: string): string => characterReaders[kind](markup);

/** The slide sections a page holds (`html`, as one piece of it), to be read section by section. */
export interface PageSlides {
  page: string;
  html: string;
  sections: readonly (readonly string[])[];
}

/** Everything the site's pages, stylesheets and scripts can put on screen; `slides`: those of the deck page. */
export function siteText(files: ReadonlyMap<string, Uint8Array | string>, slides?: PageSlides): string[] {
  const texts: string[] = [];
  for (const [path, content] of files) {
    const kind = /\.(html|css|js)$/.exec(path)?.[1] as Kind | undefined;
    // mermaid draws the diagrams' own text (in the page, so in the subset); its bundle's
    // strings are messages nobody sees on a slide.
    if (!kind || path === sitePaths.mermaid) continue;
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    const at = slides && text === slides.page ? text.indexOf(slides.html) : -1;
    if (at === -1) {
      texts.push(charactersOf(kind, text));
      continue;
    }
    // Tags do not cross the slides' edges: the page's text is its own plus each section's.
    texts.push(htmlText(text.slice(0, at)), htmlText(text.slice(at + slides!.html.length)));
    for (const stack of slides!.sections) for (const section of stack) texts.push(charactersOf('html', section));
  }
  return texts;
}
