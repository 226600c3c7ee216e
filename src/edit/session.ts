// What the editor knows about a deck's files, and the rules that keep every word: a save
// goes through only when the disk still holds what the editor last read (otherwise the
// user chooses), unsaved text is journaled as it is typed, a deleted or renamed file is
// never re-created without being asked, and writes touch only the deck's own kinds of file.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { configFileName, isMarkdownName } from '../deck/files.js';
import { DeckError } from '../errors.js';
import { confinedPath, isEditableText, writeDeckFile } from './deck-write.js';
import type { DiskText, EditorOpening, RecoveredText, SaveOutcome } from '../contract.js';
import { RecoveryJournal } from './recovery-journal.js';

export const textHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export interface EditorSessionOptions {
  stateDir?: string;
  journalDelayMs?: number;
}

export class EditorSession {
  readonly journal: RecoveryJournal;
  /** Unsaved text by file: what the draft preview shows. */
  readonly buffers = new Map<string, string>();
  /** The disk hash each file had when the editor last read or wrote it. */
  private readonly known = new Map<string, string | null>();

  constructor(
    readonly deckDir: string,
    options: EditorSessionOptions = {},
  ) {
    this.deckDir = realpathSync(deckDir);
    this.journal = new RecoveryJournal(this.deckDir, { stateDir: options.stateDir, delayMs: options.journalDelayMs });
  }

  /** The deck's editable files: deck.yaml first, then markdown in name order. */
  files(): string[] {
    const names = readdirSync(this.deckDir).filter((n) => (n === configFileName || isMarkdownName(n)) && this.isRegular(n));
    return names.sort((a, b) => (a === configFileName ? -1 : b === configFileName ? 1 : a.localeCompare(b, 'en', { numeric: true })));
  }

  /** What the editor opens with: every file as the disk holds it, and what a crash left unsaved. */
  opening(): Pick<EditorOpening, 'files' | 'recovered'> {
    return { files: this.files().map((f) => this.read(f)), recovered: this.recover() };
  }

  read(file: string): DiskText {
    const disk = this.disk(file);
    this.known.set(file, disk.hash);
    return disk;
  }

  /** The buffer of `file` changed (null: it matches the disk again). */
  edit(file: string, text: string | null): void {
    this.check(file);
    if (text === null) {
      this.buffers.delete(file);
      this.journal.clear(file);
      return;
    }
    this.buffers.set(file, text);
    this.journal.note(file, text);
  }

  /**
   * Saves `text` if the disk still holds the version with hash `base` (null: the editor
   * believes the file does not exist yet). Anything else is a conflict for the user.
   */
  save(file: string, text: string, base: string | null): SaveOutcome {
    this.check(file);
    const disk = this.disk(file);
    if (disk.hash !== base) return { saved: false, disk };
    writeDeckFile(this.deckDir, file, text);
    const hash = textHash(text);
    this.known.set(file, hash);
    this.buffers.delete(file);
    this.journal.clear(file);
    return { saved: true, hash };
  }

  /** Renames a deck file; refuses to replace an existing one. */
  rename(from: string, to: string): void {
    this.check(from);
    this.check(to);
    const target = confinedPath(this.deckDir, to);
    if (existsSync(target)) throw new DeckError('io', `${to} already exists`, 'Choose another name; renaming never replaces a file.', { file: to });
    renameSync(confinedPath(this.deckDir, from), target);
    const buffer = this.buffers.get(from);
    this.edit(from, null);
    if (buffer !== undefined) this.edit(to, buffer);
    this.known.set(to, this.known.get(from) ?? null);
    this.known.delete(from);
  }

  /** Files whose disk content is not the version the editor last read or wrote (deleted ones included), and new files. */
  changedOnDisk(): DiskText[] {
    const names = new Set([...this.known.keys(), ...this.files()]);
    const changed = [...names].map((file) => this.disk(file)).filter((disk) => disk.hash !== (this.known.get(disk.file) ?? null));
    for (const disk of changed) if (!this.known.has(disk.file)) this.known.set(disk.file, disk.hash);
    return changed;
  }

  /** The editor took the disk's version (reloaded in place, or "take theirs"). */
  accept(disk: DiskText): void {
    this.known.set(disk.file, disk.hash);
  }

  recover(): RecoveredText[] {
    return this.journal.recover();
  }

  close(): void {
    this.journal.close();
  }

  private disk(file: string): DiskText {
    const abs = confinedPath(this.deckDir, file);
    let text: string | null = null;
    try {
      if (lstatSync(abs).isFile()) text = readFileSync(abs, 'utf8');
    } catch {
      /* not there */
    }
    return { file, text, hash: text === null ? null : textHash(text) };
  }

  private isRegular(name: string): boolean {
    try {
      return lstatSync(join(this.deckDir, name)).isFile();
    } catch {
      return false;
    }
  }

  private check(file: string): void {
    if (!isEditableText(file) || file.includes('/') || file.includes('\\')) {
      throw new DeckError('usage', `${file} is not a file the editor edits`, 'The editor edits the deck folder\'s own .md files and deck.yaml.', { file });
    }
    confinedPath(this.deckDir, file);
  }
}

const maxImageBytes = 50 * 1024 * 1024;

/**
 * Copies a pasted or dropped image into the deck's images/ folder under a name of its own
 * (`photo.png`, then `photo-2.png`…) and returns its path relative to the deck.
 */
export function addImage(session: EditorSession, name: string, bytes: Uint8Array): string {
  if (bytes.length > maxImageBytes) throw new DeckError('io', `${name} is larger than 50 MB`, 'Make the image smaller before adding it to the deck.');
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  const stem = (dot > 0 ? name.slice(0, dot) : name).normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'image';
  for (let n = 1; ; n++) {
    const candidate = `images/${stem}${n > 1 ? `-${n}` : ''}${ext}`;
    if (existsSync(confinedPath(session.deckDir, candidate))) continue;
    mkdirSync(join(session.deckDir, 'images'), { recursive: true });
    writeDeckFile(session.deckDir, candidate, bytes);
    return candidate;
  }
}
