// Marp's conventions, turned into ours before a slide is rendered:
//  - directives in HTML comments and the front matter (`class`, `backgroundColor`,
//    `backgroundImage`, `color`, `paginate`, `header`, `footer`…); without `_` they carry
//    on to the following slides, with `_` they are the slide's own;
//  - `![bg](…)` backgrounds: one plain picture is reveal.js's slide background; several,
//    split ones (`![bg left:40%]`), `vertical` ones and filtered ones make a layer of
//    pictures behind the slide's content, which then takes the rest of the slide;
//  - image size and filter keywords (`![w:200 sepia](…)`) on pictures;
//  - `<!--fit-->` in a heading: the heading is scaled to fill the line (src/present/fit.ts);
//  - every other comment is the speaker's notes.
// Page numbers, header and footer are elements of the slide, placed by assets/marp.css,
// which also gives the slides Marp's layout (a padded, full-size box, content centred
// top to bottom) in the look of Marp's built-in theme the deck names.
import { parse as parseYaml } from 'yaml';
import { escapeHtml } from '../../escape.js';
import { commentsOf, slideComment, type Comment } from './comments.js';
import { createFenceTracker } from '../fence.js';

export interface DialectSlide {
  text: string;
  notes: string;
  /** 0-based slide-text lines and what could not be honoured there. */
  unsupported: { line: number; what: string; hint: string }[];
  /** Slidev `hide: true`: the author's tool does not show the slide. */
  hidden?: boolean;
}

const directiveKeys = new Set(['class', 'backgroundColor', 'backgroundImage', 'backgroundSize', 'backgroundPosition', 'backgroundRepeat', 'color', 'header', 'footer', 'paginate', 'theme', 'headingDivider', 'style', 'size', 'transition', 'math', 'lang', 'title', 'description', 'author', 'marp']);

/** Marp's built-in themes: how their slides look, and their colours when a slide has class `invert`. */
const builtInThemes: Record<string, { invert: { background: string; color: string } }> = {
  default: { invert: { background: '#0d1117', color: '#e6edf3' } },
  gaia: { invert: { background: '#455a64', color: '#fff8e1' } },
  uncover: { invert: { background: '#202228', color: '#fdfcff' } },
};

export interface MarpState {
  /** Global (inherited) directives in force, from the front matter and earlier slides. */
  global: Record<string, unknown>;
  /** The page number the next counted slide gets. */
  page: number;
  /** The number of slides (Marpit's pagination total). */
  total: number;
  /** The deck's `<style>` blocks that are not `scoped`: in Marp they style every slide. */
  deckStyles: string[];
  /** `_`-directives of the front matter: the first slide's own. */
  firstLocal: Record<string, unknown> | null;
}

const styleBlock = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
const isScoped = (attributes: string) => /\bscoped\b/i.test(attributes);

/** The state before the first slide; `slides` are the file's slide texts. */
export function marpState(frontMatter: Record<string, unknown>, slides: readonly string[]): MarpState {
  const deckStyles: string[] = [];
  for (const text of slides) for (const m of maskCode(text).matchAll(styleBlock)) if (!isScoped(m[1]!)) deckStyles.push(m[2]!);
  const global = Object.fromEntries(Object.entries(frontMatter).filter(([k]) => !k.startsWith('_')));
  const firstLocal = Object.fromEntries(Object.entries(frontMatter).filter(([k]) => k.startsWith('_')).map(([k, v]) => [k.slice(1), v]));
  return { global, page: 1, total: slides.length, deckStyles, firstLocal };
}

/**
 * The text with its code (fenced blocks, inline spans) blanked to spaces, every offset
 * kept: a `<style>` or an `![bg](…)` shown as code is code.
 */
function maskCode(text: string): string {
  const fence = createFenceTracker();
  return text
    .split('\n')
    .map((line) => (fence.step(line) ? ' '.repeat(line.length) : line.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length))))
    .join('\n');
}

