// The print-driver port: the one thing PDF export needs from a browser. The CLI provides
// it with playwright-core and a found Chromium (playwright-renderer.ts); the Electron shell
// with webContents.printToPDF in a hidden window. Both print the same page the same way.

export interface PrintOptions {
  /**
   * Paper size in CSS pixels (96 per inch): the slide's frame (e.g. 1280×720) for slides,
   * a portrait sheet for handouts and the speaker script. Margins are 0; pages that want
   * margins declare them with CSS `@page { margin }`.
   */
  width: number;
  height: number;
  /**
   * Build a PDF outline (bookmarks) from the page's headings. Needs a tagged PDF, so a
   * renderer that honours it also tags the PDF (Chromium: `outline` + `tagged`; Electron:
   * `generateDocumentOutline` + `generateTaggedPDF`).
   */
  outline: boolean;
}

export interface PageRenderer {
  /**
   * Loads `url` (a page of the deck's site, served by the caller), awaits the page's
   * print-ready promise (printReadyProperty in src/contract.ts), and prints it to PDF with
   * backgrounds, at `options`' paper size, honouring the page's CSS `@page` margins.
   */
  printToPdf(url: string, options: PrintOptions): Promise<Uint8Array>;
  /**
   * Optional: start opening `url` now, though its server may not answer yet, so the
   * browser boots and loads the page while the caller loads and builds the deck; a later
   * printToPdf(url) prints that page. `options` is a guess at the paper size.
   */
  preload?(url: string, options: PrintOptions): void;
  close(): Promise<void>;
}
