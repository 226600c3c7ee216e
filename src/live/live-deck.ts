// The presented deck, kept current: the one core behind browser mode (src/serve), the
// Electron app and the editor. It opens a deck, builds its site, and on every save (or
// unsaved edit pushed with `update`) loads and rebuilds it, announcing each result as a
// versioned event:
//  - 'opened':      a deck was opened and built (its site replaces the previous deck's);
//  - 'updated':     a change built cleanly: a new site, a new version, warnings attached;
//  - 'diagnostics': a change broke the deck (or its site build): the last good deck and
//                   site stay, the diagnostics say where and what to do.
// Rebuilds run one at a time, in change order; a change already followed by a newer one
// is not built at all (typing or a burst of saves builds only what will be shown).
import type { Deck, Diagnostic, LoadResult } from '../deck/model.js';
import { DeckError } from '../errors.js';
import { buildSite, type SiteFiles, type SiteOptions } from '../site/site.js';
import { DeckWatcher, type DeckWatcherOptions, type WatchEvent } from '../watch/deck-watcher.js';

export type LiveEvent =
  | { type: 'opened'; version: number; deck: Deck; site: SiteFiles; diagnostics: Diagnostic[] }
  | { type: 'updated'; version: number; deck: Deck; site: SiteFiles; diagnostics: Diagnostic[] }
  | { type: 'diagnostics'; version: number; diagnostics: Diagnostic[] };

