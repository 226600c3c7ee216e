// The presenter view and the audience page in real Chromium through `deck serve`'s
// server: what the presenter sees, windows kept in step both ways, the black screen,
// the timer, and live reload without a page reload.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { presentDeckFiles, writePresentDeck } from '../helpers/present-deck.js';
import { startDeckServer, type DeckServer } from '../../src/serve/server.js';

let browser: Browser;
let server: DeckServer;
let deckDir: string;
let context: BrowserContext;
let audience: Page;
let presenter: Page;

beforeAll(async () => {
  deckDir = writePresentDeck();
  server = await startDeckServer({ path: deckDir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  for (const [name, text] of Object.entries(presentDeckFiles)) {
    if (readFileSync(join(deckDir, name), 'utf8') !== text) writeFileSync(join(deckDir, name), text);
  }
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  audience = await context.newPage();
  await audience.goto(server.url);
  await audience.locator('.reveal.ready').waitFor();
  presenter = await context.newPage();
  await presenter.goto(server.presenterUrl);
  await expect.poll(() => presenter.locator('#slide-number').textContent()).toBe('1');
});

const presentText = (page: Page | Frame) => page.locator('.reveal .slides section.present:not(.stack)').first().innerText();
const frame = (id: string) => presenter.frameLocator(`#${id}`);
const frameText = (id: string) => frame(id).locator('.reveal .slides section.present:not(.stack)').first().innerText();

test('the presenter view shows the current and next slide, the notes and n / N', async () => {
  await expect.poll(() => frameText('current-frame')).toContain('第一页');
  await expect.poll(() => frameText('next-frame')).toContain('第二页');
  await expect.poll(() => presenter.locator('#notes').innerText()).toContain('开场白的备注');
  expect(await presenter.locator('#slide-total').textContent()).toBe('5');
  await presenter.screenshot({ path: '/tmp/present-presenter.png' });
  await audience.screenshot({ path: '/tmp/present-audience.png' });
});

test('the next preview shows the next fragment before the next slide', async () => {
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => presenter.locator('#slide-number').textContent()).toBe('2');
  // On the fragment slide the next step is its first fragment, not slide 3.
  await expect.poll(() => frame('next-frame').locator('section.present .fragment.visible').count()).toBe(1);
  expect(await frameText('next-frame')).toContain('第二页');
  await presenter.keyboard.press('PageDown');
  await presenter.keyboard.press('PageDown');
  await expect.poll(() => frameText('next-frame')).toContain('第三页');
  await expect.poll(() => audience.locator('section.present .fragment.visible').count()).toBe(2);
});

test('navigating in the presenter moves the audience, and the other way round', async () => {
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => presentText(audience)).toContain('第二页');
  await audience.keyboard.press('End');
  await expect.poll(() => presenter.locator('#slide-number').textContent()).toBe('5');
  await expect.poll(() => presenter.locator('#notes').innerText()).toContain('结尾的备注');
  await expect.poll(() => presenter.locator('#end-badge').isVisible()).toBe(true);
  await audience.keyboard.press('Home');
  await expect.poll(() => presenter.locator('#slide-number').textContent()).toBe('1');
  await expect.poll(() => frameText('current-frame')).toContain('第一页');
});

test('a number and Enter jumps to that slide, counting vertical slides', async () => {
  await presenter.keyboard.type('4');
  await presenter.keyboard.press('Enter');
  await expect.poll(() => presentText(audience)).toContain('第四页');
  await expect.poll(() => presenter.locator('#notes').innerText()).toContain('第四页的备注');
  await audience.keyboard.type('1');
  await audience.keyboard.press('Enter');
  await expect.poll(() => presenter.locator('#slide-number').textContent()).toBe('1');
});

