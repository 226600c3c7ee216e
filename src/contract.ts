// What the browser runtime (src/present/, compiled with DOM types only) and the Node side
// (site builder, servers, print drivers, the Electron shell) agree on. Both import this
// file, so a name, a path or a message shape cannot drift between them. No runtime
// dependencies: only constants, types (the deck model's plain data types) and the one
// pure function both sides apply to the same data (joinSlides).
import type { DeckConfig, Diagnostic } from './deck/model.js';

/** Files of the site every page relies on, relative to the deck page. */
export const sitePaths = {
  page: 'index.html',
  presenter: 'presenter.html',
  /** The deck as data, fetched again on live reload (src/present/reload.ts). */
  deckJson: 'deck.json',
  /** The bundled font's faces; its woff2 files sit beside it. */
  fontsCss: 'fonts/fonts.css',
  fontsDir: 'fonts/',
  /** mermaid's browser bundle, in decks with diagrams; the page's runtime loads it when it finds one (src/present/diagrams.ts). */
  mermaid: 'vendor/mermaid.min.js',
  /** The compiled runtimes and the app's own page styles (src/site/app-files.ts reads them). */
  deckScript: 'app/deck.js',
  presenterScript: 'app/presenter.js',
  presenterCss: 'app/presenter.css',
} as const;

/** The inert `<script type="application/json">` holding the page's RuntimeSettings. */
export const runtimeElementId = 'deck-runtime';

/** Settings the page carries for the browser runtime. */
export interface RuntimeSettings {
  /** Passed to Reveal(): the deck's size and transition, then its allowlisted `revealOptions`. */
  reveal: { width: number; height: number; transition: string; hash: boolean } & Record<string, string | number | boolean>;
  durationMinutes: number;
  /** Scale every slide's content down to fit its frame (the deck's `shrinkToFit`); slides with class `shrink` are fitted either way. */
  shrinkToFit: boolean;
  /** Server-sent-events URL for live reload; absent in a static build. */
  liveReload?: string;
  /** 'audience' is the real deck; 'preview' is an iframe inside the presenter view. */
  role: 'audience' | 'preview' | 'print';
  /** false: the page has no presenter view beside it (the single-file HTML export); S says so. */
  presenter?: boolean;
  /**
   * A live page's slides as served: each slide's `hash` (see DeckJsonSlide), stack by
   * stack, so the first live reload already knows which slides changed.
   */
  slideHashes?: string[][];
  /**
   * A live page's version (the live deck's, src/live): host events of this version or
   * older describe what the page already shows.
   */
  version?: number;
}

/** Where a slide is written: the file relative to the deck folder, and its first line. */
export interface SourcePosition {
  file: string;
  line: number;
}

export interface DeckJsonSlide {
  title: string;
  notesHtml: string;
  notesText: string;
  source: SourcePosition;
  /** The last line of the slide's text and notes in that file. */
  endLine: number;
  /** The slide's <section> element (notes inside), exactly as in index.html. */
  html: string;
  /**
   * A hash of `html` after its opening tag (the slide's content and notes): a live page
   * replaces the content of the slides whose hash changed, and only the attributes of
   * those whose opening tag alone changed (its data-source-line, when lines were added
   * above it).
   */
  hash: string;
}

/**
 * The `.reveal > .slides` content of index.html from each stack's slide sections: a stack
 * of one is its slide's <section>, a longer one nests them in a <section> of its own, as
 * reveal.js expects vertical slides.
 */
export function joinSlides(stacks: readonly { readonly slides: readonly { readonly html: string }[] }[]): string {
  return stacks.map((stack) => (stack.slides.length === 1 ? stack.slides[0]!.html : `<section>\n${stack.slides.map((slide) => slide.html).join('\n')}\n</section>`)).join('\n');
}

/** deck.json: the deck's slides and settings as data (src/site/deck-json.ts writes it). */
export interface DeckJson {
  /** Hash of everything below: equal versions mean nothing changed. */
  version: string;
  title: string;
  lang: string;
  /** One entry per horizontal position, vertical slides in order, as in the deck model; joinSlides(stacks) is the page's slides. */
  stacks: { slides: DeckJsonSlide[] }[];
  config: DeckConfig;
  /** The font files fonts.css declares: a page adds the faces it lacks before showing new text. */
  fonts: string[];
  /**
   * What loading this deck reported (warnings; errors that did not stop it): the presenter
   * shows them. Data only: messages quote the deck (a refused remote URL among them), and
   * the offline build's load check reads deck.json's markup, not this.
   */
  diagnostics: Diagnostic[];
}

/** Host → page events (Electron IPC, or server-sent events in browser mode). */
export type HostEvent =
  /** The deck changed on disk and rebuilt cleanly: fetch deck.json again and patch. */
  | { type: 'deck-updated'; version: number }
  /** The deck changed on disk but has errors: the last good deck stays; the presenter shows these. */
  | { type: 'diagnostics'; version: number; diagnostics: Diagnostic[] };

/**
 * The print view's readiness: the page sets `window[printReadyProperty]` to a promise that
 * settles once it is laid out, its images decoded and its fonts loaded (or rejects with
 * what went wrong). A print driver waits for the property, then awaits the promise.
 */
