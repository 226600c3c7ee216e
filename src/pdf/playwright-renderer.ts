// The CLI's print driver: playwright-core driving a found Chromium, Chrome or Edge.
//
// For speed the first print overlaps three things that used to run one after another:
// the browser starts (browser-process.ts) with the page to print already in its first
// tab, so it boots and lays the deck out while Node loads playwright-core, which then
// attaches over the DevTools protocol and only waits for the page to say it is ready.
import type { Browser, Page } from 'playwright-core';
import { printReadyProperty, type PrintReadyWindow } from '../contract.js';
import { DeckError } from '../errors.js';
import { startBrowserProcess, type BrowserProcess } from './browser-process.js';
import type { PageRenderer, PrintOptions } from './renderer.js';

/** How long a page may take to lay out and load its fonts before we give up. */
const readyTimeoutMs = 60_000;

export class PlaywrightRenderer implements PageRenderer {
  private started: BrowserProcess | undefined;
  private browser: Promise<Browser> | undefined;
  /** The URL the browser's first tab was started with, and its size, until it is printed. */
  private startUrl: string | undefined;
  private startSize: { width: number; height: number } | undefined;

  constructor(private readonly executablePath: string) {}

  private connect(): Promise<Browser> {
    this.browser ??= (async () => {
      const started = this.started!;
      const { chromium } = await import('playwright-core');
      try {
        return await chromium.connectOverCDP(await started.endpoint);
      } catch (error) {
        throw new DeckError(
          'noBrowser',
          `The browser at ${this.executablePath} could not be started: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          'Give another Chromium, Chrome or Edge with --browser <path> or CHROME_PATH.',
        );
      }
    })();
    return this.browser;
  }

  /** Starts the browser with `url` in its first tab, unless it is running already. */
  preload(url: string, options: PrintOptions): void {
    if (this.started) return;
    const size = { width: options.width, height: options.height };
    this.started = startBrowserProcess(this.executablePath, { url, ...size });
    this.startUrl = url;
    this.startSize = size;
  }

  /** The browser's one tab, showing `url` at the paper's size. */
  private async openPage(url: string, options: PrintOptions): Promise<Page> {
    const viewport = { width: options.width, height: options.height };
    this.preload(url, options);
    const context = (await this.connect()).contexts()[0]!;
    const page = context.pages()[0] ?? (await context.waitForEvent('page'));
    const [startUrl, startSize] = [this.startUrl, this.startSize];
    this.startUrl = undefined;
    this.startSize = undefined;
    if (startUrl === url) {
      // Preloaded at a guessed size (e.g. a 4:3 deck): reveal.js lays out print pages at
      // the deck's own size, but the page should see the paper it is printed on.
      if (startSize?.width !== viewport.width || startSize.height !== viewport.height) await page.setViewportSize(viewport);
      return page;
    }
    await page.setViewportSize(viewport);
    // Waiting for printReady covers loading; no need to wait for the load event first.
    await page.goto(url, { waitUntil: 'commit' });
    return page;
  }

  async printToPdf(url: string, options: PrintOptions): Promise<Uint8Array> {
    const page = await this.openPage(url, options);
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    page.on('pageerror', onError);
    try {
      const notReady = (why: string) =>
        new DeckError('internal', `The print view did not become ready ${why}${errors.length ? `: ${errors.join('; ')}` : ''}.`, 'This is a bug in the PDF export; please report it with the deck.');
      // The property appears when the page's script runs; its promise settles when the page is laid out.
      await page.waitForFunction((name) => name in window, printReadyProperty, { timeout: readyTimeoutMs, polling: 'raf' }).catch(() => {
        throw notReady(`within ${readyTimeoutMs / 1000} s`);
      });
      await page.evaluate((name) => (window as PrintReadyWindow)[name as typeof printReadyProperty], printReadyProperty).catch((error: unknown) => {
        throw notReady(`(${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      });
      const pdf = await page.pdf({
        width: `${options.width}px`,
        height: `${options.height}px`,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        printBackground: true,
        preferCSSPageSize: false,
        outline: options.outline,
        tagged: options.outline,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      page.off('pageerror', onError);
    }
  }

  async close(): Promise<void> {
    const [browser, started] = [this.browser, this.started];
    this.browser = undefined;
    this.started = undefined;
    this.startUrl = undefined;
    this.startSize = undefined;
    // Over the DevTools protocol, close() only disconnects; the process is ended after.
    await (await browser?.catch(() => undefined))?.close().catch(() => undefined);
    await started?.close();
  }
}
