// The bundled Chinese font (@fontsource/noto-sans-sc, split by the package into woff2
// chunks by unicode-range), weights 400 and 700 only, as files of the site plus a
// fonts/fonts.css declaring them. Two strategies:
//  - 'subset': only the glyphs the deck uses. Each chunk that covers a used character is
//    cut down with subset-font (harfbuzz in wasm) to exactly those characters; the
//    @font-face says so in its unicode-range. Subsets are cached on disk, keyed by the
//    font package version, chunk and characters, so a warm build does no font work.
//  - 'chunks': the chunks that cover a used character, as shipped, each declared with its
//    unicode-range. No font work per build, only a lookup. Listing all ~200 chunks instead
//    made fonts.css ~190 kB, which the page must parse and match before its first paint;
//    a save that brings a character from a new chunk gets that chunk on the next rebuild,
//    and the live page adds it (src/present/fonts.ts) — for the server, the Electron
//    protocol and PDF.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePaths } from '../contract.js';
import { notoSansScDir } from '../paths.js';
import { renameFont, trueNotoNames } from './font-names.js';
import { formatUnicodeRange, parseUnicodeRange, type Range } from './unicode-range.js';

/**
 * subset: woff2 subsets (the offline build and the single-file HTML: what is shipped);
 * print: the same subsets left uncompressed (TrueType), for a browser on this machine
 * (PDF and PowerPoint export): no compressing here, no decompressing there;
 * chunks: the package's chunks as shipped (served pages, live reload).
 */
export type FontStrategy = 'subset' | 'print' | 'chunks';

export const fontFamily = 'Noto Sans SC';
export const fontWeights = [400, 700] as const;
/** Where fonts.css sits in the site; font files sit beside it. */
export const fontsCssPath = sitePaths.fontsCss;


export interface FontChunk {
  weight: number;
  /** woff2 file name inside the package's files/ folder. */
  file: string;
  unicodeRange: string;
  /** `unicodeRange` parsed, on first use (most builds find the chunk owners cached, see ownerTable). */
  readonly ranges: Range[];
}

export interface FontBundle {
  /** Content of fonts/fonts.css. */
  css: string;
  /** Site path (fonts/…) → woff2 bytes. */
  files: Map<string, Uint8Array>;
}

export interface SubsetOptions {
  /** Folder for cached subsets; created when missing. Unwritable means no cache, not failure. */
  cacheDir: string;
  /** woff2 (default) to ship, truetype for a browser on this machine. */
  format?: 'woff2' | 'truetype';
}

/** Part of every cache key: a new value retires subsets cut before a change to how they are made (v2: true names). */
const subsetVersion = 2;


let chunkList: FontChunk[] | undefined;

/** The package's chunks in its own declaration order (which decides overlaps, see below). */
export function fontChunks(): FontChunk[] {
  if (chunkList) return chunkList;
  chunkList = [];
  // The weights share their chunking: each distinct range list is parsed once.
  const parsed = new Map<string, Range[]>();
  const rangesOf = (value: string) => {
    let ranges = parsed.get(value);
    if (!ranges) parsed.set(value, (ranges = parseUnicodeRange(value)));
    return ranges;
  };
  for (const weight of fontWeights) {
    const css = readFileSync(join(notoSansScDir, `${weight}.css`), 'utf8');
    for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block[1]!)?.[1];
      const unicodeRange = /unicode-range:\s*([^;]+);/.exec(block[1]!)?.[1]?.trim();
      if (!file || !unicodeRange) continue;
      chunkList.push({
        weight,
        file,
        unicodeRange,
        get ranges() {
          return rangesOf(unicodeRange);
        },
      });
    }
  }
  return chunkList;
}

let fontPackageVersion: string | undefined;
function packageVersion(): string {
  return (fontPackageVersion ??= (JSON.parse(readFileSync(join(notoSansScDir, 'package.json'), 'utf8')) as { version: string }).version);
}

const fileCache = new Map<string, Buffer>();
function chunkBytes(file: string): Buffer {
  let bytes = fileCache.get(file);
  if (!bytes) {
    bytes = readFileSync(join(notoSansScDir, 'files', file));
    fileCache.set(file, bytes);
  }
  return bytes;
}

