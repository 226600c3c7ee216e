// Watches a deck's folder and turns file changes into a new Deck or, when a save breaks
// the deck, diagnostics while the last good deck stays current.
//
// Why the folder and not the files: fs.watch on a file goes silent after an editor's
// atomic save (write a temporary file, rename it over the original); the folder's watch
// survives renames, deletions and re-creations.
//
// Why the re-check: a plain writer shows a watcher its half-written file. A load is only
// trusted when the changed files' sizes and mtimes are the same before and after it; a
// load with errors is retried once after a short settle time before it is reported,
// because a half-written file is the usual reason a save that was fine looks broken.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hasErrors as hasDiagnosticErrors } from '../deck/diagnostics.js';
import { loadDeck } from '../deck/load.js';
import type { Deck, Diagnostic, LoadResult } from '../deck/model.js';
import { FolderWatch } from './folder-watch.js';
import { createMemoRenderer } from './memo-renderer.js';

export type WatchEvent =
  /** The deck changed and loads without errors (warnings ride along). */
  | { type: 'deck'; deck: Deck; diagnostics: Diagnostic[] }
  /** The deck changed but has errors: `lastGood` is still the deck to present. */
  | { type: 'diagnostics'; diagnostics: Diagnostic[]; lastGood: Deck | null };

export interface DeckWatcherOptions {
  /** Quiet time after the last file event before loading (an editor's save is several events). */
  debounceMs?: number;
  /** Wait before confirming that a save really is broken. */
  settleMs?: number;
  /** Seam for tests and other loaders; defaults to loadDeck with a remembering renderer. */
  load?: (path: string) => LoadResult;
}

/** Editor droppings that never change the deck: dot files (swap files, .git), backups, vim's probe file. */
const ignored = /(^|[\\/])\.|~$|(^|[\\/])4913$|\.sw[px]$/;

function hasErrors(result: LoadResult): boolean {
  return result.deck === null || hasDiagnosticErrors(result.diagnostics);
}

export class DeckWatcher {
  private readonly path: string;
  private readonly folder: string;
  private readonly debounceMs: number;
  private readonly settleMs: number;
  private readonly load: (path: string) => LoadResult;
  private readonly listeners = new Set<(event: WatchEvent) => void>();
  private folderWatch: FolderWatch | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly pending = new Set<string>();
  private confirmingErrors = false;
  private lastGood: Deck | null = null;
  private lastEmitted = '';

  constructor(path: string, options: DeckWatcherOptions = {}) {
    this.path = resolve(path);
    this.folder = isDirectory(this.path) ? this.path : dirname(this.path);
    this.debounceMs = options.debounceMs ?? 5;
    this.settleMs = options.settleMs ?? 80;
    this.load = options.load ?? rememberingLoader();
  }

  /** The deck to present: the last one that loaded without errors. */
  get deck(): Deck | null {
    return this.lastGood;
  }

  on(listener: (event: WatchEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the deck once, starts watching, and returns that first load. */
  start(): LoadResult {
    const first = this.safeLoad();
    if (!hasErrors(first)) this.lastGood = first.deck;
    this.lastEmitted = signature(first);
    // A watch error (the folder itself removed) must not crash the host; it reports.
    this.folderWatch = new FolderWatch(
      this.folder,
      (file) => this.changed(file),
      (error) => this.emit({ type: 'diagnostics', diagnostics: [unreadable(this.path, error)], lastGood: this.lastGood }),
    );
    this.folderWatch.start();
    return first;
  }

  stop(): void {
    this.folderWatch?.stop();
    this.folderWatch = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private changed(file: string): void {
    if (file && ignored.test(file)) return;
    this.pending.add(file);
    this.schedule(this.debounceMs);
  }

  private schedule(ms: number): void {
    if (!this.folderWatch) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), ms);
  }

  private run(): void {
    this.timer = null;
    const files = [...this.pending];
    this.pending.clear();
    const before = this.snapshot(files);
    const result = this.safeLoad();
    if (this.snapshot(files) !== before || this.pending.size > 0) {
      // Still being written: look again once it is quiet.
      for (const f of files) this.pending.add(f);
      this.schedule(this.debounceMs);
      return;
    }
    if (hasErrors(result) && !this.confirmingErrors) {
      this.confirmingErrors = true;
      for (const f of files) this.pending.add(f);
      this.schedule(this.settleMs);
      return;
    }
    this.confirmingErrors = false;
    const sig = signature(result);
    if (sig === this.lastEmitted) return; // an event that changed nothing the deck shows
    this.lastEmitted = sig;
    if (hasErrors(result)) {
      const diagnostics = result.diagnostics.length ? result.diagnostics : [emptyDeck(this.path)];
      this.emit({ type: 'diagnostics', diagnostics, lastGood: this.lastGood });
    } else {
      this.lastGood = result.deck;
      this.emit({ type: 'deck', deck: result.deck!, diagnostics: result.diagnostics });
    }
  }

  private snapshot(files: string[]): string {
    return files
      .map((f) => {
        try {
          const s = statSync(join(this.folder, f));
          return `${f}:${s.size}:${s.mtimeMs}`;
        } catch {
          return `${f}:gone`;
        }
      })
      .join('|');
  }

  private safeLoad(): LoadResult {
    try {
      return this.load(this.path);
    } catch (error) {
      return { deck: null, diagnostics: [unreadable(this.path, error)] };
    }
  }

  private emit(event: WatchEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** loadDeck with a renderer that re-renders only the slides whose markdown changed. */
function rememberingLoader(): (path: string) => LoadResult {
  const memo = createMemoRenderer();
  return (path) => {
    try {
      return loadDeck(path, { render: memo.render });
    } finally {
      memo.sweep();
    }
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return !path.endsWith('.md');
  }
}

function signature(result: LoadResult): string {
  return JSON.stringify(result);
}

function emptyDeck(path: string): Diagnostic {
  return {
    file: path,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'deck-empty',
    message: 'The deck has no slides.',
    hint: 'Add a markdown file with some text; the last good deck stays on screen until then.',
  };
}

function unreadable(path: string, error: unknown): Diagnostic {
  return {
    file: path,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'deck-unreadable',
    message: `The deck could not be read: ${error instanceof Error ? error.message : String(error)}`,
    hint: 'Check that the deck folder and its files exist and are readable.',
  };
}
