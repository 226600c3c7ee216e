import { expect, test, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {} }));

const { mountForPrint, paperSizeInches, printToPdfOptions } = await import('../../electron/pdf.js');
const { createSiteHandler } = await import('../../electron/protocol.js');
const { SiteMounts } = await import('../../src/shell/site-mounts.js');

test('a 16:9 slide of 1280×720 CSS pixels prints on 13.33×7.5 inch paper', () => {
  expect(paperSizeInches({ width: 1280, height: 720 })).toEqual({ width: 1280 / 96, height: 7.5 });
});

test('printToPDF gets backgrounds, no margins, and an outline with tagging when asked', () => {
  expect(printToPdfOptions({ width: 1280, height: 720, outline: true })).toMatchObject({
    printBackground: true,
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    generateDocumentOutline: true,
    generateTaggedPDF: true,
    pageSize: { width: 1280 / 96, height: 7.5 },
  });
  expect(printToPdfOptions({ width: 794, height: 1123, outline: false })).toMatchObject({ generateDocumentOutline: false });
});

test('the export site is served on deck:// while the export runs, then removed', async () => {
  const mounts = new SiteMounts();
  const handle = createSiteHandler(mounts);
  const served = await mountForPrint(mounts)(new Map([['index.html', 'print view']]));
  expect(served.baseUrl).toMatch(/^deck:\/\/app\/mount-[0-9a-f]{24}\/$/);
  expect(await handle(new Request(`${served.baseUrl}index.html?print-pdf`)).text()).toBe('print view');
  await served.close();
  expect(handle(new Request(`${served.baseUrl}index.html`)).status).toBe(404);
});
