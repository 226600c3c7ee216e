// Deck → the set of files that make up the presented deck (page, runtime, reveal.js,
// theme, code highlighting, fonts, media, deck.json), in memory. The one producer of a
// deck's files: the offline build writes them to a folder; the server, the Electron
// protocol and the PDF exporter serve them from memory.
import { relative } from 'node:path';
import { sitePaths } from '../contract.js';
import { mediaFileLimit, readDeckFile } from '../deck/deck-file.js';
import type { Deck, Diagnostic } from '../deck/model.js';
import { DeckError } from '../errors.js';
import { renderDeckPage, renderSlides, slideSections, type PageOptions } from '../html/page.js';
import { renderPresenterPage } from '../html/presenter.js';
import { codeLinesCssFile, dialectCssFiles, fontCacheDir, presenterCssFile, revealCssFile, runtimeFiles } from '../paths.js';
import { highlightStyleFile, themeFile } from '../themes.js';
import { readAppFile } from './app-files.js';
import { stripCssComments } from './css.js';
import { deckJson, deckJsonPath, sectionHashes } from './deck-json.js';
import { chunkedFonts, chunkFilesFor, fontFamily, fontsCssPath, subsetFonts, type FontStrategy } from './fonts.js';
import { codePointsOf, htmlText, siteText } from './page-text.js';
import { katexCssPath, mathAssets, usesMath } from './math-assets.js';
import { diagramAssets, diagramsCssPath, usesDiagrams } from './diagram-assets.js';

/** Path relative to the deck page (forward slashes) → file content. */
export type SiteFiles = Map<string, Uint8Array | string>;

export interface SiteOptions {
  runtime?: PageOptions['runtime'];
  /**
   * 'subset' (the offline build, the single-file HTML): only the glyphs the deck uses,
   * smallest output. 'print' (PDF, PowerPoint): the same glyphs, uncompressed.
   * 'chunks' (default; server, Electron): the font's unicode-range chunks the deck
   * uses, as shipped: no font work per build.
   */
  fonts?: FontStrategy;
  /** Where 'subset' and 'print' cache their subsets between builds. */
  fontCacheDir?: string;
  /** What loading the deck reported: the presenter view shows it (deck.json). */
  diagnostics?: Diagnostic[];
  /** A live site (src/live): its page carries the slides' hashes, so its first reload patches only the slides that changed. */
  live?: boolean;
}

export const revealCssPath = 'reveal/reveal.css';
export const highlightCssPath = 'highlight/highlight.css';
/** Line numbers and step highlights in code, only in decks that use them. */
export const codeLinesCssPath = 'highlight/code-lines.css';
/**
 * The code colours when the deck chooses none: highlight.js's accessible styles (every
 * token at 4.5:1 or more on their background), the dark one for themes that draw code on
 * a dark box (ours) or colour it for one (dracula's green code), the light one elsewhere.
 */
const darkCodeThemes = new Set(['projector', 'black', 'black-contrast', 'blood', 'dracula', 'league', 'moon', 'night']);
const defaultHighlightStyle = (theme: string) => (darkCodeThemes.has(theme) ? 'a11y-dark' : 'a11y-light');

/**
 * The slide theme's stylesheet. reveal.js's themes fetch their web fonts from Google with
 * `@import`: nothing loads from the network, so those lines go and the theme's fallback
 * fonts are used (its embedded data: fonts stay), with the bundled font for Chinese.
 */
