// Sets the document's title, author and language. Chromium writes the title (from <title>),
// DisplayDocTitle and, in a tagged PDF, the catalog's /Lang (from <html lang>), but never
// an author, so every print driver's output gets the same metadata from deck.yaml here.
//
// The fast way, for Chromium's own output (a classic xref table, the catalog already
// right): an incremental update (PDF 1.7 §7.5.6) appended after Chromium's bytes, with a
// new document information dictionary and a trailer pointing back at the original. It
// leaves the outline and structure tags untouched and costs microseconds; rewriting the
// whole file with pdf-lib costs 0.3–1 s (loading the library, parsing, saving), which
// was a fifth of an export. Anything else (object streams, a catalog to change) goes
// through pdf-lib, the general tool, loaded only then.
import { createRequire } from 'node:module';

export interface PdfMetadata {
  title: string;
  author: string;
  lang: string;
}

export const creator = 'Deck Presenter';

type PdfLib = typeof import('pdf-lib');
let pdfLib: PdfLib | undefined;

/**
 * pdf-lib, loaded on first use with require(): importing its CommonJS build from an ES
 * module makes Node scan every file for named exports, twice the time of require().
 */
function loadPdfLib(): PdfLib {
  pdfLib ??= createRequire(import.meta.url)('pdf-lib') as PdfLib;
  return pdfLib;
}

export async function setMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  return appendInfoUpdate(pdf, metadata) ?? rewriteWithPdfLib(pdf, metadata);
}

async function rewriteWithPdfLib(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const { ParseSpeeds, PDFDocument } = loadPdfLib();
  // pdf-lib yields to the event loop every few objects by default; an export has nothing
  // else to do meanwhile, so it parses and writes in one go.
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) document.setAuthor(metadata.author);
  document.setLanguage(metadata.lang);
  document.setCreator(creator);
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

/** A text string as PDF writes any Unicode text: UTF-16BE with a byte order mark, in hex. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** A PDF literal string, for ASCII text such as a language tag. */
function pdfLiteral(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** A string value in a dictionary: literal (with escapes) or hex. */
const stringValue = String.raw`(?:\((?:[^\\()]|\\.)*\)|<[0-9A-Fa-f\s]*>)`;

/** The text of indirect object `number` (from "N G obj" to "endobj"), found through the xref table. */
function objectText(text: string, offsets: Map<number, number>, number: number): string | undefined {
  const offset = offsets.get(number);
  if (offset === undefined || !text.startsWith(`${number} 0 obj`, offset)) return undefined;
  const end = text.indexOf('endobj', offset);
  return end < 0 ? undefined : text.slice(offset, end);
}

/**
 * The incremental update, or undefined when the file is not in the shape it handles: the
 * last cross-reference section a classic table holding the catalog and the information
 * dictionary, the catalog already carrying the language and DisplayDocTitle.
 */
export function appendInfoUpdate(pdf: Uint8Array, metadata: PdfMetadata): Uint8Array | undefined {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  // latin1 maps each byte to one character, so string offsets are byte offsets.
  const text = bytes.toString('latin1');
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!tail) return undefined;
  const xrefOffset = Number(tail[1]);
  if (!text.startsWith('xref', xrefOffset)) return undefined;
  const trailerAt = text.indexOf('trailer', xrefOffset);
  const startxrefAt = text.lastIndexOf('startxref');
  if (trailerAt < 0 || startxrefAt < trailerAt) return undefined;

  // The table's subsections: "first count" then count entries "offset generation n|f".
  const offsets = new Map<number, number>();
  const table = /(\d{10}) (\d{5}) ([nf])\s*|(\d+) (\d+)\s+/gy;
  table.lastIndex = xrefOffset + 4;
  while (/\s/.test(text[table.lastIndex]!)) table.lastIndex++;
  let next = 0;
  for (let match = table.exec(text); match && table.lastIndex <= trailerAt; match = table.exec(text)) {
    if (match[4] !== undefined) next = Number(match[4]);
    else {
      if (match[3] === 'n' && match[2] === '00000') offsets.set(next, Number(match[1]));
      next++;
    }
  }

  const trailer = text.slice(trailerAt + 'trailer'.length, startxrefAt).trim();
  const root = /\/Root (\d+) 0 R/.exec(trailer)?.[1];
  const info = /\/Info (\d+) 0 R/.exec(trailer)?.[1];
  if (!root || !info || !trailer.startsWith('<<') || !trailer.endsWith('>>') || /\/(Encrypt|XRefStm)\b/.test(trailer)) return undefined;
  const catalog = objectText(text, offsets, Number(root));
  const oldInfo = objectText(text, offsets, Number(info));
  if (!catalog || !oldInfo) return undefined;
  const lang = new RegExp(String.raw`/Lang\s*(${stringValue})`).exec(catalog)?.[1];
  if (lang !== pdfLiteral(metadata.lang) || !/\/DisplayDocTitle\s+true\b/.test(catalog)) return undefined;

  // Producer and dates stay as the browser wrote them.
  const kept = ['Producer', 'CreationDate', 'ModDate'].flatMap((key) => {
    const value = new RegExp(String.raw`/${key}\s*(${stringValue})`).exec(oldInfo)?.[1];
    return value ? [`/${key} ${value}`] : [];
  });
  const entries = [`/Title ${pdfTextString(metadata.title)}`, ...(metadata.author ? [`/Author ${pdfTextString(metadata.author)}`] : []), `/Creator ${pdfLiteral(creator)}`, ...kept];
  const separator = bytes[bytes.length - 1] === 0x0a ? '' : '\n';
  const objectAt = bytes.length + separator.length;
  const object = `${info} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const newXrefAt = objectAt + object.length;
  // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, space, newline.
  const newTrailer = `${trailer.slice(0, -2).replace(/\s*\/Prev \d+/, '')}\n/Prev ${xrefOffset}>>`;
  const update = `${separator}${object}xref\n${info} 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n${newTrailer}\nstartxref\n${newXrefAt}\n%%EOF\n`;
  // The update is ASCII (titles are hex-encoded), so its length in characters is its length in bytes.
  const result = new Uint8Array(bytes.length + update.length);
  result.set(bytes, 0);
  result.set(Buffer.from(update, 'latin1'), bytes.length);
  return result;
}
