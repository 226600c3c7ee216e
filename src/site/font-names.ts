// The bundled font's names, made true. @fontsource/noto-sans-sc's files are static cuts
// of Google's variable Noto Sans SC that kept the name of its default instance: every
// weight calls itself "Noto Sans SC Thin" (PostScript "NotoSansSCThin-Regular"/"-Bold"),
// and a PDF embeds the font under that name, so a 400/700 deck showed "Thin" in every
// viewer's font list. Here the `name` table of a TrueType font is rewritten without the
// wrong word and the font put back together, every other table kept byte for byte
// (OpenType spec: "The Table Directory", "name — Naming Table"). harfbuzz, which cuts
// the subsets, can drop name records but not rename them, and font libraries that can
// (opentype.js, fonteditor-core) rebuild every table from their own model and lose some.

const tableRecord = 16;

function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    const word = i + 4 <= bytes.length ? view.getUint32(i) : (bytes[i]! << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8);
    sum = (sum + word) >>> 0;
  }
  return sum;
}

function decode(platform: number, bytes: Uint8Array): string | undefined {
  // Windows and Unicode platforms: UTF-16BE. Mac Roman is ASCII for the names concerned.
  if (platform === 0 || platform === 3) {
    let text = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return text;
  }
  return platform === 1 && bytes.every((b) => b < 0x80) ? String.fromCharCode(...bytes) : undefined;
}

function encode(platform: number, text: string): Uint8Array {
  if (platform === 1) return Uint8Array.from(text, (c) => c.charCodeAt(0));
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) >> 8;
    out[2 * i + 1] = text.charCodeAt(i) & 0xff;
  }
  return out;
}

/** A name table (format 0) with `rename` applied to every string it can read. */
function renameTable(table: Uint8Array, rename: (name: string) => string): Uint8Array {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const count = view.getUint16(2);
  const storage = view.getUint16(4);
  const records: { head: Uint8Array; bytes: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    const platform = view.getUint16(at);
    const length = view.getUint16(at + 8);
    const offset = view.getUint16(at + 10);
    const bytes = table.subarray(storage + offset, storage + offset + length);
    const text = decode(platform, bytes);
    records.push({ head: table.subarray(at, at + 8), bytes: text === undefined ? bytes : encode(platform, rename(text)) });
  }
  const start = 6 + 12 * count;
  const out = new Uint8Array(start + records.reduce((n, r) => n + r.bytes.length, 0));
  const outView = new DataView(out.buffer);
  outView.setUint16(0, 0);
  outView.setUint16(2, count);
  outView.setUint16(4, start);
  let offset = 0;
  records.forEach((record, i) => {
    out.set(record.head, 6 + 12 * i);
    outView.setUint16(6 + 12 * i + 8, record.bytes.length);
    outView.setUint16(6 + 12 * i + 10, offset);
    out.set(record.bytes, start + offset);
    offset += record.bytes.length;
  });
  return out;
}

/**
 * `font` (an uncompressed TrueType/OpenType file) with `rename` applied to its names;
 * the font unchanged when it has no name table in format 0 or is not a plain sfnt.
 */
export function renameFont(font: Uint8Array, rename: (name: string) => string): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (font.length < 12) return font;
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = 12 + tableRecord * i;
    const tag = String.fromCharCode(...font.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > font.length) return font;
    tables.set(tag, font.subarray(offset, offset + length));
  }
  const name = tables.get('name');
  if (!name || name.length < 6 || new DataView(name.buffer, name.byteOffset).getUint16(0) !== 0) return font;
  tables.set('name', renameTable(name, rename));
  // head.checkSumAdjustment is recomputed below; it must be 0 while the checksums are taken.
  const head = tables.get('head');
  if (head) {
    const copy = head.slice();
    new DataView(copy.buffer).setUint32(8, 0);
    tables.set('head', copy);
  }

  const tags = [...tables.keys()].sort();
  const directory = 12 + tableRecord * tags.length;
  const padded = (n: number) => (n + 3) & ~3;
  const size = tags.reduce((n, tag) => n + padded(tables.get(tag)!.length), directory);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(font.subarray(0, 12), 0);
  let offset = directory;
  tags.forEach((tag, i) => {
    const bytes = tables.get(tag)!;
    const at = 12 + tableRecord * i;
    out.set(Uint8Array.from(tag, (c) => c.charCodeAt(0)), at);
    outView.setUint32(at + 4, checksum(bytes));
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, bytes.length);
    out.set(bytes, offset);
    offset += padded(bytes.length);
  });
  const headAt = tags.indexOf('head');
  if (headAt >= 0) outView.setUint32(outView.getUint32(12 + tableRecord * headAt + 8) + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** The bundled font's own names: "Noto Sans SC", "NotoSansSC-Bold", without the default instance's "Thin". */
export function trueNotoNames(name: string): string {
  return name.replace(/Noto Sans SC Thin/g, 'Noto Sans SC').replace(/NotoSansSCThin/g, 'NotoSansSC');
}
