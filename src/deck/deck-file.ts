// Reading one file of a deck, which may be hostile (a cloned repo): only a regular file
// inside the deck folder once links are followed, never more than a size limit. A FIFO
// or a device is never read (a FIFO would block forever, /dev/zero never ends), and the
// type is checked again on the open descriptor, so a file swapped after the first look
// is still caught.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/** Markdown and deck.yaml: far beyond any real deck, far below what would exhaust memory. */
export const textFileLimit = 32 * 1024 * 1024;
/** Images, audio, video: a long talk video fits, a runaway file does not. */
export const mediaFileLimit = 1024 * 1024 * 1024;

export type DeckFileProblem =
  | { kind: 'missing' }
  /** `link`: the path is inside the deck, but a symbolic link on it leads out. */
  | { kind: 'outside'; through: 'path' | 'link' }
  | { kind: 'folder' }
  | { kind: 'special'; type: string }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'unreadable'; reason: string };

export type DeckFileRead = { ok: true; bytes: Buffer; real: string } | { ok: false; problem: DeckFileProblem };

/** Whether `path` lies outside `root` (both absolute). */
export function isOutside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

function typeName(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Reads `path` (absolute) if it is a regular file inside `root` (a canonical path). */
export function readDeckFile(root: string, path: string, limit: number): DeckFileRead {
  if (isOutside(root, path)) return { ok: false, problem: { kind: 'outside', through: 'path' } };
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, problem: code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', reason: (e as Error).message } };
  }
  if (isOutside(root, real)) return { ok: false, problem: { kind: 'outside', through: 'link' } };
  const checkType = (s: Stats): DeckFileProblem | null => {
    if (s.isDirectory()) return { kind: 'folder' };
    if (!s.isFile()) return { kind: 'special', type: typeName(s) };
    if (s.size > limit) return { kind: 'too-large', size: s.size, limit };
    return null;
  };
  let fd: number;
  try {
    // Look before opening: opening some devices has effects of its own.
    const before = checkType(statSync(real));
    if (before) return { ok: false, problem: before };
    fd = openSync(real, openFlags);
  } catch (e) {
    return { ok: false, problem: { kind: 'unreadable', reason: (e as Error).message } };
  }
  try {
    const after = checkType(fstatSync(fd));
    if (after) return { ok: false, problem: after };
    // Read at most limit + 1 bytes: a file that grows while it is read is still capped.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(fstatSync(fd).size - total, 0) + 1, limit + 1 - total, 16 * 1024 * 1024) || 1);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > limit) return { ok: false, problem: { kind: 'too-large', size: total, limit } };
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), real };
  } catch (e) {
    return { ok: false, problem: { kind: 'unreadable', reason: (e as Error).message } };
  } finally {
    closeSync(fd);
  }
}

/** A size for messages: 1.5 GB, 40 MB. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.ceil(bytes / 1024 ** 2)} MB`;
}