export const printReadyProperty = 'deckPrintReady';
export type PrintReadyWindow = { [printReadyProperty]?: Promise<void> };

/**
 * The deck page as the layout check lays it out (src/present/layout-check.ts): reveal.js's
 * print view with one page per slide at the slide's own size and every fragment shown.
 * `deck check` and `deck build` open it in a browser; the presenter view frames it, with
 * `layoutCheckParam` added, so the frame reports what it measured to the presenter.
 */
export const layoutCheckQuery = '?print-pdf&deckPrint=slides&margin=0&pdfMaxPagesPerSlide=1&pdfSeparateFragments=false';
export const layoutCheckParam = 'layoutCheck';

/** How far one slide's content runs past its frame, as the layout check measures it. */
export interface SlideExtent {
  /** Where the slide is written (its data-source-file and data-source-line). */
  source: SourcePosition;
  /** How far the content runs past the frame, in slide pixels (0 when it fits). */
  overBottom: number;
  overRight: number;
  /** Height of the content, in slide pixels. */
  height: number;
}

/** A4 portrait in CSS pixels (96 per inch): the paper of handouts and the speaker script. */
export const a4Sheet = { width: 794, height: 1123 } as const;

/**
 * The print view's layouts (src/present/print.ts), asked for in the deck page's query:
 * `?deckPrint=<layout>`, and for handouts `&deckPerPage=<n>`.
 *  - slides:  one page per slide (or per fragment step);
 *  - handout: A4 sheets of 1 (notes below), 2 or 3 (notes beside, the 3-up with lines to
 *             write on) or 6 slides (a grid, no notes);
 *  - script:  the speaker script, titles and notes only.
 */
export const printLayouts = ['slides', 'handout', 'script'] as const;
export type PrintLayout = (typeof printLayouts)[number];
export const handoutSizes = [1, 2, 3, 6] as const;
export type HandoutSize = (typeof handoutSizes)[number];
export const printQuery = { layout: 'deckPrint', perPage: 'deckPerPage' } as const;

/** The editor page (src/editor/) and its server API (src/edit/api.ts). */
export const editorPaths = {
  page: 'editor.html',
  /** The draft site (saved files plus unsaved buffers) the editor's preview shows. */
  draft: 'draft/',
  api: 'api/',
  script: 'app/editor.js',
  css: 'app/editor.css',
} as const;

/** A deck file as the disk holds it; `hash` is null when the file is not there. */
export interface DiskText {
  file: string;
  text: string | null;
  hash: string | null;
}

export type SaveOutcome =
  | { saved: true; hash: string }
  /** The disk changed since the editor read it (another program wrote or deleted the file): the user chooses. */
  | { saved: false; disk: DiskText };

/** Unsaved text the recovery journal kept through a crash. */
export interface RecoveredText {
  /** The file, relative to the deck folder. */
  file: string;
  /** What the user had typed. */
  text: string;
  /** What the disk holds now (null: the file is gone). */
  disk: string | null;
  /** When the text was journaled (ISO 8601). */
  at: string;
}

/** A slide as the editor page's outline needs it: its deck.json entry without the HTML (the preview frame has that). */
export type OutlineSlide = Omit<DeckJsonSlide, 'html' | 'hash'>;

/** One slide of the draft as it changed: its place among all slides (vertical ones in order), its <section> and that section's hash, its outline entry. */
export interface DraftSlide {
  index: number;
  html: string;
  hash: string;
  slide: OutlineSlide;
}

/** How the draft went from the build numbered `from` to this one, when the deck kept its shape. */
export interface DraftPatch {
  from: number;
  /** Only the slides whose <section> changed. */
  slides: DraftSlide[];
  /** The font files the draft site declares (as deck.json's `fonts`). */
  fonts: string[];
}

/** The draft rebuilt after an edit: its diagnostics, and whether it could be presented. */
export interface DraftBuild {
  /** Numbers every build announced, in order: the page keeps only the newest. */
  seq: number;
  diagnostics: Diagnostic[];
  ok: boolean;
  /**
   * What changed on the draft's slides: absent when this build left them as they were
   * (it has errors, or changed nothing shown); null when the page must fetch deck.json
   * (the deck's shape or settings changed).
   */
  patch?: DraftPatch | null;
}

/** What the editor page gets when it opens, inside the page (an inert JSON script of this id). */
export const editorOpeningElementId = 'editor-opening';
export interface EditorOpening {
  files: DiskText[];
  /** Unsaved text found in the journal after a crash: offered before anything else. */
  recovered: RecoveredText[];
  /** The draft as the page's preview frame loads it, and its deck (null: it could not be built). */
  build: DraftBuild;
  deck: DraftDeck | null;
}

/** deck.json without the slides' HTML: what the editor page itself needs (the frame has the HTML). */
export type DraftDeck = Omit<DeckJson, 'stacks'> & { stacks: { slides: OutlineSlide[] }[] };

/** Server → editor page events. */
export type EditorEvent = { type: 'disk-changed'; disk: DiskText } | { type: 'draft-updated'; build: DraftBuild };
