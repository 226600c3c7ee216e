// The file an export writes, checked before any work: a folder that does not exist, a
// path that is a folder, or a place that cannot be written is one clear error (exit 3)
// at once, not after the whole deck was rendered.
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DeckError } from '../errors.js';

/** How a path is shown: relative to the working folder when it is below it. */
export function shownPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/** The path's status; null when nothing is there (or a file stands where a folder of the path should). */
function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new DeckError('io', `Cannot write ${shownPath(path)}: ${(error as Error).message}.`, 'Choose another file with -o.', { file: shownPath(path) });
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The absolute path `path` resolves to, when a file can be written there; otherwise a
 * DeckError ('io') saying why and what to do. `example` is a file name for the hint.
 */
export function checkOutputFile(path: string, example: string): string {
  const target = resolve(path);
  const shown = shownPath(target);
  const refuse = (why: string, hint: string) => new DeckError('io', `Cannot write ${shown}: ${why}.`, hint, { file: shown });
  const folder = dirname(target);
  const existing = statOrNull(target);
  if (existing?.isDirectory()) throw refuse('it is a folder', `Give a file name, e.g. -o ${join(shown, example)}.`);
  const parent = statOrNull(folder);
  if (!parent) throw refuse(`the folder ${shownPath(folder)} does not exist`, `Create it first (mkdir -p ${shownPath(folder)}), or choose another file with -o.`);
  if (!parent.isDirectory()) throw refuse(`${shownPath(folder)} is not a folder`, 'Choose another file with -o.');
  if (existing && !writable(target)) throw refuse('the file is read-only', 'Choose another file with -o, or make it writable.');
  if (!existing && !writable(folder)) throw refuse(`the folder ${shownPath(folder)} is not writable`, 'Choose another file with -o in a folder you can write to.');
  return target;
}

/**
 * Writes `bytes` to `target` by a temporary name in the same folder, renamed over it: a
 * failed or interrupted export never leaves half a file where the last good one was.
 */
export function writeOutputFile(target: string, bytes: Uint8Array): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new DeckError('io', `Cannot write ${shownPath(target)}: ${(error as Error).message}.`, 'Choose another file with -o, or check that its folder is writable and has space.', { file: shownPath(target) });
  }
}
