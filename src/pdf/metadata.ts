// Sets the document's title, author and language. Chromium writes the title (from <title>)
// and, in a tagged PDF, the catalog's /Lang (from <html lang>), but never an author; pdf-lib
// adds it and sets all three from deck.yaml, so every print driver gives the same
// metadata. pdf-lib keeps the outline and the structure tags.
// pdf-lib yields to the event loop every few objects by default; an export has nothing
// else to do meanwhile, so it parses and writes in one go. It is loaded on first use
// (~0.2 s), which an export starts while the browser prints.
let pdfLib: Promise<typeof import('pdf-lib')> | undefined;

export function loadMetadataWriter(): Promise<typeof import('pdf-lib')> {
  pdfLib ??= import('pdf-lib');
  return pdfLib;
}

export interface PdfMetadata {
  title: string;
  author: string;
  lang: string;
}

export async function setMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const { ParseSpeeds, PDFDocument } = await loadMetadataWriter();
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) document.setAuthor(metadata.author);
  document.setLanguage(metadata.lang);
  document.setCreator('Deck Presenter');
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