function fontFace(weight: number, url: string, unicodeRange: string, format: 'woff2' | 'truetype' = 'woff2'): string {
  // 'block': with no Chinese system font the fallback would be empty boxes, so it is
  // better to wait the few milliseconds a local file takes than to flash them.
  return `@font-face {\n  font-family: '${fontFamily}';\n  font-style: normal;\n  font-weight: ${weight};\n  font-display: block;\n  src: url(${url}) format('${format}');\n  unicode-range: ${unicodeRange};\n}\n`;
}

/**
 * Per weight, the chunks in declaration order and a table of the position + 1 (in that
 * list) of the chunk that draws each code point, 0 for none. Where chunks overlap the
 * browser uses the last declared face, so filling in declaration order lets the last
 * covering chunk win here too. Built once, and shared by weights chunked alike: a lookup
 * per character is what keeps 'chunks' cheap enough for every live-reload rebuild.
 */
interface OwnerTable {
  chunks: FontChunk[];
  owner: Uint16Array;
}
let owners: Map<number, OwnerTable> | undefined;
// Past this (beyond the CJK extension planes) a character is looked up range by range.
const tableSize = 0x30000;

/** The tables of all weights, built on first use (~20 ms of parsing the package's ranges). */
function ownerTable(weight: number): OwnerTable {
  if (!owners) {
    const lists = fontWeights.map((w) => fontChunks().filter((c) => c.weight === w));
    const tables = buildOwnerTables(lists);
    owners = new Map(fontWeights.map((w, i) => [w, { chunks: lists[i]!, owner: tables[i]! }]));
  }
  return owners.get(weight)!;
}

function buildOwnerTables(lists: FontChunk[][]): Uint16Array[] {
  const tables: Uint16Array[] = [];
  lists.forEach((chunks, i) => {
    // Weights chunked alike (the usual case) share one table.
    const previous = lists[i - 1];
    if (previous && previous.length === chunks.length && previous.every((c, j) => c.unicodeRange === chunks[j]!.unicodeRange)) {
      return void tables.push(tables[i - 1]!);
    }
    const owner = new Uint16Array(tableSize);
    chunks.forEach((chunk, index) => {
      for (const [start, end] of chunk.ranges) if (start < tableSize) owner.fill(index + 1, start, Math.min(end + 1, tableSize));
    });
    tables.push(owner);
  });
  return tables;
}

function ownerOf(codePoint: number, weight: number): FontChunk | undefined {
  const { chunks, owner } = ownerTable(weight);
  if (codePoint < tableSize) return chunks[owner[codePoint]! - 1];
  return chunks.findLast((chunk) => chunk.ranges.some(([start, end]) => codePoint >= start && codePoint <= end));
}

/**
 * Which chunk draws each code point, per weight: the last declared chunk covering it, as
 * in the browser. Code points no chunk covers are left out (they would fall back to a
 * system font).
 */
export function assignCodePoints(codePoints: readonly number[]): Map<FontChunk, number[]> {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const assigned = new Map<FontChunk, number[]>();
  for (const weight of fontWeights) {
    for (const cp of sorted) {
      const chunk = ownerOf(cp, weight);
      if (!chunk) continue;
      const list = assigned.get(chunk);
      if (list) list.push(cp);
      else assigned.set(chunk, [cp]);
    }
  }
  return assigned;
}

/** The chunks that draw `codePoints`, untouched. Chunk bytes are read once per process and shared between builds. */
export function chunkedFonts(codePoints: readonly number[]): FontBundle {
  const files = new Map<string, Uint8Array>();
  const faces: string[] = [];
  const used = assignCodePoints(codePoints);
  // In the package's declaration order, which decides overlaps (see ownerTable).
  for (const chunk of fontChunks()) {
    if (!used.has(chunk)) continue;
    files.set(chunkPath(chunk), chunkBytes(chunk.file));
    faces.push(fontFace(chunk.weight, chunk.file, chunk.unicodeRange));
  }
  return { css: faces.join('\n'), files };
}

