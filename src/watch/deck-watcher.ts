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
//
// Why the quiet time: a writer that pauses between chunks (a slow disk, a sync tool, a
// script writing in two steps) leaves a first half that loads fine and would be shown
// to the room. A file that looks cut off — now the beginning of what it was, or no longer
// ending with a line break — is published only once it has been still for `quietMs`;
// any other save is published at once, so live reload stays fast where it matters.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hasErrors } from '../deck/diagnostics.js';
import { loadDeck } from '../deck/load.js';
import type { Deck, Diagnostic, LoadResult } from '../deck/model.js';
import { FolderWatch } from './folder-watch.js';
import { createMemoRenderer, firstOnly } from './memo-renderer.js';
import type { SlideRenderer } from '../deck/render.js';

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
  /** How long a file that looks cut off must stay unchanged before it is published. */
  quietMs?: number;
  /** Unsaved text of deck files (an editor's buffers), read instead of the disk; see loadDeck. */
  unsaved?: (name: string) => string | undefined;
  /**
   * Seam for tests and other loaders; defaults to loadDeck with a remembering renderer.
   * `firstSlides`: render only that many slides (see DeckWatcher.start), when it can.
   */
  load?: (path: string, firstSlides?: number) => LoadResult;
}



/** Editor droppings that never change the deck: dot files (swap files, .git), backups, vim's probe file. */
const ignored = /(^|[\\/])\.|~$|(^|[\\/])4913$|\.sw[px]$/;

/** A load that cannot be shown: no deck, or a deck with errors (the last good one stays on screen). */
function cannotShow(result: LoadResult): boolean {
  return result.deck === null || hasErrors(result.diagnostics);
}

export class DeckWatcher {
  private readonly path: string;
  private readonly folder: string;
  private readonly debounceMs: number;
  private readonly settleMs: number;
  private readonly quietMs: number;
  private readonly load: (path: string, firstSlides?: number) => LoadResult;
  private readonly listeners = new Set<(event: WatchEvent) => void>();
  private folderWatch: FolderWatch | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly pending = new Set<string>();
  private confirmingErrors = false;
  private lastGood: Deck | null = null;
  private lastEmitted: LoadResult | null = null;
  /** The deck's text files as last published (or as found at start), to tell a finished save from a cut-off one. */
  private readonly published = new Map<string, Buffer>();
  /** Files that look cut off: their stat when first seen so, and since when it has not changed. */
  private readonly settling = new Map<string, { stat: string; since: number }>();

  constructor(path: string, options: DeckWatcherOptions = {}) {
    this.path = resolve(path);
    this.folder = isDirectory(this.path) ? this.path : dirname(this.path);
    this.debounceMs = options.debounceMs ?? 5;
    this.settleMs = options.settleMs ?? 80;
    this.quietMs = options.quietMs ?? 750;
    this.load = options.load ?? rememberingLoader(options.unsaved);
  }

  /** The deck to present: the last one that loaded without errors. */
  get deck(): Deck | null {
    return this.lastGood;
  }

