// The deck model: plain typed data, produced by src/deck/load.ts and consumed by every
// output (page, offline folder, PDF, presenter). No methods, no classes, no I/O here.

export type Severity = 'error' | 'warning';

/**
 * Every problem a deck can have, by the stable code `deck check` prints and README lists
 * (tests/unit/diagnostic-codes.test.ts holds the two together). A new code is added here
 * before any module can report it.
 */
export const diagnosticCodes = [
  // the deck and its files
  'deck-not-found', 'deck-empty', 'deck-unreadable', 'file-binary', 'file-not-utf8', 'file-utf16',
  'file-outside-deck', 'file-not-regular', 'file-too-large', 'file-unreadable',
  // settings (deck.yaml, front matter, dialect directives)
  'yaml-invalid', 'config-type', 'config-value', 'config-unknown-key', 'config-conflict',
  'config-file-name', 'config-not-mapping', 'config-order-ignored', 'config-theme-unknown',
  'config-highlight-theme-unknown', 'config-separator-invalid', 'config-reveal-option-unknown',
  'config-reveal-option-value', 'config-unsupported', 'dialect-unsupported', 'order-file-missing',
  'order-unlisted', 'order-duplicate', 'front-matter-in-folder',
  // splitting and parsing
  'separator-ambiguous', 'fence-unclosed', 'render-failed', 'markdown-too-deep',
  'markdown-line-too-long', 'math-invalid', 'notes-several',
  // images and other files a slide shows
  'asset-missing', 'asset-outside-deck', 'asset-type-not-copied', 'asset-not-image',
  'asset-not-regular', 'asset-too-large', 'asset-unreadable',
  // the sanitiser's refusals
  'attribute-not-allowed', 'attribute-refused', 'background-iframe-refused',
  'event-handler-removed', 'remote-media-refused', 'remote-url-refused', 'unsafe-link-removed',
  'unsafe-url-refused', 'reserved-id', 'style-invalid', 'style-refused', 'svg-content-removed',
  'script-removed', 'embed-removed', 'head-element-removed', 'form-removed', 'inline-svg-removed',
  'html-tag-not-allowed',
  // the laid-out page, and the site built from the deck
  'slide-overflow', 'mermaid-invalid', 'site-build-failed',
] as const;

export type DiagnosticCode = (typeof diagnosticCodes)[number];

/** A problem in the user's input, pointing at the source. Lines and columns are 1-based. */
export interface Diagnostic {
  /** Path of the file as the user would type it: relative to the deck folder when inside it. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable machine-readable code, e.g. `yaml-invalid`, `image-missing`. */
  code: DiagnosticCode;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
}

export interface DeckConfig {
  title: string;
  author: string;
  /**
   * BCP 47 language tag for `<html lang>`; decides glyph shapes and line breaking. ''
   * in settings that do not set it: load.ts then detects it from the slides' text.
   */
  lang: string;
  /** Name of a theme in assets/themes/ or of one of reveal.js's own themes (without `.css`). */
  theme: string;
  /** Name of a highlight.js style (`monokai`, `base16/zenburn`); '' for the app's own. */
  highlightTheme: string;
  width: number;
  height: number;
  transition: 'none' | 'fade' | 'slide' | 'convex' | 'concave' | 'zoom';
  /** Planned length of the talk in minutes, for the presenter's pace; 0 when unset. */
  durationMinutes: number;
  /** Every slide's content scaled down to fit its frame (a slide opts out with class `no-shrink`); off by default. */
  shrinkToFit: boolean;
  /** Explicit file order (file names relative to the deck folder); empty means file-name order. */
  order: string[];
  /** Which tool the deck was written for: its separators, notes and directives are read. */
  dialect: Dialect;
  /** reveal-md's own separators (regular expression sources); '' where not set. */
  separators: Separators;
  /** reveal.js settings from `revealOptions` (allowlisted, type-checked). */
  reveal: RevealOptions;
}

export type Dialect = 'reveal' | 'marp' | 'slidev';

export interface Separators {
  horizontal: string;
  vertical: string;
  notes: string;
}

export type RevealOptions = Record<string, string | number | boolean>;

/** Attributes set on a slide's <section> by `<!-- .slide: ... -->`, already allowlisted. */
export type Attributes = Record<string, string>;

export interface Slide {
  /** Position in the deck: h is the horizontal index, v the index in its vertical stack. */
  h: number;
  v: number;
  /** Source file (relative to the deck folder) and the 1-based inclusive line range. */
  file: string;
  startLine: number;
  endLine: number;
  /** The slide's markdown, without its notes. */
  markdown: string;
  /** Rendered, sanitised HTML of the slide body. */
  html: string;
  attributes: Attributes;
  /** Rendered, sanitised HTML of the speaker notes; '' when none. */
  notesHtml: string;
  /** The speaker notes as plain text (for search, PDF scripts and the presenter). */
  notesText: string;
  /** Text of the first heading, '' when the slide has none. */
  title: string;
  /** Level of that heading (1 = chapter), 0 when none. */
  titleLevel: number;
  /** Number of fragments on the slide (elements that appear step by step). */
  fragments: number;
}

/** One horizontal position: a single slide, or a vertical stack when it holds more than one. */
export interface Stack {
  slides: Slide[];
}

/** A file the deck uses (an image, a video), copied into the output under `href`. */
export interface Asset {
  /** Absolute path on disk. */
  source: string;
  /** Path of the copy relative to the deck page, e.g. `media/diagram-3f2a.svg`. */
  href: string;
  /** What to write instead of the file's own bytes (an SVG, sanitised). */
  content?: string;
}

export interface Deck {
  /** Absolute path of the deck folder (or of the folder holding a single-file deck). */
  root: string;
  config: DeckConfig;
  stacks: Stack[];
  assets: Asset[];
}

export interface LoadResult {
  /** null only when nothing could be presented (no slide at all, or the folder cannot be read). */
  deck: Deck | null;
  diagnostics: Diagnostic[];
}
