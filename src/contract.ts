// What the browser runtime (src/present/, compiled with DOM types only) and the Node side
// (site builder, servers, print drivers, the Electron shell) agree on. Both import this
// file, so a name, a path or a message shape cannot drift between them. No runtime
// dependencies: only constants and types (the deck model's plain data types).
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
} as const;

/** The inert `<script type="application/json">` holding the page's RuntimeSettings. */
export const runtimeElementId = 'deck-runtime';

/** Settings the page carries for the browser runtime. */
export interface RuntimeSettings {
  /** Passed to Reveal(): the deck's size and transition, then its allowlisted `revealOptions`. */
  reveal: { width: number; height: number; transition: string; hash: boolean } & Record<string, string | number | boolean>;
  durationMinutes: number;
  /** Server-sent-events URL for live reload; absent in a static build. */
  liveReload?: string;
  /** 'audience' is the real deck; 'preview' is an iframe inside the presenter view. */
  role: 'audience' | 'preview' | 'print';
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
}

/** deck.json: the deck's slides and settings as data (src/site/deck-json.ts writes it). */
export interface DeckJson {
  /** Hash of everything below: equal versions mean nothing changed. */
  version: string;
  title: string;
  lang: string;
  /** The <section> elements, exactly as inside `.reveal > .slides` of index.html. */
  slidesHtml: string;
  /** One entry per horizontal position, vertical slides in order, as in the deck model. */
  stacks: { slides: DeckJsonSlide[] }[];
  config: DeckConfig;
  /** The font files fonts.css declares: a page adds the faces it lacks before showing new text. */
  fonts: string[];
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

/** A4 portrait in CSS pixels (96 per inch): the paper of handouts and the speaker script. */
export const a4Sheet = { width: 794, height: 1123 } as const;

/** The editor page (src/editor/) and its server API (src/edit/api.ts). */
export const editorPaths = {
  page: 'editor.html',
  /** The draft site (saved files plus unsaved buffers) the editor's preview shows. */
  draft: 'draft/',
  api: 'api/',
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

/** One slide of the draft as it changed: its place among all slides (vertical ones in order), its <section>, its outline entry. */
export interface DraftSlide {
  index: number;
  html: string;
  slide: DeckJsonSlide;
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
export type DraftDeck = Omit<DeckJson, 'slidesHtml'>;

/** Server → editor page events. */
export type EditorEvent = { type: 'disk-changed'; disk: DiskText } | { type: 'draft-updated'; build: DraftBuild };