export type OpenResult = { ok: true; deck: Deck; site: SiteFiles; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** The parts of DeckWatcher used here (a seam for tests). */
export interface Watcher {
  start(firstSlides?: number): LoadResult;
  /** The whole deck, after a start with firstSlides. */
  loadAll(): LoadResult;
  on(listener: (event: WatchEvent) => void): () => void;
  /** Loads again now: the unsaved text changed. */
  refresh(): void;
  stop(): void;
}

export interface LiveDeckOptions {
  /** How the site is built; fonts default to 'chunks' (no font work per rebuild, any typed character covered). */
  site?: SiteOptions;
  watch?: Omit<DeckWatcherOptions, 'unsaved'>;
  /** Unsaved text by file name, read at every load: the editor's buffers. A map of its own by default. */
  unsaved?: Map<string, string>;
  /**
   * Opening shows the first slides first: only `slides` of them are rendered (the
   * others stand empty) for the site that is opened, and the rest of the deck is rendered
   * once `rest()` settles (browser mode: when the page has its files and listens) and
   * arrives as an 'updated' event. The opened event then carries no diagnostics; that
   * event carries the whole deck's.
   */
  firstLook?: { slides: number; rest: () => Promise<void> };
  /** Seams for tests. */
  watcher?: (path: string, options: DeckWatcherOptions) => Watcher;
  build?: (deck: Deck, options: SiteOptions) => Promise<SiteFiles>;
}

/** One opened deck: its watcher, its unsaved texts, and whether it is the one presented yet. */
interface Session {
  watcher: Watcher;
  unsaved: Map<string, string>;
  /** Bumped by every change; a queued change that is no longer the newest is skipped. */
  generation: number;
  adopted: boolean;
  /** A change that arrived while the deck was still being opened. */
  held: WatchEvent | null;
}

export class LiveDeck {
  private session: Session | null = null;
  private current: { deck: Deck; site: SiteFiles } | null = null;
  private versionNumber = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(event: LiveEvent) => void>();
  private readonly siteOptions: SiteOptions;
  private readonly watcher: (path: string, options: DeckWatcherOptions) => Watcher;
  private readonly build: (deck: Deck, options: SiteOptions) => Promise<SiteFiles>;

  constructor(private readonly options: LiveDeckOptions = {}) {
    this.siteOptions = { fonts: 'chunks', ...options.site, live: true };
    this.watcher = options.watcher ?? ((path, watchOptions) => new DeckWatcher(path, watchOptions));
    this.build = options.build ?? buildSite;
  }

  /** The deck on screen: the last one that built; null before the first open. */
  get deck(): Deck | null {
    return this.current?.deck ?? null;
  }

  /** The site of that deck. */
  get site(): SiteFiles | null {
    return this.current?.site ?? null;
  }

  /** Bumped by every open and every good rebuild; diagnostics carry the version they leave on screen. */
  get version(): number {
    return this.versionNumber;
  }

  on(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Opens a deck folder (or single-file deck) and starts watching it. A deck that loads
   * with errors but still has slides is presented, with its diagnostics; one with
   * nothing to present (or whose site cannot be built) is refused, and the deck on
   * screen, if any, stays and stays watched.
   */
  async open(path: string): Promise<OpenResult> {
    const unsaved = this.options.unsaved ?? new Map<string, string>();
    const watcher = this.watcher(path, { ...this.options.watch, unsaved: (name) => unsaved.get(name) });
    const session: Session = { watcher, unsaved, generation: 0, adopted: false, held: null };
    const firstLook = this.options.firstLook;
    // Whether there is anything to present does not depend on rendering: a first look tells.
    const first = watcher.start(firstLook?.slides);
    watcher.on((event) => {
      if (session.adopted) this.changed(session, event);
      else session.held = event;
    });
    if (!first.deck) {
      watcher.stop();
      return { ok: false, diagnostics: first.diagnostics };
    }
    let site: SiteFiles;
    try {
      site = await this.buildSite(first.deck, first.diagnostics);
    } catch (error) {
      watcher.stop();
      return { ok: false, diagnostics: [buildFailure(error, 'Fix the deck and open it again.')] };
    }
    this.close();
    this.session = session;
    session.adopted = true;
    this.show(first.deck, site);
    const diagnostics = firstLook ? [] : first.diagnostics;
    this.emit({ type: 'opened', version: this.versionNumber, deck: first.deck, site, diagnostics });
    // Before any change: the rest of the deck is part of opening it, and is shown even
    // with errors, as the first load would have been.
    if (firstLook) this.queue = this.queue.then(() => firstLook.rest()).catch(() => undefined).then(() => this.openRest(session));
    if (session.held) this.changed(session, session.held);
    session.held = null;
    return { ok: true, deck: first.deck, site, diagnostics };
  }

  /**
   * Unsaved text for one of the deck's files (its name as diagnostics give it, e.g.
   * `01-intro.md` or `deck.yaml`), or null to go back to the file on disk. Rebuilds at
   * once; nothing is written. Settles when that rebuild is on screen (or refused).
   */
  update(file: string, text: string | null): Promise<void> {
    const session = this.session;
    if (!session) return Promise.resolve();
    if (text === null) session.unsaved.delete(file);
    else session.unsaved.set(file, text);
    return this.refresh();
  }

  /** Loads again now (the unsaved texts changed); settles when the result is on screen or refused. */
  refresh(): Promise<void> {
    // The watcher loads synchronously and queues the build; the queue's end is that build.
    this.session?.watcher.refresh();
    return this.queue;
  }

  /** Stops watching; the deck and site stay readable. */
  close(): void {
    this.session?.watcher.stop();
    this.session = null;
  }

  /** The whole deck of a first look, rendered and shown. */
  private async openRest(session: Session): Promise<void> {
    if (session !== this.session) return;
    const all = session.watcher.loadAll();
    if (!all.deck) return this.emit({ type: 'diagnostics', version: this.versionNumber, diagnostics: all.diagnostics });
    let site: SiteFiles;
    try {
      site = await this.buildSite(all.deck, all.diagnostics);
    } catch (error) {
      if (session === this.session) this.emit({ type: 'diagnostics', version: this.versionNumber, diagnostics: [...all.diagnostics, buildFailure(error, 'Fix the deck and save again; its first slides stay on screen.')] });
      return;
    }
    if (session !== this.session) return;
    this.show(all.deck, site);
    this.emit({ type: 'updated', version: this.versionNumber, deck: all.deck, site, diagnostics: all.diagnostics });
  }

  private changed(session: Session, event: WatchEvent): void {
    const generation = ++session.generation;
    this.queue = this.queue.then(() => this.apply(session, event, generation));
  }

  private async apply(session: Session, event: WatchEvent, generation: number): Promise<void> {
    // Closed meanwhile, or a newer change is queued behind this one: build that instead.
    if (session !== this.session || generation !== session.generation) return;
    if (event.type === 'diagnostics') return this.emit({ type: 'diagnostics', version: this.versionNumber, diagnostics: event.diagnostics });
    let site: SiteFiles;
    try {
      site = await this.buildSite(event.deck, event.diagnostics);
    } catch (error) {
      if (session === this.session) this.emit({ type: 'diagnostics', version: this.versionNumber, diagnostics: [buildFailure(error, 'Fix the deck and save again; the last good deck stays on screen.')] });
      return;
    }
    // A finished build is still newer than what is on screen: show it even when another change is queued.
    if (session !== this.session) return;
    this.show(event.deck, site);
    this.emit({ type: 'updated', version: this.versionNumber, deck: event.deck, site, diagnostics: event.diagnostics });
  }

  /**
   * The site of `deck`, its pages marked with the version it will have on screen (builds run
   * one at a time), carrying the deck's own diagnostics for the presenter's panel.
   */
  private buildSite(deck: Deck, diagnostics: Diagnostic[]): Promise<SiteFiles> {
    return this.build(deck, { ...this.siteOptions, diagnostics, runtime: { ...this.siteOptions.runtime, version: this.versionNumber + 1 } });
  }

  private show(deck: Deck, site: SiteFiles): void {
    this.current = { deck, site };
    this.versionNumber += 1;
  }

  private emit(event: LiveEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // A listener's bug must not stop live reload for the others.
        console.error('live deck listener failed:', error);
      }
    }
  }
}

/**
 * A site build that threw (an unknown theme, an asset gone between load and build) as a
 * diagnostic: at the place the error names, else at the deck folder ('.', as the loader
 * names it).
 */
export function buildFailure(error: unknown, hint: string): Diagnostic {
  const place = error instanceof DeckError ? error.place : undefined;
  return {
    file: place?.file ?? '.',
    line: place?.line ?? 1,
    column: 1,
    severity: 'error',
    code: 'site-build-failed',
    message: error instanceof Error ? error.message : String(error),
    hint: error instanceof DeckError ? error.hint : hint,
  };
}
