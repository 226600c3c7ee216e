// Writes a site to a folder. The folder is the user's, and may come from a cloned repo
// with links planted in it: a file this tool did not write is never deleted or
// overwritten, and nothing is written or deleted through a symbolic link. A marker file
// records each file the last build wrote with the SHA-256 of what it wrote; a file is
// only the build's own while it still holds those bytes. Everything is checked before
// anything changes, so a refused build leaves the folder as it was.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { DeckError } from '../errors.js';
import type { SiteFiles } from '../site/site.js';

export const buildMarkerName = '.deck-build.json';
const generator = 'deck-presenter';

interface BuildMarker {
  generator: typeof generator;
  /** Site path → the SHA-256 values (hex) of contents this tool wrote there. */
  files: Record<string, string[]>;
}

const sha256 = (content: Uint8Array | string) => createHash('sha256').update(content).digest('hex');

function lstat(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** A path of the site (or from a marker) as a path under `out`, or null when it would leave it. */
function insideFolder(out: string, path: string): string | null {
  if (isAbsolute(path) || path.includes('\0')) return null;
  const full = resolve(out, normalize(path));
  const rel = relative(out, full);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? full : null;
}

function refuse(out: string, message: string, hint = 'Choose another folder with --out, or empty this one yourself (deck build will not do it for you).'): never {
  throw new DeckError('io', message, hint, { file: out });
}

function linkError(out: string, path: string): never {
  let to = '';
  try {
    to = ` (to ${realpathSync(path)})`;
  } catch {
    /* a dangling link */
  }
  refuse(out, `${path} in the output folder is a symbolic link${to}; deck build never writes or deletes through a link, so it stopped before changing anything.`, 'Remove the link (or choose another folder with --out) and build again.');
}

/**
 * What is at `full` (a path under `out`), checking every folder on the way: each must be
 * a real folder, never a link. null when nothing is there yet.
 */
function entryAt(out: string, full: string): Stats | null {
  const parts = relative(out, full).split(sep);
  let path = out;
  for (let i = 0; i < parts.length; i++) {
    path = join(path, parts[i]!);
    const stat = lstat(path);
    if (!stat) return null;
    if (stat.isSymbolicLink()) linkError(out, path);
    if (i < parts.length - 1 && !stat.isDirectory()) refuse(out, `${path} in the output folder is a file where deck build needs a folder.`);
    if (i === parts.length - 1) return stat;
  }
  return null;
}

function readMarker(out: string): BuildMarker | 'foreign' | null {
  const path = join(out, buildMarkerName);
  const stat = lstat(path);
  if (!stat) return null;
  if (stat.isSymbolicLink()) linkError(out, path);
  if (!stat.isFile()) return 'foreign';
  try {
    const marker = JSON.parse(readFileSync(path, 'utf8')) as Partial<BuildMarker>;
    const files = marker.files;
    if (marker.generator === generator && files && typeof files === 'object' && !Array.isArray(files)
      && Object.values(files).every((h) => Array.isArray(h) && h.every((x) => typeof x === 'string'))) return marker as BuildMarker;
  } catch {
    /* unreadable: not ours */
  }
  return 'foreign';
}

/** Writes by a new name and renames over the old: a link or hard link in the way is replaced, never written through. */
function writeAtomically(target: string, content: Uint8Array | string): void {
  const temp = `${target}.${randomBytes(6).toString('hex')}.deck-tmp`;
  // O_EXCL: if anything (a planted link) already has the temporary name, the open fails.
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done, bytes.byteLength - done);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

function removeEmptyParents(out: string, file: string): void {
  for (let dir = dirname(file); dir !== out && dir.startsWith(out + sep); dir = dirname(dir)) {
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

interface Plan {
  /** Files of the last build to delete (still holding what it wrote). */
  stale: string[];
  /** Site paths whose file already holds the new content. */
  same: Set<string>;
  previous: Record<string, string[]>;
}

/** Checks the folder against the marker and the new site; throws (touching nothing) when it is not safe to write. */
function plan(out: string, files: SiteFiles, hashes: Map<string, string>): Plan {
  const stat = lstat(out);
  if (!stat) return { stale: [], same: new Set(), previous: {} };
  if (stat.isSymbolicLink()) linkError(out, out);
  if (!stat.isDirectory()) refuse(out, `The output path ${out} is a file, not a folder.`, 'Pass a folder with --out (it is created when missing).');
  const marker = readMarker(out);
  if (marker === null && readdirSync(out).length > 0) {
    refuse(out, `The output folder ${out} already holds files that deck build did not write, so it will not write there (it would have to delete or mix with them).`);
  }
  if (marker === 'foreign') {
    refuse(out, `The output folder ${out} has a ${buildMarkerName} that this deck build did not write (an older version, or edited by hand), so it cannot tell which files are its own.`);
  }
  const previous = marker?.files ?? {};
  const ours = (path: string): { full: string; stat: Stats | null; hash?: string } => {
    const full = insideFolder(out, path);
    if (!full) refuse(out, `${buildMarkerName} in ${out} lists ${JSON.stringify(path)}, which is outside the folder: the marker was not written by deck build.`);
    const stat = entryAt(out, full);
    if (stat && !stat.isFile()) refuse(out, `${full} is not a file, but the build needs to replace it.`);
    return { full, stat, hash: stat ? sha256(readFileSync(full)) : undefined };
  };
  const result: Plan = { stale: [], same: new Set(), previous };
  for (const path of Object.keys(previous)) {
    const { full, stat, hash } = ours(path);
    if (!stat) continue;
    if (!previous[path]!.includes(hash!)) {
      refuse(out, `${full} was changed after deck build wrote it (or ${buildMarkerName} was not written by deck build), so it is not deck build's to replace or delete.`);
    }
    if (!files.has(path)) result.stale.push(full);
    else if (hashes.get(path) === hash) result.same.add(path);
  }
  for (const path of files.keys()) {
    if (Object.hasOwn(previous, path)) continue;
    if (ours(path).stat) refuse(out, `The output folder ${out} already holds ${path}, which deck build did not write.`);
  }
  return result;
}

/** Writes `files` under `outDir`, removing files a previous build wrote that are no longer part of the site. */
export function writeSiteFolder(files: SiteFiles, outDir: string): void {
  const out = resolve(outDir);
  const hashes = new Map([...files].map(([path, content]) => [path, sha256(content)]));
  for (const path of files.keys()) {
    if (!insideFolder(out, path)) throw new DeckError('internal', `The site file name ${path} points outside the output folder.`, 'This is a bug in deck build; please report it.');
  }
  try {
    const { stale, same, previous } = plan(out, files, hashes);
    mkdirSync(out, { recursive: true });
    const realOut = realpathSync(out);
    // The marker goes first and names old and new contents: if writing stops half way, the next build still knows every file as its own.
    const during: Record<string, string[]> = { ...previous };
    for (const [path, hash] of hashes) during[path] = [...new Set([...(previous[path] ?? []), hash])];
    const writeMarker = (list: Record<string, string[]>) => writeAtomically(join(out, buildMarkerName), `${JSON.stringify({ generator, files: list } satisfies BuildMarker, null, 2)}\n`);
    writeMarker(during);
    for (const full of stale) {
      unlinkSync(full);
      removeEmptyParents(out, full);
    }
    const made = new Set<string>([out]);
    for (const [path, content] of files) {
      if (same.has(path)) continue;
      const target = insideFolder(out, path)!;
      for (let dir = dirname(target), todo: string[] = []; ; dir = dirname(dir)) {
        if (made.has(dir)) {
          for (const d of todo.reverse()) {
            const stat = entryAt(out, d);
            if (!stat) mkdirSync(d);
            else if (!stat.isDirectory()) refuse(out, `${d} in the output folder is a file where deck build needs a folder.`);
            made.add(d);
          }
          break;
        }
        todo.push(dir);
      }
      const stat = entryAt(out, target);
      if (stat && !stat.isFile()) refuse(out, `${target} is not a file, but the build needs to replace it.`);
      // Every check above looked at names; this one looks at where they really lead.
      if (relative(realOut, realpathSync(dirname(target))).startsWith('..')) linkError(out, dirname(target));
      writeAtomically(target, content);
    }
    writeMarker(Object.fromEntries([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, hash]) => [path, [hash]])));
  } catch (error) {
    if (error instanceof DeckError) throw error;
    throw new DeckError('io', `Cannot write the output folder ${out}: ${(error as Error).message}.`, 'Check that the folder is writable and the disk is not full, then build again.', { file: out });
  }
}
