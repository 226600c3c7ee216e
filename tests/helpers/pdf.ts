// Reading a PDF the way a user's tools do: poppler's pdfinfo, pdftotext, pdffonts and
// pdftoppm, and pdf-lib for the outline and the catalog's language.
import { execFileSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

export function pageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/** Text of one page (1-based), as a search or copy in a viewer would find it. */
export function pageText(file: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-']);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((line) => line.trim());
  return lines.map((line) => {
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, generation.
    const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line);
    if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes' };
  });
}

function text(value: unknown): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';
}

export interface OutlineItem {
  title: string;
  children: OutlineItem[];
}

export async function pdfOutline(bytes: Uint8Array): Promise<OutlineItem[]> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const read = (first: unknown): OutlineItem[] => {
    const items: OutlineItem[] = [];
    let node = first instanceof PDFDict ? first : undefined;
    while (node) {
      items.push({ title: text(node.lookup(PDFName.of('Title'))), children: read(node.lookup(PDFName.of('First'))) });
      const next = node.lookup(PDFName.of('Next'));
      node = next instanceof PDFDict ? next : undefined;
    }
    return items;
  };
  const outlines = document.catalog.lookup(PDFName.of('Outlines'));
  return outlines instanceof PDFDict ? read(outlines.lookup(PDFName.of('First'))) : [];
}

export async function pdfLanguage(bytes: Uint8Array): Promise<string> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  return text(document.catalog.lookup(PDFName.of('Lang')));
}

/** Link targets of the page's annotations (1-based page). */
export async function pageLinks(bytes: Uint8Array, page: number): Promise<string[]> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const annots = document.getPage(page - 1).node.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) return [];
  return annots
    .asArray()
    .map((ref) => document.context.lookup(ref))
    .filter((annot): annot is PDFDict => annot instanceof PDFDict)
    .map((annot) => annot.lookup(PDFName.of('A')))
    .filter((action): action is PDFDict => action instanceof PDFDict)
    .map((action) => text(action.lookup(PDFName.of('URI'))) || String(action.lookup(PDFName.of('URI')) ?? ''));
}

/**
 * Renders one page (or a region of it) with pdftoppm to PPM (a trivially parsed format) and
 * returns the share of pixels that are not near-white, and also writes a PNG beside it for
 * a human to look at.
 */
export function inkRatio(file: string, page: number, pngPrefix?: string, region?: { x: number; y: number; width: number; height: number }): number {
  // A region is in points (pdftoppm at 72 dpi: a pixel a point).
  const area = region ? ['-r', '72', '-x', String(Math.round(region.x)), '-y', String(Math.round(region.y)), '-W', String(Math.round(region.width)), '-H', String(Math.round(region.height))] : ['-r', '24'];
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), ...area, file], { maxBuffer: 64 * 1024 * 1024 });
  if (pngPrefix) execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '48', '-png', '-singlefile', file, pngPrefix]);
  // P6 header: magic, width, height, maxval, each followed by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = ppm.subarray(header[0].length);
  let ink = 0;
  for (let i = 0; i < width * height * 3; i += 3) if (pixels[i]! < 230 || pixels[i + 1]! < 230 || pixels[i + 2]! < 230) ink++;
  return ink / (width * height);
}

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word pdftotext finds on one page (1-based), with its box in points from the top left. */
export function pageWords(file: string, page: number): WordBox[] {
  const html = run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  }));
}
