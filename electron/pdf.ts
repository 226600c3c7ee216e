// The PDF print driver inside the app: src/export's PageRenderer port implemented with a
// hidden, locked-down BrowserWindow and webContents.printToPDF. The page is served by
// deck:// like everything else (see site-mounts.ts), so printing needs no server.
import { BrowserWindow } from 'electron';
import { printReadyProperty } from '../src/contract.js';
import type { PageRenderer, PrintOptions, ServedSite } from '../src/export/renderer.js';
import type { SiteFiles } from '../src/site/site.js';
import { pageUrl } from '../src/shell/scheme.js';
import type { SiteMounts } from '../src/shell/site-mounts.js';
import { printWindowOptions } from './windows.js';

const cssPixelsPerInch = 96;

/** printToPDF takes its paper size in inches; PrintOptions are CSS pixels. */
export function paperSizeInches(options: Pick<PrintOptions, 'width' | 'height'>): { width: number; height: number } {
  return { width: options.width / cssPixelsPerInch, height: options.height / cssPixelsPerInch };
}

export function printToPdfOptions(options: PrintOptions): Electron.PrintToPDFOptions {
  return {
    pageSize: paperSizeInches(options),
    printBackground: true,
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    preferCSSPageSize: false,
    generateDocumentOutline: options.outline,
    generateTaggedPDF: options.outline,
  };
}

/** The export's print build, mounted on deck:// for the duration of the export. */
export function mountForPrint(mounts: SiteMounts): (files: SiteFiles) => Promise<ServedSite> {
  return async (files) => {
    const { prefix, unmount } = mounts.mount(files);
    return { baseUrl: pageUrl(prefix), close: async () => unmount() };
  };
}

export class ElectronPageRenderer implements PageRenderer {
  private window: BrowserWindow | null = null;

  readonly serve: (files: SiteFiles) => Promise<ServedSite>;

  constructor(mounts: SiteMounts, private readonly readyTimeoutMs = 60_000) {
    this.serve = mountForPrint(mounts);
  }

  async printToPdf(url: string, options: PrintOptions): Promise<Uint8Array> {
    this.window ??= new BrowserWindow(printWindowOptions(options));
    const window = this.window;
    window.setContentSize(Math.round(options.width), Math.round(options.height));
    await window.loadURL(url);
    await this.waitForPrintReady(window);
    return new Uint8Array(await window.webContents.printToPDF(printToPdfOptions(options)));
  }

  /** loadURL has resolved, so the page's script has run and set its print-ready promise: await it. */
  private async waitForPrintReady(window: BrowserWindow): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the print view did not become ready within ${this.readyTimeoutMs / 1000} s`)), this.readyTimeoutMs);
    });
    const ready = window.webContents.executeJavaScript(
      `(window.${printReadyProperty} ?? Promise.reject(new Error('the page is not a print view'))).then(() => true)`,
    ) as Promise<boolean>;
    try {
      await Promise.race([ready, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.window && !this.window.isDestroyed()) this.window.destroy();
    this.window = null;
  }
}
