// Live reload keeps the slide the speaker is on, not its number: on the shipped deck,
// in browser mode, with the audience window and the presenter view open in Chromium.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { bundledDeckDir } from '../../src/paths.js';
import { startDeckServer, type DeckServer } from '../../src/serve/server.js';

/** Chromium on a shared 2-core machine can be slow: wait patiently for what the user would see. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

let browser: Browser;
let server: DeckServer;
let deckDir: string;

beforeAll(async () => {
  deckDir = mkdtempSync(join(tmpdir(), 'deck-live-position-'));
  cpSync(bundledDeckDir, deckDir, { recursive: true });
  server = await startDeckServer({ path: deckDir });
  await server.ready;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const present = '.reveal .slides section.present:not(.stack)';
/** `file:line` of the slide shown in a window or a frame. */
const sourceOf = (page: Page | FrameLocator) => page.locator(present).first().evaluate((s) => `${s.getAttribute('data-source-file')}:${s.getAttribute('data-source-line')}`);
const currentFrame = (presenter: Page) => presenter.frameLocator('#current-frame');

/** The audience page and the presenter view, both on the first slide. */
async function openWindows(context: BrowserContext): Promise<{ audience: Page; presenter: Page }> {
  const audience = await context.newPage();
  await audience.goto(server.url);
  await audience.locator('.reveal.ready').waitFor();
  const presenter = await context.newPage();
  await presenter.goto(server.presenterUrl);
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('1');
  return { audience, presenter };
}

test('a slide added to an earlier file: both windows stay on the slide they showed (02-pc-era.md:31)', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { audience, presenter } = await openWindows(context);

  // Its number counting every slide, as the presenter's number + Enter takes it.
  const n = await audience.evaluate((selector) => [...document.querySelectorAll(selector)].findIndex((s) => `${s.getAttribute('data-source-file')}:${s.getAttribute('data-source-line')}` === '02-pc-era.md:31') + 1, '.reveal .slides section:not(.stack)');
  expect(n).toBeGreaterThan(1);
  const total = Number(await presenter.locator('#slide-total').textContent());
  await presenter.keyboard.type(String(n));
  await presenter.keyboard.press('Enter');
  await poll(() => sourceOf(audience)).toBe('02-pc-era.md:31');
  await poll(() => sourceOf(currentFrame(presenter))).toBe('02-pc-era.md:31');
  const shown = await audience.locator(present).first().innerText();
  const notes = await presenter.locator('#notes').innerText();

  appendFileSync(join(deckDir, '01-opening.md'), '\n---\n\n## 新加的一页\n\n讲到一半加的。\n');

  await poll(() => presenter.locator('#slide-total').textContent()).toBe(String(total + 1));
  await poll(() => presenter.locator('#slide-number').textContent()).toBe(String(n + 1));
  expect(await sourceOf(audience)).toBe('02-pc-era.md:31');
  expect(await audience.locator(present).first().innerText()).toBe(shown);
  expect(await sourceOf(currentFrame(presenter))).toBe('02-pc-era.md:31');
  expect(await presenter.locator('#notes').innerText()).toBe(notes);
  // And they still move together from there.
  await presenter.keyboard.press('ArrowRight');
  await poll(() => presenter.locator('#slide-number').textContent()).toBe(String(n + 2));
  await poll(() => sourceOf(audience)).not.toBe('02-pc-era.md:31');
  expect(await sourceOf(audience)).toBe(await sourceOf(currentFrame(presenter)));
  await context.close();
});

test('a slide added above the current one in the same file, then the current heading edited: the windows stay on it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { audience, presenter } = await openWindows(context);
  // The third slide of 03-official-accounts.md.
  const file = join(deckDir, '03-official-accounts.md');
  const n = await audience.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .map((s, i) => ({ source: s.getAttribute('data-source-file') ?? '', i }))
        .filter(({ source }) => source === '03-official-accounts.md')[2]!.i + 1,
    '.reveal .slides section:not(.stack)',
  );
  await presenter.keyboard.type(String(n));
  await presenter.keyboard.press('Enter');
  await poll(() => presenter.locator('#slide-number').textContent()).toBe(String(n));
  const shown = await audience.locator(present).first().innerText();

  // A new slide before the file's second slide.
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.splice(lines.indexOf('---'), 0, '---', '', '## 插在前面的一页', '');
  writeFileSync(file, lines.join('\n'));
  await poll(() => presenter.locator('#slide-number').textContent()).toBe(String(n + 1));
  expect(await audience.locator(present).first().innerText()).toBe(shown);

  // Then its heading gets a word: the same slide, by its place in the file.
  const source = (await sourceOf(audience))!;
  const edited = readFileSync(file, 'utf8').split('\n');
  const heading = edited.findIndex((text, i) => i >= Number(source.split(':')[1]) - 1 && /^#+ /.test(text));
  edited[heading] = `${edited[heading]} 改`;
  writeFileSync(file, edited.join('\n'));
  await poll(() => audience.locator(present).first().innerText()).toContain(' 改');
  await poll(() => currentFrame(presenter).locator(present).first().innerText()).toContain(' 改');
  expect(await presenter.locator('#slide-number').textContent()).toBe(String(n + 1));
  await context.close();
});