  on(listener: (event: WatchEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Loads the deck once, starts watching, and returns that first load. With
   * `firstSlides`, only that many slides are rendered (the others stand empty) and the
   * load is incomplete: its diagnostics are those of the settings and of those slides,
   * until loadAll() does the rest.
   */
  start(firstSlides?: number): LoadResult {
    const first = this.safeLoad(firstSlides);
    if (!cannotShow(first)) this.lastGood = first.deck;
    this.lastEmitted = first;
    for (const name of safeList(this.folder)) this.remember(name);
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
    this.settling.clear();
  }

  /** The whole deck, loaded now and taken as the one on screen (the end of a start with firstSlides). */
  loadAll(): LoadResult {
    const all = this.safeLoad();
    if (!cannotShow(all)) this.lastGood = all.deck;
    this.lastEmitted = all;
    return all;
  }

  /** Loads again now, without waiting for the disk to settle: the unsaved text changed. */
  refresh(): void {
    if (this.folderWatch) this.publish(this.safeLoad(), []);
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
    const wait = this.untilStill(files);
    if (wait > 0) {
      for (const f of files) this.pending.add(f);
      this.schedule(wait);
      return;
    }
    const before = this.snapshot(files);
    const result = this.safeLoad();
    if (this.snapshot(files) !== before || this.pending.size > 0) {
      // Still being written: look again once it is quiet.
      for (const f of files) this.pending.add(f);
      this.schedule(this.debounceMs);
      return;
    }
    if (cannotShow(result) && !this.confirmingErrors) {
      this.confirmingErrors = true;
      for (const f of files) this.pending.add(f);
      this.schedule(this.settleMs);
      return;
    }
    this.confirmingErrors = false;
    this.publish(result, files);
  }

  private publish(result: LoadResult, files: readonly string[]): void {
    // '' is the folder itself (removed, re-created): every file may be new.
    for (const f of files.includes('') ? safeList(this.folder) : files) this.remember(f);
    if (sameData(result, this.lastEmitted)) return; // an event that changed nothing the deck shows
    this.lastEmitted = result;
    if (cannotShow(result)) {
      const diagnostics = result.diagnostics.length ? result.diagnostics : [emptyDeck(this.path)];
      this.emit({ type: 'diagnostics', diagnostics, lastGood: this.lastGood });
    } else {
      this.lastGood = result.deck;
      this.emit({ type: 'deck', deck: result.deck!, diagnostics: result.diagnostics });
    }
  }

  private snapshot(files: readonly string[]): string {
    return files.map((f) => `${f}:${statOf(join(this.folder, f))}`).join('|');
  }

  /** Milliseconds to wait before the changed files can be trusted; 0 when they can now. */
  private untilStill(files: readonly string[]): number {
    let wait = 0;
    const now = performance.now();
    for (const f of files) {
      const content = contentOf(join(this.folder, f));
      if (!content || !looksCutOff(content, this.published.get(f))) {
        this.settling.delete(f);
        continue;
      }
      const stat = statOf(join(this.folder, f));
      const seen = this.settling.get(f);
      if (!seen || seen.stat !== stat) this.settling.set(f, { stat, since: now });
      wait = Math.max(wait, (seen && seen.stat === stat ? seen.since : now) + this.quietMs - now);
    }
    return wait > 0 ? Math.ceil(wait) : 0;
  }

  private remember(file: string): void {
    this.settling.delete(file);
    const content = contentOf(join(this.folder, file));
    if (content) this.published.set(file, content);
    else this.published.delete(file);
  }

  private safeLoad(firstSlides?: number): LoadResult {
    try {
      return this.load(this.path, firstSlides);
    } catch (error) {
      return { deck: null, diagnostics: [unreadable(this.path, error)] };
    }
  }

  private emit(event: WatchEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** loadDeck with a renderer that re-renders only the slides whose markdown changed (`inner`: how a slide is rendered). */
export function rememberingLoader(unsaved?: (name: string) => string | undefined, inner?: SlideRenderer): (path: string, firstSlides?: number) => LoadResult {
  const memo = createMemoRenderer(inner);
  return (path, firstSlides) => {
    try {
      // A slide is rendered once: its body, then its notes when it has some.
      return loadDeck(path, { render: firstSlides === undefined ? memo.render : firstOnly(memo.render, 2 * firstSlides), unsaved });
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

/** Text files, whose content says whether they were cut off. */
const textFile = /\.(md|markdown|ya?ml)$/i;
/** Larger files are not compared (a deck's text is far smaller); they are published as seen. */
const comparedBytes = 8 * 1024 * 1024;

/**
 * A save that is probably still being written: the file is now the beginning of what it
 * was (the first chunk of a rewrite, or an emptied file), or it stopped ending with a
 * line break (cut mid-line). A file that never ended with one (some editors' default)
 * only trips the first test, and so does a save that deletes the end of a file.
 */
function looksCutOff(now: Buffer, before: Buffer | undefined): boolean {
  const endsWithLineBreak = (b: Buffer) => b.length === 0 || b[b.length - 1] === 0x0a;
  if (!before) return !endsWithLineBreak(now);
  if (now.length < before.length && before.subarray(0, now.length).equals(now)) return true;
  return endsWithLineBreak(before) && !endsWithLineBreak(now);
}

function statOf(path: string): string {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return 'gone';
  }
}

/** The bytes of a deck text file; null for anything else (gone, a folder, a FIFO, an image, a huge file). */
function contentOf(path: string): Buffer | null {
  if (!textFile.test(path)) return null;
  let fd: number | undefined;
  try {
    // Non-blocking: a FIFO swapped in after the check below must not hang the watcher.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const s = fstatSync(fd);
    if (!s.isFile() || s.size > comparedBytes) return null;
    const bytes = Buffer.alloc(s.size);
    const read = readSync(fd, bytes, 0, s.size, 0);
    return bytes.subarray(0, read);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => !ignored.test(name));
  } catch {
    return [];
  }
}

/**
 * Whether two loads are the same plain data (as their JSON would be, fields left
 * undefined aside), compared without writing each as JSON: a megabyte at 1,000 slides,
 * where the unchanged slides' HTML is the very same string.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameData(item, (b as unknown[])[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  return keys.length === Object.keys(y).filter((k) => y[k] !== undefined).length && keys.every((k) => sameData(x[k], y[k]));
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
