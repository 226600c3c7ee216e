// Which tool a single-file deck was written for. Marp says so (`marp: true`); Slidev
// decks are told by their head matter's Slidev-only settings or by per-slide front
// matter blocks (`---` / `layout: cover` / `---`); everything else is read as
// reveal-md / reveal.js markdown.
import type { Dialect } from '../model.js';

export const slidevOnlyKeys = [
  'layout', 'highlighter', 'drawings', 'mdc', 'info', 'colorSchema', 'fonts', 'lineNumbers', 'routerMode',
  'aspectRatio', 'canvasWidth', 'themeConfig', 'addons', 'download', 'exportFilename', 'selectable', 'monaco',
  'remoteAssets', 'favicon', 'htmlAttrs', 'record', 'presenter', 'hideInToc', 'seoMeta', 'defaults', 'src',
] as const;

const perSlideMatter = /^---[ \t]*\n(?:layout|class|background|src|transition|hideInToc|clicks|level|image|hide|disabled)[ \t]*:/m;

export function detectDialect(settings: Record<string, unknown>, body: string): Dialect {
  if (settings.marp === true) return 'marp';
  if (slidevOnlyKeys.some((k) => k in settings) || perSlideMatter.test(body)) return 'slidev';
  return 'reveal';
}

/** Marp's and Slidev's built-in themes → the nearest theme we have. */
export const mappedThemes: Record<Exclude<Dialect, 'reveal'>, Record<string, string>> = {
  marp: { default: 'white', gaia: 'beige', uncover: 'simple' },
  slidev: { default: 'white', seriph: 'serif', 'apple-basic': 'white', bricks: 'white', shibainu: 'white' },
};