function readTheme(name: string): string {
  const theme = themeFile(name);
  // The loader checked the name against the same list (src/themes.ts): this is a removed file.
  if (!theme) throw new DeckError('internal', `The theme "${name}" is not installed any more.`, 'Reinstall the app (npm ci in a checkout), or set "theme" to another theme.');
  const css = readAppFile(theme.path).toString('utf8');
  return theme.from === 'reveal' ? withBundledFont(css.replace(/@import\s+(?:url\()?\s*["']?https?:[^;]*;/g, '')) : css;
}

/**
 * reveal.js's themes name Latin fonts only (`--r-main-font: Lato, sans-serif`, `--r-code-font:
 * monospace`), so Chinese would be drawn with whatever CJK font the machine has, or none:
 * the bundled font goes into each stack, before its generic family.
 */
function withBundledFont(css: string): string {
  return css.replace(/(--r-(?:main|heading|code)-font:)([^;}]+)/g, (_, key: string, stack: string) => {
    const families = stack.split(',').map((f) => f.trim());
    const generic = /^(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-\w+)$/.test(families.at(-1) ?? '') ? families.length - 1 : families.length;
    families.splice(generic, 0, `"${fontFamily}"`);
    return `${key}${families.join(', ')}`;
  });
}

/** A deck file again, under the same rules as when the deck was loaded (it may have changed since). */
function readAsset(deck: Deck, asset: Deck['assets'][number]): Uint8Array | string {
  if (asset.content !== undefined) return asset.content;
  const read = readDeckFile(deck.root, asset.source, mediaFileLimit);
  if (read.ok) return read.bytes;
  const shown = relative(deck.root, asset.source);
  const why = read.problem.kind === 'unreadable' ? read.problem.reason : `it is now ${read.problem.kind === 'outside' ? 'a link outside the deck folder' : read.problem.kind === 'special' ? read.problem.type : read.problem.kind}`;
  throw new DeckError('io', `Cannot read ${shown} in the deck folder: ${why}.`, 'Check that the file still exists and is readable, then build again.', { file: shown });
}

/**
 * The font chunks the first slide needs. Served pages fetch them with the stylesheets
 * instead of after the runtime's first layout, so the slide's text (invisible until its
 * font is in, see fonts.ts) shows with the first paint. The offline build has no
 * preloads: its subset fonts are small and local.
 */
function firstSlideFonts(deck: Deck): string[] {
  const first = deck.stacks[0]?.slides[0];
  return first ? chunkFilesFor(Array.from(htmlText(first.html).replace(/\s+/g, ''), (ch) => ch.codePointAt(0)!)) : [];
}

export async function buildSite(deck: Deck, options: SiteOptions = {}): Promise<SiteFiles> {
  const files: SiteFiles = new Map();
  const themePath = `theme/${deck.config.theme}.css`;
  const theme = stripCssComments(readTheme(deck.config.theme));
  files.set(revealCssPath, stripCssComments(readAppFile(revealCssFile).toString('utf8')));
  // Config checked the name against the same list, so it cannot leave highlight.js's folder.
  const highlight = highlightStyleFile(deck.config.highlightTheme || defaultHighlightStyle(deck.config.theme));
  if (!highlight) throw new DeckError('internal', `The code style "${deck.config.highlightTheme}" is not installed any more.`, 'Reinstall the app (npm ci in a checkout), or set "highlightTheme" to another style.');
  files.set(highlightCssPath, stripCssComments(readAppFile(highlight).toString('utf8')));
  files.set(themePath, theme);
  files.set(sitePaths.deckScript, readAppFile(runtimeFiles.deck));
  for (const asset of deck.assets) files.set(asset.href, readAsset(deck, asset));

  const sections = slideSections(deck);
  const slidesHtml = renderSlides(deck, sections);
  const hashes = sectionHashes(sections);
  // The theme comes last so it can restyle reveal.js and the code colours.
  const styles = [fontsCssPath, highlightCssPath, themePath];
  if (slidesHtml.includes('class="hljs-ln"')) {
    files.set(codeLinesCssPath, readAppFile(codeLinesCssFile).toString('utf8'));
    styles.splice(2, 0, codeLinesCssPath);
  }
  if (usesMath(slidesHtml)) {
    for (const [path, content] of mathAssets()) files.set(path, content);
    styles.splice(2, 0, katexCssPath);
  }
  // Marp's and Slidev's look over the reveal.js theme their theme maps to.
  if (deck.config.dialect !== 'reveal') {
    const path = `dialects/${deck.config.dialect}.css`;
    files.set(path, readAppFile(dialectCssFiles[deck.config.dialect]).toString('utf8'));
    styles.splice(2, 0, path);
  }
  if (usesDiagrams(slidesHtml)) {
    for (const [path, content] of diagramAssets()) files.set(path, content);
    styles.splice(2, 0, diagramsCssPath);
  }
  const runtime = options.live ? { ...options.runtime, slideHashes: hashes } : options.runtime;
  const page = renderDeckPage(deck, { styles, runtime, slidesHtml, preloadFonts: options.fonts === 'subset' || options.fonts === 'print' ? [] : firstSlideFonts(deck) });
  files.set(sitePaths.page, page);
  files.set(sitePaths.presenter, renderPresenterPage(deck, { styles: [fontsCssPath], runtime: options.runtime }));
  files.set(sitePaths.presenterScript, readAppFile(runtimeFiles.presenter));
  files.set(sitePaths.presenterCss, readAppFile(presenterCssFile));

  const codePoints = codePointsOf(...siteText(files, { page, html: slidesHtml, sections }));
  const fonts =
    options.fonts === 'subset' || options.fonts === 'print'
      ? await subsetFonts(codePoints, { cacheDir: options.fontCacheDir ?? fontCacheDir, format: options.fonts === 'print' ? 'truetype' : 'woff2' })
      : chunkedFonts(codePoints);
  files.set(fontsCssPath, fonts.css);
  for (const [path, bytes] of fonts.files) files.set(path, bytes);
  files.set(deckJsonPath, JSON.stringify(deckJson(deck, sections, [...fonts.files.keys()].sort(), hashes, options.diagnostics)));
  return files;
}
