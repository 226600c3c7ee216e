// Marp's conventions, turned into ours before a slide is rendered: directives in HTML
// comments (`class`, `_class`, `backgroundColor`, `backgroundImage`, `paginate`…; without
// `_` they carry on to the following slides), `![bg](…)` backgrounds, and every other
// comment as the speaker's notes. What has no equivalent here is reported by name.
import { parse as parseYaml } from 'yaml';
import { commentsOf, slideComment, withoutComments, type Comment } from './comments.js';

export interface DialectSlide {
  text: string;
  notes: string;
  /** 0-based slide-text lines and what could not be honoured there. */
  unsupported: { line: number; what: string; hint: string }[];
  /** Slidev `hide: true`: the author's tool does not show the slide. */
  hidden?: boolean;
}

const directiveKeys = new Set(['class', 'backgroundColor', 'backgroundImage', 'backgroundSize', 'backgroundPosition', 'backgroundRepeat', 'color', 'header', 'footer', 'paginate', 'theme', 'headingDivider', 'style', 'size', 'transition', 'math', 'lang', 'title', 'description', 'author']);
const notShown: Record<string, string> = { color: 'text colour', header: 'header', footer: 'footer', style: 'inline CSS', headingDivider: 'heading divider' };

export interface MarpState {
  /** Global (inherited) directives in force, from the front matter and earlier slides. */
  global: Record<string, unknown>;
}

export function marpState(frontMatter: Record<string, unknown>): MarpState {
  return { global: { ...frontMatter } };
}

function directives(comment: Comment): Record<string, unknown> | null {
  const body = comment.body.trim();
  if (body === '' ) return null;
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

const bgImage = /!\[([^\]]*\bbg\b[^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

export function marpSlide(text: string, state: MarpState): DialectSlide {
  const unsupported: DialectSlide['unsupported'] = [];
  const local: Record<string, unknown> = {};
  const notes: string[] = [];
  const cut: Comment[] = [];
  const lineOf = (at: number) => text.slice(0, at).split('\n').length - 1;
  for (const c of commentsOf(text)) {
    if (/^\s*fit\s*$/.test(c.body)) {
      cut.push(c);
      continue;
    }
    const found = directives(c);
    if (/^\s*\.(slide|element):/.test(c.body)) continue;
    cut.push(c);
    if (!found) {
      notes.push(c.body.trim());
      continue;
    }
    for (const [k, v] of Object.entries(found)) {
      if (k.startsWith('_')) local[k.slice(1)] = v;
      else state.global[k] = v;
      const name = k.replace(/^_/, '');
      if (name in notShown) unsupported.push({ line: c.line, what: `Marp directive "${k}" (${notShown[name]}) is not supported; it is ignored`, hint: 'The slide is shown without it.' });
    }
  }
  let body = withoutComments(text, cut);
  const settings = { ...state.global, ...local };
  const attrs: Record<string, string> = {};
  if (typeof settings.class === 'string') attrs.class = settings.class;
  if (typeof settings.backgroundColor === 'string') attrs['data-background-color'] = settings.backgroundColor;
  const cssUrl = typeof settings.backgroundImage === 'string' ? /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(settings.backgroundImage)?.[1] : undefined;
  if (cssUrl) attrs['data-background-image'] = cssUrl;
  let first = true;
  body = body.replace(bgImage, (all, alt: string, src: string, at: number) => {
    if (!first) {
      unsupported.push({ line: lineOf(at), what: `Marp's multiple backgrounds are not supported: "${src}" is not shown`, hint: 'Only the first ![bg](…) of a slide becomes its background.' });
      return '';
    }
    first = false;
    const words = alt.split(/\s+/);
    if (words.some((w) => /^(left|right)(:|$)/.test(w))) unsupported.push({ line: lineOf(at), what: `Marp's split background (${words.find((w) => /^(left|right)/.test(w))}) is not supported; the picture fills the slide`, hint: 'Use a full background, or put the picture in the slide as ![](…).' });
    attrs['data-background-image'] = src;
    const size = words.find((w) => /^(contain|cover|fit|auto|\d+%)$/.test(w));
    attrs['data-background-size'] = size === 'fit' ? 'contain' : (size ?? 'cover');
    return '';
  });
  return { text: slideComment(attrs) + body, notes: notes.join('\n\n'), unsupported };
}
