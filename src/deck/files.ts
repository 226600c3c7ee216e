// Which markdown files make up a folder deck, in which order, and turning their bytes
// into text. No disk access here: load.ts reads, this decides.
import { closest, error, warning } from './diagnostics.js';
import { sizeText, type DeckFileProblem } from './deck-file.js';
import type { Diagnostic } from './model.js';

export const configFileName = 'deck.yaml';

export function isMarkdownName(name: string): boolean {
  return !name.startsWith('.') && /\.(md|markdown)$/i.test(name);
}

// Numbers compare as numbers (2-x.md before 10-x.md), as a file manager shows them; a
// fixed locale keeps the order the same on every machine.
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' }).compare;

/** An `order` entry from deck.yaml with where it was written, for diagnostics. */
export interface OrderEntry {
  name: string;
  line: number;
  column: number;
}

export interface OrderedFiles {
  names: string[];
  diagnostics: Diagnostic[];
}

/**
 * The deck's files: file-name order, or deck.yaml's `order` first and then, with a
 * warning, any file it leaves out (a file the user wrote is never silently dropped).
 */
export function orderFiles(present: readonly string[], order: readonly OrderEntry[] | undefined): OrderedFiles {
  const sorted = present.filter(isMarkdownName).sort(byName);
  if (!order) return { names: sorted, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const available = new Set(sorted);
  const names: string[] = [];
  const taken = new Set<string>();
  for (const entry of order) {
    const at = { file: configFileName, line: entry.line, column: entry.column };
    if (taken.has(entry.name)) {
      diagnostics.push(warning(at, 'order-duplicate', `"${entry.name}" is listed twice in order`, 'Remove the second entry; each file is shown once.'));
      continue;
    }
    if (!available.has(entry.name)) {
      const guess = closest(entry.name, sorted);
      diagnostics.push(
        error(
          at,
          'order-file-missing',
          `order lists "${entry.name}", but the deck folder has no such markdown file`,
          guess ? `Did you mean "${guess}"?` : `Fix the name or remove it from order; the folder has: ${sorted.join(', ') || 'no .md files'}.`,
        ),
      );
      continue;
    }
    taken.add(entry.name);
    names.push(entry.name);
  }
  for (const name of sorted) {
    if (taken.has(name)) continue;
    names.push(name);
    const last = order[order.length - 1];
    diagnostics.push(
      warning(
        { file: configFileName, line: last?.line ?? 1, column: last?.column ?? 1 },
        'order-unlisted',
        `"${name}" is not listed in order; it is shown after the listed files`,
        `Add "${name}" to order in ${configFileName} where it belongs.`,
      ),
    );
  }
  return { names, diagnostics };
}

/** Why a markdown file or deck.yaml was not read, and what to do about it. */
export function unreadableFile(file: string, problem: DeckFileProblem): Diagnostic {
  const at = { file, line: 1 };
  switch (problem.kind) {
    case 'outside':
      return error(at, 'file-outside-deck', `${file} is a symbolic link to a file outside the deck folder; it is not read`, 'Copy the file into the deck folder instead of linking to it, so the deck shows only what it holds.');
    case 'folder':
      return error(at, 'file-not-regular', `${file} is a folder, not a markdown file; it is not read`, 'Rename the folder so its name does not end in .md.');
    case 'special':
      return error(at, 'file-not-regular', `${file} is ${problem.type}, not a regular file; it is not read`, 'Remove it from the deck folder; only regular files are read.');
    case 'too-large':
      return error(at, 'file-too-large', `${file} is ${sizeText(problem.size)}, more than the ${sizeText(problem.limit)} a deck file may have; it is not read`, 'Split it into smaller files, or remove what is not slide text.');
    case 'missing':
      return error(at, 'file-unreadable', `${file} cannot be read: it is gone, or a link to nothing`, 'Check that the file exists.');
    case 'unreadable':
      return error(at, 'file-unreadable', `${file} cannot be read: ${problem.reason}`, 'Check that the file exists and you may read it.');
  }
}

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes → text with `\n` line ends. A binary or non-UTF-8 file becomes an error naming
 * the first bad byte's line and column (byte-based), never mojibake on a slide.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    return {
      ok: false,
      diagnostic: error(
        { file, line: 1 },
        'file-utf16',
        `${file} is saved as ${utf16}, not UTF-8`,
        `Save it as UTF-8 (in most editors: "Save with Encoding" → UTF-8), or convert it: iconv -f ${utf16.replace(' ', '')} -t UTF-8 '${file}' > converted.md`,
      ),
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = position(bytes, nul);
    return {
      ok: false,
      diagnostic: error(
        { file, ...at },
        'file-binary',
        `${file} is a binary file (a zero byte at offset ${nul}), not markdown text`,
        'Move it out of the deck folder, or rename it so it does not end in .md.',
      ),
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const at = position(bytes, bad);
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      diagnostic: error(
        { file, ...at },
        'file-not-utf8',
        `${file} is not UTF-8: byte 0x${byte} at offset ${bad} cannot be decoded (the file looks like ${guessEncoding(bytes)})`,
        'Save the file as UTF-8 (in most editors: "Save with Encoding" → UTF-8) and check the text.',
      ),
    };
  }
  return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

/**
 * UTF-16 (Windows editors' "Unicode"): by its byte-order mark, or, without one, by the
 * zero byte every other byte that ASCII-range text has in it.
 */
function utf16Kind(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'UTF-16 LE';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'UTF-16 BE';
  return null;
}

function guessEncoding(bytes: Uint8Array): string {
  // Chinese legacy files are GBK far more often than Latin-1; a run of high bytes in
  // pairs is the tell. This only words the message; the fix is the same.
  let high = 0;
  for (let i = 0; i < bytes.length && i < 4096; i++) if (bytes[i]! >= 0x80) high++;
  return high > 8 ? 'GBK/GB2312 or another legacy encoding' : 'Latin-1/Windows-1252';
}

function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8 (only called once the fast decoder failed). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
