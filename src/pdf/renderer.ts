// The print-driver port: the one thing PDF export needs from a browser. The CLI provides
// it with playwright-core and a found Chromium; the Electron shell with printToPDF.

export interface PrintOptions {
  /** Page size in CSS pixels (the slide's frame, e.g. 1280×720 for 16:9). */
  width: number;
  height: number;
  /** Build a PDF outline (bookmarks) from the page's headings. */
  outline: boolean;
}

export interface PageRenderer {
  /**
   * Loads `url` (a page of the deck's site, served by the caller), waits until
   * `document.documentElement.dataset.printReady === 'true'`, and prints it to PDF.
   */
  printToPdf(url: string, options: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
