// The presented deck, kept current: loads a deck folder, builds its site into the
// protocol's root, and on every save rebuilds it (src/watch). A good rebuild bumps the
// version and announces 'deck-updated'; a broken save keeps the last good site and
// announces 'diagnostics' (main shows those in the presenter view only).
import type { Deck, Diagnostic, LoadResult } from '../src/deck/model.js';
import { DeckError } from '../src/errors.js';
import { buildSite, type SiteFiles, type SiteOptions } from '../src/site/site.js';
import { DeckWatcher, type WatchEvent } from '../src/watch/deck-watcher.js';

export interface LiveDeckEvents {
  updated(version: number, deck: Deck): void;
  diagnostics(version: number, diagnostics: Diagnostic[]): void;
}

/** The parts of DeckWatcher used here (a seam for tests). */
export interface Watcher {
  start(): LoadResult;
  on(listener: (event: WatchEvent) => void): () => void;
  stop(): void;
}

export interface LiveDeckSeams {
  watch?: (path: string) => Watcher;
  build?: (deck: Deck, options: SiteOptions) => Promise<SiteFiles>;
}

export type OpenResult = { ok: true; deck: Deck; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

function buildFailure(deck: Deck, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    file: error instanceof DeckError && error.place ? error.place.file : deck.root,
    line: error instanceof DeckError && error.place?.line ? error.place.line : 1,
    column: 1,
    severity: 'error',
    code: 'site-build-failed',
    message,
    hint: error instanceof DeckError ? error.hint : 'Fix the deck and save again; the last good deck stays on screen.',
  };
}

export class LiveDeck {
  private watcher: Watcher | null = null;
  private version = 0;
  private current: Deck | null = null;
  /** Rebuilds run one at a time, in save order, so an older build never replaces a newer one. */
  private queue: Promise<void> = Promise.resolve();
  private readonly watch: (path: string) => Watcher;
  private readonly build: (deck: Deck, options: SiteOptions) => Promise<SiteFiles>;

  constructor(
    private readonly setSite: (files: SiteFiles) => void,
    private readonly events: LiveDeckEvents,
    seams: LiveDeckSeams = {},
  ) {
    this.watch = seams.watch ?? ((path) => new DeckWatcher(path));
    this.build = seams.build ?? buildSite;
  }

  get deck(): Deck | null {
    return this.current;
  }

  /**
   * Opens a deck folder (or single-file deck) and starts watching it. A deck that loads
   * with errors but still has slides is presented, with its diagnostics; one with
   * nothing to present is refused and the previous deck stays.
   */
  async open(path: string): Promise<OpenResult> {
    const watcher = this.watch(path);
    const first = watcher.start();
    if (!first.deck) {
      watcher.stop();
      return { ok: false, diagnostics: first.diagnostics };
    }
    let files: SiteFiles;
    try {
      files = await this.build(first.deck, this.siteOptions());
    } catch (error) {
      watcher.stop();
      return { ok: false, diagnostics: [buildFailure(first.deck, error)] };
    }
    this.close();
    this.watcher = watcher;
    this.current = first.deck;
    this.version += 1;
    this.setSite(files);
    watcher.on((event) => {
      this.queue = this.queue.then(() => this.changed(watcher, event));
    });
    return { ok: true, deck: first.deck, diagnostics: first.diagnostics };
  }

  private siteOptions(): SiteOptions {
    // 'chunks': no font work per rebuild, and characters typed during live reload are covered.
    return { fonts: 'chunks' };
  }

  private async changed(watcher: Watcher, event: WatchEvent): Promise<void> {
    if (watcher !== this.watcher) return; // a save in a deck that was closed meanwhile
    if (event.type === 'diagnostics') {
      this.events.diagnostics(this.version, event.diagnostics);
      return;
    }
    let files: SiteFiles;
    try {
      files = await this.build(event.deck, this.siteOptions());
    } catch (error) {
      this.events.diagnostics(this.version, [buildFailure(event.deck, error)]);
      return;
    }
    if (watcher !== this.watcher) return;
    this.current = event.deck;
    this.version += 1;
    this.setSite(files);
    this.events.updated(this.version, event.deck);
    // Warnings of a good deck still belong in the presenter view.
    if (event.diagnostics.length > 0) this.events.diagnostics(this.version, event.diagnostics);
  }

  close(): void {
    this.watcher?.stop();
    this.watcher = null;
  }
}