const chunkPath = (chunk: FontChunk) => `fonts/${chunk.file}`;

/** In 'chunks' bundles: the font files (site paths) a page showing `codePoints` loads, in either weight. */
export function chunkFilesFor(codePoints: readonly number[]): string[] {
  return [...assignCodePoints(codePoints).keys()].map(chunkPath);
}

function cacheKey(chunk: FontChunk, codePoints: readonly number[], format: string): string {
  return createHash('sha256').update(`${packageVersion()}\n${subsetVersion}\n${format}\n${chunk.file}\n${codePoints.join(',')}`).digest('hex').slice(0, 32);
}

function readCached(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function writeCached(dir: string, path: string, bytes: Uint8Array | string): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a concurrent build never reads half a font.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch {
    // The cache only saves time; a read-only location (e.g. inside a packaged app) is fine.
  }
}

interface SubsetManifest {
  css: string;
  /** Site path → cache file name. */
  files: [string, string][];
}

/**
 * Only the glyphs for `codePoints`, one subset file per chunk that covers any of them.
 * A manifest cached per set of characters lets a warm build skip reading the package's
 * chunk tables altogether.
 */
export async function subsetFonts(codePoints: readonly number[], options: SubsetOptions): Promise<FontBundle> {
  const format = options.format ?? 'woff2';
  const extension = format === 'woff2' ? '.woff2' : '.ttf';
  const manifestPath = join(options.cacheDir, `set-${createHash('sha256').update(`${packageVersion()}\n${subsetVersion}\n${format}\n${codePoints.join(',')}`).digest('hex').slice(0, 32)}.json`);
  const cachedManifest = readCached(manifestPath);
  if (cachedManifest) {
    const manifest = JSON.parse(cachedManifest.toString('utf8')) as SubsetManifest;
    const files = new Map<string, Uint8Array>();
    for (const [sitePath, cacheFile] of manifest.files) {
      const bytes = readCached(join(options.cacheDir, cacheFile));
      if (!bytes) break;
      files.set(sitePath, bytes);
    }
    if (files.size === manifest.files.length) return { css: manifest.css, files };
  }

  const files = new Map<string, Uint8Array>();
  const faces: string[] = [];
  const entries: [string, string][] = [];
  const misses: { chunk: FontChunk; cps: number[]; cachePath: string; sitePath: string }[] = [];
  for (const [chunk, cps] of assignCodePoints(codePoints)) {
    const key = cacheKey(chunk, cps, format);
    const name = `${chunk.file.replace(/-normal\.woff2$/, '')}-${key.slice(0, 8)}${extension}`;
    const sitePath = `fonts/${name}`;
    const cachePath = join(options.cacheDir, `${key}${extension}`);
    entries.push([sitePath, `${key}${extension}`]);
    const cached = readCached(cachePath);
    if (cached) files.set(sitePath, cached);
    else misses.push({ chunk, cps, cachePath, sitePath });
    faces.push(fontFace(chunk.weight, name, formatUnicodeRange(cps), format));
  }
  if (misses.length) {
    // Loaded only on a cache miss: instantiating harfbuzz is the slow part of a cold build.
    const [{ default: subsetFont }, { convert }] = await Promise.all([import('subset-font'), import('fontverter')]);
    for (const miss of misses) {
      const text = String.fromCodePoint(...miss.cps);
      const named = renameFont(await subsetFont(chunkBytes(miss.chunk.file), text, { targetFormat: 'truetype' }), trueNotoNames);
      // fontverter reads the signature with Buffer's toString. Its result is copied into
      // memory of its own: as returned, a small one shares Node's buffer pool, and was
      // seen changed after it had been written to the cache.
      const bytes = format === 'woff2' ? new Uint8Array(await convert(Buffer.from(named.buffer, named.byteOffset, named.byteLength), 'woff2')) : named;
      writeCached(options.cacheDir, miss.cachePath, bytes);
      files.set(miss.sitePath, bytes);
    }
  }
  const css = faces.join('\n');
  writeCached(options.cacheDir, manifestPath, JSON.stringify({ css, files: entries } satisfies SubsetManifest));
  return { css, files };
}
