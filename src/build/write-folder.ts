// Writes a site to a folder. The folder is the user's: a file this tool did not write is
// never deleted. A marker file lists what the last build wrote, so the next build can
// remove exactly those of its own files that are stale; a folder with content but no
// marker is refused.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { DeckError } from '../errors.js';
import type { SiteFiles } from '../site/site.js';

export const buildMarkerName = '.deck-build.json';
const generator = 'deck-presenter';

interface BuildMarker {
  generator: typeof generator;
  files: string[];
}

function readMarker(outDir: string): BuildMarker | null {
  try {
    const marker = JSON.parse(readFileSync(join(outDir, buildMarkerName), 'utf8')) as Partial<BuildMarker>;
    if (marker.generator === generator && Array.isArray(marker.files) && marker.files.every((f) => typeof f === 'string')) return marker as BuildMarker;
  } catch {
    /* missing or unreadable: not ours */
  }
  return null;
}

/** A path from a marker, if it stays inside the folder (a hand-edited marker must not reach out). */
function insideFolder(outDir: string, path: string): string | null {
  if (isAbsolute(path)) return null;
  const full = resolve(outDir, normalize(path));
  const rel = relative(outDir, full);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? full : null;
}

function removeEmptyParents(outDir: string, file: string): void {
  for (let dir = dirname(file); dir !== outDir && dir.startsWith(outDir + sep); dir = dirname(dir)) {
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

/**
 * Whether a file from the previous build already holds `content`: most of a rebuild
 * (runtime, fonts, styles) is byte-identical, and rewriting a file costs more than
 * comparing it.
 */
function unchanged(target: string, content: Uint8Array | string): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  try {
    if (statSync(target).size !== bytes.byteLength) return false;
    return Buffer.compare(readFileSync(target), bytes) === 0;
  } catch {
    return false;
  }
}

function previousFiles(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  if (!statSync(outDir).isDirectory()) {
    throw new DeckError('io', `The output path ${outDir} is a file, not a folder.`, 'Pass a folder with --out (it is created when missing).', { file: outDir });
  }
  const marker = readMarker(outDir);
  if (marker) return marker.files;
  if (readdirSync(outDir).length > 0) {
    throw new DeckError(
      'io',
      `The output folder ${outDir} already holds files that deck build did not write, so it will not write there (it would have to delete or mix with them).`,
      'Choose another folder with --out, or empty this one yourself.',
      { file: outDir },
    );
  }
  return [];
}

/** Writes `files` under `outDir`, removing files a previous build wrote that are no longer part of the site. */
export function writeSiteFolder(files: SiteFiles, outDir: string): void {
  const out = resolve(outDir);
  const previous = previousFiles(out);
  try {
    for (const path of previous) {
      if (files.has(path)) continue;
      const full = insideFolder(out, path);
      if (!full) continue;
      rmSync(full, { force: true });
      removeEmptyParents(out, full);
    }
    mkdirSync(out, { recursive: true });
    // The marker goes first: if writing stops half way, the next build still knows these files are its own.
    const marker: BuildMarker = { generator, files: [...files.keys()].sort() };
    writeFileSync(join(out, buildMarkerName), `${JSON.stringify(marker, null, 2)}\n`);
    const made = new Set<string>();
    const previousSet = new Set(previous);
    for (const [path, content] of files) {
      const target = insideFolder(out, path);
      if (!target) throw new DeckError('internal', `The site file name ${path} points outside the output folder.`, 'This is a bug in deck build; please report it.');
      const dir = dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      if (previousSet.has(path) && unchanged(target, content)) continue;
      writeFileSync(target, content);
    }
  } catch (error) {
    if (error instanceof DeckError) throw error;
    throw new DeckError('io', `Cannot write the output folder ${out}: ${(error as Error).message}.`, 'Check that the folder is writable and the disk is not full, then build again.', { file: out });
  }
}
