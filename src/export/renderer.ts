// The print-driver port: the one thing the exports need from a browser. The CLI provides
// it with playwright-core and a found Chromium (playwright-renderer.ts); the Electron shell
// with webContents.printToPDF in a hidden window. Both print the same page the same way,
// and both hand the site to their browser without a server: a page route inside the
// browser, or the app's deck:// protocol.
import type { SiteFiles } from '../site/site.js';

export interface ServedSite {
  /** URL of the site's root folder, ending in '/'. */
  baseUrl: string;
  /** Stops serving the site. */
  close(): Promise<void>;
}

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

export interface CaptureOptions {
  /** The viewport, in CSS pixels: the slide's frame. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel of the pictures (2: a 1280×720 slide as 2560×1440). */
  scale: number;
  /** The elements to picture, in document order: one PNG each. */
  selector: string;
}

export interface PageRenderer {
  /**
   * Makes `files` reachable by this renderer's browser (and nothing else) until the
   * returned site is closed; pages are answered by the site request handler
   * (src/site/request.ts).
   */
  serve(files: SiteFiles): Promise<ServedSite>;
  /**
   * Loads `url` (a page of a site given to serve()), awaits the page's print-ready
   * promise (printReadyProperty in src/contract.ts), and prints it to PDF with
   * backgrounds, at `options`' paper size, honouring the page's CSS `@page` margins.
   */
  printToPdf(url: string, options: PrintOptions): Promise<Uint8Array>;
  /**
   * Loads `url` like printToPdf, then pictures each element matching the selector as a
   * PNG (PowerPoint export). A renderer that cannot (the app's, for now) leaves it out.
   */
  capture?(url: string, options: CaptureOptions): Promise<Uint8Array[]>;
  close(): Promise<void>;
}