test('B blacks the audience screen and the presenter says so; . brings it back', async () => {
  await presenter.keyboard.press('b');
  await expect.poll(() => audience.locator('.reveal.paused').count()).toBe(1);
  expect(await presenter.locator('#black-badge').isVisible()).toBe(true);
  // reveal.js fades to black; what the room sees at the end of the fade is black.
  await expect.poll(() => audience.locator('.pause-overlay').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await audience.screenshot({ path: '/tmp/present-audience-black.png' });
  await audience.keyboard.press('.');
  await expect.poll(() => presenter.locator('#black-badge').isVisible()).toBe(false);
  expect(await audience.locator('.reveal.paused').count()).toBe(0);
});

test('O shows the overview in both windows and Enter leaves it', async () => {
  await presenter.keyboard.press('o');
  await expect.poll(() => audience.locator('.reveal.overview').count()).toBe(1);
  await audience.keyboard.press('ArrowRight');
  await audience.keyboard.press('Enter');
  await expect.poll(() => audience.locator('.reveal.overview').count()).toBe(0);
  await expect.poll(() => presenter.locator('#slide-number').textContent()).toBe('2');
  expect(await presenter.locator('#overview-badge').isVisible()).toBe(false);
});

test('the timer starts, pauses and resets; the pace compares with the planned duration', async () => {
  const elapsed = presenter.locator('#elapsed');
  expect(await elapsed.textContent()).toBe('0:00');
  expect(await presenter.locator('#pace').textContent()).toBe('planned 10:00');
  await presenter.locator('#timer-start').click();
  await expect.poll(() => elapsed.textContent(), { timeout: 5000 }).not.toBe('0:00');
  expect(await presenter.locator('#pace').textContent()).toBe('on time');
  await presenter.keyboard.press('End');
  // Slide 5 of 5 is planned to start at minute 8: arriving after seconds is well ahead.
  await expect.poll(() => presenter.locator('#pace').textContent()).toMatch(/^ahead 7:5\d$/);
  await presenter.locator('#timer-pause').click();
  const paused = await elapsed.textContent();
  await presenter.waitForTimeout(1300);
  expect(await elapsed.textContent()).toBe(paused);
  await presenter.locator('#timer-reset').click();
  expect(await elapsed.textContent()).toBe('0:00');
});

test('the notes font grows and shrinks with the buttons and keys, and is remembered', async () => {
  const size = () => presenter.locator('#notes').evaluate((el) => getComputedStyle(el).fontSize);
  const before = parseFloat(await size());
  await presenter.locator('#notes-larger').click();
  await presenter.keyboard.press('+');
  expect(parseFloat(await size())).toBe(before + 8);
  await presenter.keyboard.press('-');
  expect(parseFloat(await size())).toBe(before + 4);
  await presenter.reload();
  expect(parseFloat(await size())).toBe(before + 4);
  await presenter.locator('#notes-smaller').click();
});

test('live reload: a saved edit appears in both windows, in place, on the same slide and fragment', async () => {
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => audience.locator('section.present .fragment.visible').count()).toBe(1);
  await audience.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await presenter.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  const file = join(deckDir, '01-start.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('第二页：要点', '第二页：改过的要点').replace('第二页的备注', '改过的备注'));

  await expect.poll(() => presentText(audience)).toContain('改过的要点');
  await expect.poll(() => frameText('current-frame')).toContain('改过的要点');
  await expect.poll(() => presenter.locator('#notes').innerText()).toContain('改过的备注');
  expect(await audience.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  expect(await presenter.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  expect(await audience.locator('section.present .fragment.visible').count()).toBe(1);
  expect(await presenter.locator('#slide-number').textContent()).toBe('2');
});

test('a broken save: the audience keeps the last good deck, the presenter shows file:line; the fix clears it', async () => {
  await audience.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  writeFileSync(join(deckDir, 'deck.yaml'), 'title: 测试演示\nduration: [10\n');
  await expect.poll(() => presenter.locator('#diagnostics').isVisible(), { timeout: 10_000 }).toBe(true);
  expect(await presenter.locator('#diagnostics-list').innerText()).toMatch(/deck\.yaml:\d+:\d+/);
  await presenter.screenshot({ path: '/tmp/present-presenter-broken.png' });
  expect(await presentText(audience)).toContain('第一页');
  expect(await audience.locator('body').innerText()).not.toContain('deck.yaml');

  writeFileSync(join(deckDir, 'deck.yaml'), presentDeckFiles['deck.yaml']!.replace('测试演示', '测试演示2'));
  await expect.poll(() => presenter.locator('#diagnostics').isVisible(), { timeout: 10_000 }).toBe(false);
  expect(await audience.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
});
