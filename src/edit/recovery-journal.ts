// Every unsaved change, kept where a crash cannot reach it: one small file per edited deck
// file in the user's state folder (never in the deck), rewritten atomically at most a few
// times a second while the user types and removed when the file is saved. After a crash, a
// kill or a power cut, what the journal holds that differs from the disk is offered back.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { RecoveredText } from '../contract.js';
import { userStateDir } from '../paths.js';

interface Entry {
  file: string;
  text: string;
  at: string;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 20);

/** The journal folder of one deck. */
export function journalDir(deckDir: string, stateDir = userStateDir()): string {
  return join(stateDir, 'recovery', hash(realpathSync(deckDir)));
}

export class RecoveryJournal {
  readonly dir: string;
  private readonly pending = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  /** When the journal last wrote (ms since the epoch). */
  private written = 0;

  /** `delayMs`: the longest a keystroke waits before it is on the disk. */
  constructor(
    private readonly deckDir: string,
    options: { stateDir?: string; delayMs?: number } = {},
  ) {
    this.dir = journalDir(deckDir, options.stateDir);
    this.delayMs = options.delayMs ?? 250;
  }

  private readonly delayMs: number;

  /**
   * The buffer of `file` changed; it reaches the disk within `delayMs`. Written at once
   * when the last write is older than that: a timer waits for the process to be idle, and
   * a process busy rebuilding a large deck (it still takes each keystroke) could be killed
   * before the timer ever ran.
   */
  note(file: string, text: string): void {
    this.pending.set(file, text);
    const since = Date.now() - this.written;
    if (since >= this.delayMs) return this.flush();
    this.timer ??= setTimeout(() => this.flush(), this.delayMs - since);
  }

  /** Writes every pending buffer now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.written = Date.now();
    if (this.pending.size === 0) return;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    for (const [file, text] of this.pending) writeJson(join(this.dir, `${hash(file)}.json`), { file, text, at: new Date().toISOString() } satisfies Entry);
    this.pending.clear();
  }

  /** `file` was saved (or its buffer matches the disk again): nothing left to recover. */
  clear(file: string): void {
    this.pending.delete(file);
    rmSync(join(this.dir, `${hash(file)}.json`), { force: true });
  }

  /** What the journal holds that the disk does not. Entries equal to the disk are dropped. */
  recover(): RecoveredText[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith('.json'));
    } catch {
      return [];
    }
    const found: RecoveredText[] = [];
    for (const name of names) {
      let entry: Entry;
      try {
        entry = JSON.parse(readFileSync(join(this.dir, name), 'utf8')) as Entry;
      } catch {
        continue; // a temporary file cut short by a crash; the previous entry is still whole
      }
      if (typeof entry.file !== 'string' || typeof entry.text !== 'string') continue;
      let disk: string | null = null;
      try {
        disk = readFileSync(join(this.deckDir, entry.file), 'utf8');
      } catch {
        /* deleted since */
      }
      if (disk === entry.text) rmSync(join(this.dir, name), { force: true });
      else found.push({ file: entry.file, text: entry.text, disk, at: entry.at });
    }
    return found.sort((a, b) => a.file.localeCompare(b.file));
  }

  /** Empties the journal of this deck (the user discarded what it held). */
  discard(): void {
    this.pending.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  close(): void {
    this.flush();
  }
}

function writeJson(path: string, value: unknown): void {
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(value));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}
