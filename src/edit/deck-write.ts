// The editor's only way to change a user's file. A write lands whole or not at all: the
// new text goes to a temporary file in the same folder (same file system, so the rename is
// atomic), is flushed to the disk, and is renamed over the original, keeping its mode. The
// temporary name starts with a dot and ends in `.tmp`, so nothing ever takes it for a slide.
// Writes stay inside the deck folder, never pass through a symbolic link, and touch only
// the kinds of file a deck is made of.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsyncSync, lstatSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, normalize } from 'node:path';
import { DeckError } from '../errors.js';

const textExtensions = new Set(['.md', '.markdown', '.yaml', '.yml']);
const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

export function isEditableText(name: string): boolean {
  return textExtensions.has(extname(name).toLowerCase());
}

export function isImageName(name: string): boolean {
  return imageExtensions.has(extname(name).toLowerCase());
}

/** A temporary file of ours; the watcher and the deck loader skip these (they start with a dot). */
export function isSaveTemp(name: string): boolean {
  return /^\..+\.deck-save-[0-9a-f]+\.tmp$/.test(name);
}

/**
 * The absolute path of `relPath` inside `deckDir`, after checking that no part of it is a
 * symbolic link and that it is a name the editor may write. Parts that do not exist yet are
 * fine (a new file or folder); they are created by the caller.
 */
export function confinedPath(deckDir: string, relPath: string): string {
  const refuse = (why: string, hint: string) => new DeckError('io', `${relPath}: ${why}`, hint, { file: relPath });
  if (relPath === '' || isAbsolute(relPath) || relPath.includes('\0')) throw refuse('not a file name inside the deck', 'Use a path relative to the deck folder.');
  const parts = normalize(relPath).split(/[\\/]+/);
  if (parts.some((p) => p === '..' || p === '.' || p === '')) throw refuse('leaves the deck folder', 'Use a path inside the deck folder, without "..".');
  if (parts.some((p) => p.startsWith('.'))) throw refuse('hidden files are not part of a deck', 'Choose a name that does not start with a dot.');
  const name = parts[parts.length - 1]!;
  if (!isEditableText(name) && !isImageName(name)) {
    throw refuse('the editor writes only markdown, YAML and image files', 'Name it .md, .yaml or an image extension (.png, .jpg, .svg…).');
  }
  const root = realpathSync(deckDir);
  let path = root;
  for (const part of parts) {
    path = join(path, part);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      break; // the rest does not exist yet
    }
    if (stat.isSymbolicLink()) throw refuse('is (or goes through) a symbolic link', 'The editor never writes through a link; edit the file it points to in its own folder.');
  }
  return join(root, ...parts);
}

/** Writes `data` to `relPath` in the deck, atomically. Returns the absolute path written. */
export function writeDeckFile(deckDir: string, relPath: string, data: string | Uint8Array): string {
  const target = confinedPath(deckDir, relPath);
  let mode = 0o644;
  try {
    const stat = lstatSync(target);
    if (!stat.isFile()) throw new DeckError('io', `${relPath} is not a regular file`, 'Rename whatever is there, then save again.', { file: relPath });
    mode = stat.mode & 0o7777;
  } catch (e) {
    if (e instanceof DeckError) throw e;
  }
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.deck-save-${randomBytes(6).toString('hex')}.tmp`);
  // O_EXCL: a link planted at the temporary name is refused, never followed.
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(temp);
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (e) {
    unlinkSync(temp);
    throw e;
  }
  syncFolder(dir);
  return target;
}

// The rename is durable only once the folder's entry is on the disk too (a power cut right
// after a save must not bring back the old file). Windows cannot open folders; its
// rename is already journaled by NTFS.
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, constants.O_RDONLY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
