// exportPdf through a fake PageRenderer: what the print driver is asked for, and what
// the user gets back, without a browser.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../../src/deck/load.js';
import { exportPdf } from '../../../src/export/pdf.js';
import type { ExportProgress } from '../../../src/export/progress.js';
import type { PageRenderer, PrintOptions, ServedSite } from '../../../src/export/renderer.js';
import { answerSiteRequest } from '../../../src/site/request.js';
import type { SiteFiles } from '../../../src/site/site.js';

const { deck } = loadDeck('tests/fixtures/pdf-deck');

/** Asks the site it serves for the page it is given (as its browser would) and answers with a one-page PDF. */
class FakeRenderer implements PageRenderer {
  calls: { url: string; options: PrintOptions; page: string; status: number }[] = [];
  readonly served = new Map<string, SiteFiles>();
  async serve(files: SiteFiles): Promise<ServedSite> {
    const baseUrl = `fake://print/${this.served.size}/`;
    this.served.set(baseUrl, files);
    return { baseUrl, close: async () => void this.served.delete(baseUrl) };
  }
  async printToPdf(url: string, options: PrintOptions): Promise<Uint8Array> {
    const base = [...this.served.keys()].find((b) => url.startsWith(b));
    const response = answerSiteRequest(base ? this.served.get(base)! : new Map(), { method: 'GET', path: new URL(url).pathname.replace(/^\/\d+\//, '') });
    this.calls.push({ url, options, page: String(response.body), status: response.status });
    const pdf = await PDFDocument.create();
    pdf.addPage([options.width * 0.75, options.height * 0.75]);
    pdf.setTitle('from the browser');
    return pdf.save();
  }
  async close(): Promise<void> {}
}

describe('exportPdf', () => {
  test("hands the deck's site to the renderer and prints its print view at the slide size, with an outline", async () => {
    const renderer = new FakeRenderer();
    const progress: ExportProgress[] = [];
    await exportPdf(deck!, { layout: 'slides', fragments: 'final' }, renderer, { onProgress: (p) => progress.push(p) });
    const [call] = renderer.calls;
    expect(call!.url).toMatch(/^fake:\/\/print\/0\/index\.html\?print-pdf&/);
    expect(call!.status).toBe(200);
    expect(call!.page).toContain('打印测试：企业微信的定位');
    expect(call!.page).toContain('"role":"print"');
    expect(call!.options).toEqual({ width: 1280, height: 720, outline: true });
    expect(progress.map((p) => p.phase)).toEqual(['building', 'printing', 'finishing', 'done']);
    expect(progress[0]!.slides).toBe(5);
  });

  test('the site is no longer served once the export is done', async () => {
    const renderer = new FakeRenderer();
    await exportPdf(deck!, { layout: 'slides', fragments: 'final' }, renderer);
    expect(renderer.calls).toHaveLength(1);
    expect(renderer.served.size).toBe(0);
  });

  test('handouts and the script are printed on A4', async () => {
    const renderer = new FakeRenderer();
    await exportPdf(deck!, { layout: 'handout', fragments: 'final' }, renderer);
    await exportPdf(deck!, { layout: 'script', fragments: 'final' }, renderer);
    expect(renderer.calls.map((c) => [c.options.width, c.options.height, new URL(c.url).searchParams.get('deckPrint')])).toEqual([
      [794, 1123, 'handout'],
      [794, 1123, 'script'],
    ]);
  });

  test('title, author and language from deck.yaml end up in the PDF', async () => {
    const bytes = await exportPdf(deck!, { layout: 'slides', fragments: 'final' }, new FakeRenderer());
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('打印测试：企业微信的定位');
    expect(pdf.getAuthor()).toBe('测试作者张三');
    expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('zh-CN');
  });
});
