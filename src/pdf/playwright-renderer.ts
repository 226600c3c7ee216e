// The CLI's print driver: playwright-core driving a found Chromium, Chrome or Edge.
import { chromium, type Browser, type Page } from 'playwright-core';
import { DeckError } from '../errors.js';
import { chromiumArgs } from './chromium.js';
import type { PageRenderer, PrintOptions } from './renderer.js';

/** How long a page may take to lay out and load its fonts before we give up. */
const readyTimeoutMs = 60_000;

export class PlaywrightRenderer implements PageRenderer {
  private browser: Promise<Browser> | undefined;
  /** A page opened by warmUp, taken by the next print. */
  private spare: Promise<Page> | undefined;

  constructor(private readonly executablePath: string) {}

  /** Starts the browser and opens a page now, so they boot while the caller loads and builds the deck. */
  warmUp(): void {
    this.spare ??= this.launch().then((browser) => browser.newPage());
    this.spare.catch(() => undefined);
  }

  private async openPage(options: PrintOptions): Promise<Page> {
    const viewport = { width: options.width, height: options.height };
    const spare = await this.spare?.catch(() => undefined);
    this.spare = undefined;
    if (!spare) return (await this.launch()).newPage({ viewport });
    await spare.setViewportSize(viewport);
    return spare;
  }

  private launch(): Promise<Browser> {
    this.browser ??= chromium.launch({ executablePath: this.executablePath, args: [...chromiumArgs] }).catch((error: unknown) => {
      throw new DeckError(
        'noBrowser',
        `The browser at ${this.executablePath} could not be started: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        'Give another Chromium, Chrome or Edge with --browser <path> or CHROME_PATH.',
      );
    });
    return this.browser;
  }

  async printToPdf(url: string, options: PrintOptions): Promise<Uint8Array> {
    const page = await this.openPage(options);
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Waiting for printReady covers loading; no need to wait for the load event first.
      await page.goto(url, { waitUntil: 'commit' });
      await page
        .waitForFunction(() => document.documentElement.dataset.printReady === 'true', undefined, { timeout: readyTimeoutMs, polling: 'raf' })
        .catch(() => {
          throw new DeckError(
            'internal',
            `The print view did not become ready within ${readyTimeoutMs / 1000} s${errors.length ? `: ${errors.join('; ')}` : ''}.`,
            'This is a bug in the PDF export; please report it with the deck.',
          );
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
      await page.close();
    }
  }

  async close(): Promise<void> {
    this.spare = undefined;
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close();
  }
}
