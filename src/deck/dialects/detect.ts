// Which tool a single-file deck was written for. Marp says so (`marp: true`); Slidev
// decks are told by their head matter's Slidev-only settings or by per-slide front
// matter blocks (`---` / `layout: cover` / `---`); everything else is read as
// reveal-md / reveal.js markdown.
import { parse as parseYaml } from 'yaml';
import { createFenceTracker } from '../fence.js';
import type { Dialect, Separators } from '../model.js';

export const slidevOnlyKeys = [
  'layout', 'highlighter', 'drawings', 'mdc', 'info', 'colorSchema', 'fonts', 'lineNumbers', 'routerMode',
  'aspectRatio', 'canvasWidth', 'themeConfig', 'addons', 'download', 'exportFilename', 'selectable', 'monaco',
  'remoteAssets', 'favicon', 'htmlAttrs', 'record', 'presenter', 'hideInToc', 'seoMeta', 'defaults', 'src',
] as const;

const perSlideMatter = /^---[ \t]*\n(?:layout|class|background|src|transition|hideInToc|clicks|level|image|hide|disabled)[ \t]*:/m;

/** Keys only Marp's directives have: a first comment holding one is Marp's, front matter or not. */
const marpOnlyDirectives = ['marp', 'headingDivider', 'paginate', '_paginate', 'backgroundColor', '_backgroundColor', 'backgroundImage', 'header', 'footer', '_class', 'color', '_color'];
const marpDirectiveKeys = new Set(['theme', 'class', 'size', 'style', 'math', 'title', 'description', 'author', 'lang', 'transition', 'backgroundSize', 'backgroundPosition', 'backgroundRepeat', ...marpOnlyDirectives]);

/**
 * The YAML of a Marp deck's head comment (`<!-- theme: gaia \n paginate: true -->` before
 * anything else): marp-cli reads such decks without `marp: true`, their settings in the
 * comment. Null when the file does not start so.
 */
export function marpHeadComment(body: string): { yaml: string; line: number } | null {
  const m = /^(\s*)<!--([\s\S]*?)-->/.exec(body);
  if (!m) return null;
  let parsed: unknown;
  try {
    parsed = parseYaml(m[2]!);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const keys = Object.keys(parsed);
  if (!keys.every((k) => marpDirectiveKeys.has(k)) || !keys.some((k) => marpOnlyDirectives.includes(k))) return null;
  return { yaml: m[2]!, line: m[1]!.split('\n').length };
}

export function detectDialect(settings: Record<string, unknown>, body: string): Dialect {
  if (settings.marp === true || (settings.marp === undefined && marpHeadComment(body))) return 'marp';
  if (slidevOnlyKeys.some((k) => k in settings) || perSlideMatter.test(body)) return 'slidev';
  return 'reveal';
}

/** Marp's and Slidev's built-in themes → the nearest theme we have. */
export const mappedThemes: Record<Exclude<Dialect, 'reveal'>, Record<string, string>> = {
  marp: { default: 'white', gaia: 'beige', uncover: 'simple' },
  slidev: { default: 'white', seriph: 'serif', 'apple-basic': 'white', bricks: 'white', shibainu: 'white' },
};

/**
 * vscode-reveal's own separators (its defaults, src/Configuration.ts): `---` for a slide
 * and `--` for a vertical slide, each alone on a line between blank lines. Its notes are
 * reveal.js's (`note:`), so only the two separators differ from reveal-md's.
 */
export const vscodeRevealSeparators: Separators = { horizontal: '^\\r?\\n---\\r?\\n$', vertical: '^\\r?\\n--\\r?\\n$', notes: '' };

/** Front-matter settings only vscode-reveal reads (its plugins and page options). */
export const vscodeRevealOnlyKeys: Record<string, string> = {
  enableMenu: 'its menu plugin',
  enableChalkboard: 'its chalkboard plugin',
  enableTitleFooter: 'its title footer plugin',
  enableZoom: 'its zoom plugin',
  enableSearch: 'its search plugin',
  logoImg: 'its logo',
  customTheme: 'a theme file of its own',
  customHighlightTheme: 'a code theme file of its own',
  cssvariables: 'its CSS variables',
  htmlFragment: 'an HTML fragment of its own',
};

/**
 * A reveal.js markdown deck written for vscode-reveal: it sets one of vscode-reveal's
 * own settings, or it has a `--` line between blank lines outside code, vscode-reveal's
 * vertical separator (elsewhere that is a paragraph reading "--", which nobody writes).
 */
export function writtenForVscodeReveal(settings: Record<string, unknown>, body: string): boolean {
  if (Object.keys(vscodeRevealOnlyKeys).some((k) => Object.hasOwn(settings, k))) return true;
  const fence = createFenceTracker();
  const lines = body.split('\n');
  return lines.some((line, i) => !fence.step(line) && /^--[ \t]*\r?$/.test(line) && (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '');
}
