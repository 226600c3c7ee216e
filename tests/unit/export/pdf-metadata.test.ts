// The PDF's metadata as a reader's tools see it: on a file shaped like Chromium's output
// (appended as an incremental update) and on any other file (rewritten by pdf-lib).
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { appendInfoUpdate, setMetadata } from '../../../src/export/pdf-metadata.js';

const metadata = { title: '企业微信的20年：腾讯如何连接人和企业', author: '作者 (张三) 😀', lang: 'zh-CN' };

/** A one-page PDF laid out as Chromium (Skia) writes it: info first, classic xref table. */
function chromiumLikePdf(lang = 'zh-CN'): Uint8Array {
  const objects = [
    `<</Title (from the browser)\n/Creator (HeadlessChrome)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261124035055+00'00')>>`,
    `<</Type /Pages\n/Count 1\n/Kids [3 0 R]>>`,
    `<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 960 540]>>`,
    `<</Type /Catalog\n/Pages 2 0 R\n/ViewerPreferences <</Type /ViewerPreferences\n/DisplayDocTitle true>>\n/Lang (${lang})>>`,
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 4 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new TextEncoder().encode(text);
}

async function read(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return { title: pdf.getTitle(), author: pdf.getAuthor(), creator: pdf.getCreator(), producer: pdf.getProducer(), lang: pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText(), pages: pdf.getPageCount() };
}

describe('document metadata', () => {
  test("Chromium's output keeps its bytes and gets title, author and creator appended", async () => {
    const original = chromiumLikePdf();
    const updated = appendInfoUpdate(original, metadata);
    expect(updated).toBeDefined();
    expect(Buffer.from(updated!.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    expect(await read(updated!)).toEqual({ ...metadata, creator: 'Deck Presenter', producer: 'Skia/PDF m156', pages: 1 });
  });

  test('an empty author is left out', async () => {
    const updated = appendInfoUpdate(chromiumLikePdf(), { ...metadata, author: '' });
    expect((await read(updated!)).author).toBeUndefined();
  });

  test('a file whose language differs, or that is not laid out as expected, is rewritten instead', async () => {
    expect(appendInfoUpdate(chromiumLikePdf('en'), metadata)).toBeUndefined();
    expect((await read(await setMetadata(chromiumLikePdf('en'), metadata))).lang).toBe('zh-CN');
    // pdf-lib's own output: object streams and a cross-reference stream.
    const other = await PDFDocument.create();
    other.addPage([960, 540]);
    const bytes = await other.save();
    expect(appendInfoUpdate(bytes, metadata)).toBeUndefined();
    expect(await read(await setMetadata(bytes, metadata))).toMatchObject({ ...metadata, creator: 'Deck Presenter', pages: 1 });
  });
});
