// Sets the document's title, author and language. Chromium writes only the title (from
// <title>); Author and the catalog's /Lang (which screen readers and search use to pick
// the language, here Chinese) are added with pdf-lib, which keeps the outline and tags.
// pdf-lib yields to the event loop every few objects by default; an export has nothing
// else to do meanwhile, so it parses and writes in one go.
import { ParseSpeeds, PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  lang: string;
}

export async function setMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) document.setAuthor(metadata.author);
  document.setLanguage(metadata.lang);
  document.setCreator('Deck Presenter');
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
