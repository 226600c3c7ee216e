// Deck → the deck page (index.html): the reveal.js skeleton, one <section> per slide,
// notes in <aside class="notes"> (hidden from the audience by reveal.css), the runtime
// settings as inert JSON, and a Content-Security-Policy that keeps every request inside
// the deck's own folder.
import { joinSlides, runtimeElementId, sitePaths, type RuntimeSettings } from '../contract.js';
import type { Deck, Slide } from '../deck/model.js';
import { escapeHtml } from '../escape.js';

export interface PageOptions {
  /** Stylesheets in addition to reveal.css, relative to the page (theme, fonts). */
  styles: string[];
  runtime?: Partial<Omit<RuntimeSettings, 'reveal'>>;
  /** The deck's <section>s when the caller has them already (see renderSlides). */
  slidesHtml?: string;
  /** woff2 files (relative to the page) to fetch with the stylesheets: the first slide's fonts. */
  preloadFonts?: string[];
}

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  // Styles only from the deck; inline style attributes are allowed because slides may
  // use them for layout and they cannot run script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "media-src 'self'",
  "frame-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function attributes(slide: Slide): string {
  const attrs: Record<string, string> = { ...slide.attributes, 'data-source-file': slide.file, 'data-source-line': String(slide.startLine) };
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
}

/** One slide's <section>, as it stands among the others in renderSlides (live reload and the editor's preview patch one at a time). */
export function renderSection(slide: Slide): string {
  const notes = slide.notesHtml ? `\n<aside class="notes">${slide.notesHtml}</aside>` : '';
  return `<section${attributes(slide)}>\n${slide.html}${notes}\n</section>`;
}

/** Each slide's <section> element, stack by stack. */
export function slideSections(deck: Deck): string[][] {
  return deck.stacks.map((stack) => stack.slides.map(renderSection));
}

/** The <section> elements of the deck, vertical stacks nested as reveal.js expects. */
export function renderSlides(deck: Deck, sections = slideSections(deck)): string {
  return joinSlides(sections.map((stack) => ({ slides: stack.map((html) => ({ html })) })));
}

/** The settings the browser runtime reads, from the deck's config and the caller's overrides. */
export function runtimeSettings(deck: Deck, overrides: PageOptions['runtime'], hash: boolean): RuntimeSettings {
  const { config } = deck;
  return {
    reveal: { ...config.reveal, width: config.width, height: config.height, transition: config.transition, hash },
    durationMinutes: config.durationMinutes,
    shrinkToFit: config.shrinkToFit,
    role: 'audience',
    ...overrides,
  };
}

/** Runtime settings as the text of an inert <script type="application/json">. */
export function runtimeJson(settings: RuntimeSettings): string {
  return inertJson(settings);
}

/** Data as the text of an inert <script type="application/json">. */
export function inertJson(value: unknown): string {
  // JSON inside <script> must not be able to close the element.
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The <head> every page of the site shares: language, CSP, title, stylesheets. */
/** The page's <head> (and its <html> tag), under the deck's CSP. `lang` is the page's language. */
export function renderHead(lang: string, title: string, styles: string[], preloadFonts: string[] = []): string {
  const links = styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`);
  // After the stylesheets, which block the first paint; `crossorigin` because fonts are
  // always fetched in CORS mode, and a preload only serves a request made the same way.
  const preloads = preloadFonts.map((href) => `<link rel="preload" href="${escapeHtml(href)}" as="font" type="font/woff2" crossorigin>`);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
${[...links, ...preloads].join('\n')}
</head>`;
}

export function renderDeckPage(deck: Deck, options: PageOptions): string {
  const runtime = runtimeSettings(deck, options.runtime, true);
  return `${renderHead(deck.config.lang, deck.config.title, ['reveal/reveal.css', ...options.styles], options.preloadFonts)}
<body>
<div class="reveal"${deck.config.highlightTheme ? ` data-highlight-theme="${escapeHtml(deck.config.highlightTheme)}"` : ''}><div class="slides">
${options.slidesHtml ?? renderSlides(deck)}
</div></div>
<script type="application/json" id="${runtimeElementId}">${runtimeJson(runtime)}</script>
<script src="${sitePaths.deckScript}"></script>
</body>
</html>
`;
}