function directives(comment: Comment): Record<string, unknown> | null {
  const body = comment.body.trim();
  if (body === '') return null;
  let parsed: unknown;
  try {
    parsed = parseYaml(body);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const keys = Object.keys(parsed);
  return keys.length && keys.every((k) => directiveKeys.has(k.replace(/^_/, ''))) ? (parsed as Record<string, unknown>) : null;
}

/** Marp's image filters and the values it uses when none is given. */
const filterDefaults: Record<string, string> = {
  blur: '10px', brightness: '1.5', contrast: '2', 'drop-shadow': '0,5px,10px,rgba(0,0,0,.4)', grayscale: '1',
  'hue-rotate': '180deg', invert: '1', opacity: '.5', saturate: '2', sepia: '1',
};

interface ImageKeywords {
  /** The alt text without the keywords. */
  alt: string;
  style: string[];
  bg: boolean;
  split?: { side: 'left' | 'right'; size: string };
  vertical: boolean;
  /** `contain`, `cover`, `auto` or a percentage. */
  size?: string;
  filtered: boolean;
  opacity?: string;
}

const cssValue = /^[\w.,()%#-]{1,80}$/;

/** Marp's keywords in an image's alt text (`bg left:40% fit`, `w:200px sepia`). */
function imageKeywords(alt: string): ImageKeywords {
  const out: ImageKeywords = { alt: '', style: [], bg: false, vertical: false, filtered: false };
  const words: string[] = [];
  const filters: string[] = [];
  for (const word of alt.split(/\s+/).filter(Boolean)) {
    const [key, value] = word.split(/:(.*)/s) as [string, string | undefined];
    const val = value && cssValue.test(value) ? value : undefined;
    if (word === 'bg') out.bg = true;
    else if (key === 'left' || key === 'right') out.split = { side: key, size: val && /^\d+(\.\d+)?%$/.test(val) ? val : '50%' };
    else if (word === 'vertical') out.vertical = true;
    else if (['contain', 'cover', 'auto'].includes(word)) out.size = word;
    else if (word === 'fit') out.size = 'contain';
    else if (/^\d+(\.\d+)?%$/.test(word)) out.size = word;
    else if (['w', 'width', 'h', 'height'].includes(key) && val) out.style.push(`${key[0] === 'w' ? 'width' : 'height'}:${/^\d+(\.\d+)?$/.test(val) ? `${val}px` : val}`);
    else if (Object.hasOwn(filterDefaults, key) && (value === undefined || val)) {
      if (key === 'opacity') out.opacity = val ?? filterDefaults.opacity;
      filters.push(`${key}(${(val ?? filterDefaults[key]!).replace(/,/g, ' ')})`);
      out.filtered = true;
    } else words.push(word);
  }
  if (filters.length) out.style.push(`filter:${filters.join(' ')}`);
  out.alt = words.join(' ');
  return out;
}

const image = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** The markdown of a header or footer directive (text, or what YAML made of it). */
function directiveText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function classList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').flatMap(classList);
  return [];
}

export function marpSlide(text: string, state: MarpState): DialectSlide {
  const local: Record<string, unknown> = { ...state.firstLocal };
  state.firstLocal = null;
  const notes: string[] = [];
  const edits: { comment: Comment; replacement: string }[] = [];
  for (const c of commentsOf(text)) {
    if (/^\s*\.(slide|element):/.test(c.body)) continue;
    // In a heading, the heading is scaled to fit the line: a class for src/present/fit.ts.
    if (/^\s*fit\s*$/.test(c.body)) {
      edits.push({ comment: c, replacement: '<!-- .element: class="marp-fit" -->' });
      continue;
    }
    const found = directives(c);
    edits.push({ comment: c, replacement: '' });
    if (!found) {
      notes.push(c.body.trim());
      continue;
    }
    for (const [k, v] of Object.entries(found)) {
      if (k.startsWith('_')) local[k.slice(1)] = v;
      else state.global[k] = v;
    }
  }
  let body = '';
  let at = 0;
  for (const { comment, replacement } of edits) {
    body += text.slice(at, comment.from) + replacement;
    at = comment.to;
  }
  body += text.slice(at);

  // Marp's CSS: a `<style>` that is not `scoped` styles the whole deck (it is in every
  // slide's deckStyles), a scoped one its slide; both are read the Marp way
  // (`data-marp`: `section` is the slide, every other selector is inside it).
  let masked = maskCode(body);
  body = body.replace(styleBlock, (all, attributes: string, css: string, offset: number) =>
    masked[offset] !== '<' ? all : isScoped(attributes) ? `<style data-marp>${css}</style>` : '',
  );
  const settings = { ...state.global, ...local };
  const theme = typeof state.global.theme === 'string' && Object.hasOwn(builtInThemes, state.global.theme) ? state.global.theme : 'default';
  const classes = ['marp-slide', `marp-theme-${theme}`, ...classList(settings.class)];
  const attrs: Record<string, string> = {};
  const css: string[] = [];
  const invert = classes.includes('invert') ? builtInThemes[theme]!.invert : null;
  const background = typeof settings.backgroundColor === 'string' ? settings.backgroundColor : invert?.background;
  if (background) attrs['data-background-color'] = background;
  const color = typeof settings.color === 'string' ? settings.color : invert?.color;
  if (color && cssValue.test(color.replace(/\s/g, ''))) css.push(`:scope { color: ${color}; --r-heading-color: ${color}; --r-main-color: ${color}; }`);
  const cssUrl = typeof settings.backgroundImage === 'string' ? /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(settings.backgroundImage)?.[1] : undefined;
  if (cssUrl) attrs['data-background-image'] = cssUrl;
  if (typeof settings.backgroundSize === 'string') attrs['data-background-size'] = settings.backgroundSize;
  if (typeof settings.backgroundPosition === 'string') attrs['data-background-position'] = settings.backgroundPosition;
  if (typeof settings.backgroundRepeat === 'string') attrs['data-background-repeat'] = settings.backgroundRepeat;

  // Pictures: backgrounds are taken out of the text; the others get their size and filters.
  const backgrounds: { src: string; keys: ImageKeywords }[] = [];
  masked = maskCode(body);
  body = body.replace(image, (all, alt: string, src: string, offset: number) => {
    if (masked[offset] !== '!') return all;
    const keys = imageKeywords(alt);
    if (keys.bg) {
      backgrounds.push({ src, keys });
      // The picture's address stays on its line (in a comment the slide never shows), so
      // a problem with it is reported there and not where the layer is written.
      return `<!-- bg ${src.replace(/--/g, '')} -->`;
    }
    if (keys.style.length === 0 && keys.alt === alt) return all;
    const picture = `![${keys.alt}](${src})`;
    return keys.style.length ? `${picture}<!-- .element: style="${keys.style.join(';')}" -->` : picture;
  });
  const split = backgrounds.find((b) => b.keys.split)?.keys.split;
  const blocks: string[] = [];
  const only = backgrounds.length === 1 ? backgrounds[0]!.keys : null;
  if (only && !split && !only.vertical && (!only.filtered || only.style.every((s) => !s.startsWith('filter') || /^filter:opacity\([^)]*\)$/.test(s)))) {
    // One plain picture: reveal.js's own slide background, behind everything, in the PDF too.
    const width = only.style.find((s) => s.startsWith('width:'))?.slice(6);
    const height = only.style.find((s) => s.startsWith('height:'))?.slice(7);
    attrs['data-background-image'] = backgrounds[0]!.src;
    attrs['data-background-size'] = only.size ?? (width || height ? `${width ?? 'auto'} ${height ?? 'auto'}` : 'cover');
    if (only.opacity) attrs['data-background-opacity'] = only.opacity;
  } else if (backgrounds.length > 0) {
    // A layer behind the content: one cell per picture, side by side (or one above the other).
    const cells = backgrounds.map(({ src, keys }) => {
      const size = keys.size?.endsWith('%') ? [`width:${keys.size}`, `height:${keys.size}`, 'object-fit:contain'] : [`object-fit:${keys.size === 'contain' ? 'contain' : keys.size === 'auto' ? 'none' : 'cover'}`];
      const style = [...size, ...keys.style.filter((s) => s.startsWith('filter') || keys.size === undefined)];
      return `<div class="marp-bg-cell"><img src="${escapeHtml(src)}" alt="${escapeHtml(keys.alt)}" style="${escapeHtml(style.join(';'))}"></div>`;
    });
    const vertical = backgrounds.some((b) => b.keys.vertical) ? ' marp-bg-vertical' : '';
    blocks.push(`<div class="marp-bg${split ? ` marp-bg-${split.side}` : ''}${vertical}"${split ? ` style="width:${split.size}"` : ''}>${cells.join('')}</div>`);
    // The content takes the rest of the slide.
    if (split) css.push(`:scope { --marp-pad-${split.side}: calc(${split.size} + var(--marp-padding-x)); }`);
  }

  // Page numbers: `paginate: true` shows them; `skip` neither shows nor counts the slide,
  // `hold` shows it and gives the next slide the same number.
  const paginate = settings.paginate;
  if (paginate === true || paginate === 'hold') {
    attrs['data-marpit-pagination'] = String(state.page);
    attrs['data-marpit-pagination-total'] = String(state.total);
  }
  if (paginate !== 'skip' && paginate !== 'hold') state.page += 1;
  const header = directiveText(settings.header);
  const footer = directiveText(settings.footer);
  if (header) blocks.push(`<div class="marp-header">\n\n${header}\n\n</div>`);
  if (footer) blocks.push(`<div class="marp-footer">\n\n${footer}\n\n</div>`);
  const deckCss = [typeof settings.style === 'string' ? settings.style : '', ...state.deckStyles].filter((c) => c.trim() !== '');
  if (deckCss.length) blocks.push(`<style data-marp>\n${deckCss.join('\n')}\n</style>`);
  if (css.length) blocks.push(`<style>\n${css.join('\n')}\n</style>`);
  attrs.class = classes.join(' ');
  // After the slide's own text, so its lines keep their numbers and its heading stays its title.
  const after = blocks.length ? `\n\n${blocks.join('\n\n')}\n` : '';
  return { text: slideComment(attrs) + body.replace(/\s+$/, '') + after, notes: notes.join('\n\n'), unsupported: [] };
}
