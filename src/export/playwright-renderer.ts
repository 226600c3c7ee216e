// The CLI's print driver: playwright-core driving a found Chromium, Chrome or Edge.
//
// The browser is started with playwright's own launch(), which talks to it over a pipe
// (--remote-debugging-pipe): it listens on no port, so no other program on this machine
// can attach to it. Its pages are answered inside the browser by a page route (the site
// request handler, src/site/request.ts), so no server listens either, and every other
// request is aborted before it leaves the browser (one route per context, answering for
// every site served). The browser stays up between prints
// until close(): a second export with the same renderer skips the start.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { printReadyProperty, type PrintReadyWindow } from '../contract.js';
import { DeckError } from '../errors.js';
import { answerSiteRequest } from '../site/request.js';
import type { SiteFiles } from '../site/site.js';
import { offlineChromiumArgs } from './chromium.js';
import type { CaptureOptions, PageRenderer, PrintOptions, ServedSite } from './renderer.js';

/** How long a browser may take to start before we give up on it. */
const startTimeoutMs = 30_000;
/** How long a page may take to lay out and load its fonts before we give up. */
const readyTimeoutMs = 60_000;

/**
 * The origin the print pages are given. `.invalid` never resolves (RFC 6761), and the
 * browser resolves nothing anyway (chromium.ts): only the route below answers it. https
 * makes the page a secure context, as the app's deck:// pages are.
 */
const printOrigin = 'https://deck-print.invalid';

interface Running {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

export class PlaywrightRenderer implements PageRenderer {
  private running: Promise<Running> | undefined;
  /** The sites given to serve(), by base URL: the only answers any page of this browser gets. */
  private readonly sites = new Map<string, SiteFiles>();

  constructor(private readonly executablePath: string) {}

  /**
   * Starts the browser now, unless it is running already, so it boots while the caller
   * loads and builds the deck. printToPdf and serve start it themselves when needed.
   */
  start(): void {
    // A failed start is reported by the call that needs the browser.
    this.browser().catch(() => undefined);
  }

  private browser(): Promise<Running> {
    this.running ??= this.launch();
    return this.running;
  }

  private async launch(): Promise<Running> {
    // require(), not import(): importing its CommonJS build from an ES module makes Node
    // scan playwright's 7 MB of bundles for named exports first (a third of a second).
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    let browser: Browser;
    try {
      // launch() gives the browser a fresh temporary profile and removes it on close.
      browser = await chromium.launch({ executablePath: this.executablePath, args: [...offlineChromiumArgs], timeout: startTimeoutMs });
    } catch (error) {
      throw new DeckError(
        'noBrowser',
        `The browser at ${this.executablePath} could not be started: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        'Give another Chromium, Chrome or Edge with --browser <path> or CHROME_PATH.',
      );
    }
    const context = await this.newContext(browser, 1);
    return { browser, context, page: await context.newPage() };
  }

  /** A context whose every request is answered by a served site or refused, inside the browser. */
  private async newContext(browser: Browser, deviceScaleFactor: number): Promise<BrowserContext> {
    const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false, deviceScaleFactor });
    await context.route('**/*', (route) => this.answer(route));
    return context;
  }

  private async answer(route: Route): Promise<void> {
    const request = route.request();
    const url = request.url();
    const base = [...this.sites.keys()].find((baseUrl) => url.startsWith(baseUrl));
    if (base === undefined) return route.abort('blockedbyclient');
    const path = new URL(url).pathname.slice(new URL(base).pathname.length);
    const response = answerSiteRequest(this.sites.get(base)!, { method: request.method(), path });
    await route.fulfill({
      status: response.status,
      headers: response.headers,
      ...(response.body === null ? {} : { body: typeof response.body === 'string' ? response.body : Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength) }),
    });
  }

  async serve(files: SiteFiles): Promise<ServedSite> {
    await this.browser();
    const baseUrl = `${printOrigin}/${randomBytes(12).toString('hex')}/`;
    this.sites.set(baseUrl, files);
    return { baseUrl, close: async () => void this.sites.delete(baseUrl) };
  }

  /** Opens `url` at the paper's size and waits until the print view says it is laid out; then runs `work` on the page. */
  private async whenReady<T>(url: string, options: PrintOptions, work: (page: Page) => Promise<T>, page?: Page): Promise<T> {
    page ??= (await this.browser()).page;
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    page.on('pageerror', onError);
    try {
      await page.setViewportSize({ width: options.width, height: options.height });
      // Waiting for the print-ready promise covers loading; no need to wait for the load event first.
      await page.goto(url, { waitUntil: 'commit' });
      const notReady = (why: string) =>
        new DeckError('internal', `The print view did not become ready ${why}${errors.length ? `: ${errors.join('; ')}` : ''}.`, 'This is a bug in the PDF export; please report it with the deck.');
      // The property appears when the page's script runs; its promise settles when the page is laid out.
      await page.waitForFunction((name) => name in window, printReadyProperty, { timeout: readyTimeoutMs, polling: 'raf' }).catch(() => {
        throw notReady(`within ${readyTimeoutMs / 1000} s`);
      });
      await page.evaluate((name) => (window as PrintReadyWindow)[name as typeof printReadyProperty], printReadyProperty).catch((error: unknown) => {
        throw notReady(`(${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      });
      return await work(page);
    } finally {
      page.off('pageerror', onError);
    }
  }

  printToPdf(url: string, options: PrintOptions): Promise<Uint8Array> {
    return this.whenReady(url, options, async (page) => {
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
    });
  }

  async capture(url: string, options: CaptureOptions): Promise<Uint8Array[]> {
    const { browser } = await this.browser();
    // A context of its own: the pixel density is a context's setting.
    const context = await this.newContext(browser, options.scale);
    try {
      const page = await context.newPage();
      return await this.whenReady(
        url,
        { ...options, outline: false },
        async (page) => {
          const shots: Uint8Array[] = [];
          for (const element of await page.locator(options.selector).all()) shots.push(new Uint8Array(await element.screenshot({ type: 'png', animations: 'disabled' })));
          return shots;
        },
        page,
      );
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  /** Runs `script` in the laid-out print view of `url` (e.g. to measure the slides). */
  evaluate<T>(url: string, options: PrintOptions, script: () => T): Promise<T> {
    return this.whenReady(url, options, (page) => page.evaluate(script));
  }

  async close(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    // Ends the browser and removes its profile.
    await (await running?.catch(() => undefined))?.browser.close().catch(() => undefined);
  }
}
