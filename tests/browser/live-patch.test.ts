// Live reload touches only the slides a save changed: in real Chromium through `deck
// serve`, the page's <section> elements (and the content of slides whose content did not
// change) are the same DOM nodes before and after a save, so a video playing on another
// slide, or reveal.js's state on it, is left alone.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startDeckServer, type DeckServer } from '../../src/serve/server.js';

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

const files: Record<string, string> = {
  'deck.yaml': 'title: patch\ntransition: none\n',
  'a.md': ['# A1\n\n- one <!-- .element: class="fragment" -->', '## A2\n\ntwo', '## A3\n\nthree', '## A4\n\nfour'].join('\n\n---\n\n') + '\n',
  'b.md': '## B1\n\n----\n\n## B2\n\n---\n\n## B3\n',
};

let browser: Browser;
let server: DeckServer;
let dir: string;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deck-live-patch-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  server = await startDeckServer({ path: dir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  for (const [name, text] of Object.entries(files)) if (readFileSync(join(dir, name), 'utf8') !== text) writeFileSync(join(dir, name), text);
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(server.url);
  await page.locator('.reveal.ready').waitFor();
  // Past A1's fragment, onto A2.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await poll(() => page.locator('section.present').first().innerText()).toContain('A2');
  // Every section and every section's first child, held by the page across the save.
  await page.evaluate(() => {
    const sections = Array.from(document.querySelectorAll('.reveal .slides section'));
    Object.assign(window, { sections, children: sections.map((s) => s.firstElementChild) });
  });
});

/** For each section now in the page (by its heading): the same element as before the save, and the same first child. */
const identity = () =>
  page.evaluate(() => {
    const { sections, children } = window as unknown as { sections: Element[]; children: (Element | null)[] };
    return Array.from(document.querySelectorAll('.reveal .slides section')).map((s) => {
      const at = sections.indexOf(s);
      return { heading: s.querySelector('h1, h2')?.textContent ?? '(stack)', line: s.getAttribute('data-source-line'), sameElement: at !== -1, sameContent: at !== -1 && children[at] === s.firstElementChild };
    });
  });

test('a save patches the slide it changed; the others keep their elements, and those whose line moved keep their content too', async () => {
  writeFileSync(join(dir, 'a.md'), files['a.md']!.replace('## A2\n\ntwo', '## A2 edited\n\na line more\n\ntwo'));
  await poll(() => page.locator('section.present').first().innerText()).toContain('A2 edited');
  expect(await identity()).toEqual([
    { heading: 'A1', line: '1', sameElement: true, sameContent: true },
    { heading: 'A2 edited', line: '7', sameElement: true, sameContent: false },
    { heading: 'A3', line: '15', sameElement: true, sameContent: true },
    { heading: 'A4', line: '21', sameElement: true, sameContent: true },
    { heading: 'B1', line: null, sameElement: true, sameContent: true },
    { heading: 'B1', line: '1', sameElement: true, sameContent: true },
    { heading: 'B2', line: '5', sameElement: true, sameContent: true },
    { heading: 'B3', line: '9', sameElement: true, sameContent: true },
  ]);
});

test('a save that adds a slide: the stacks before and after it keep their elements', async () => {
  writeFileSync(join(dir, 'a.md'), `${files['a.md']!}\n---\n\n## A5 new\n`);
  await poll(() => page.locator('.reveal .slides > section').count()).toBe(7);
  const after = await identity();
  expect(after.map((s) => s.heading)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5 new', 'B1', 'B1', 'B2', 'B3']);
  expect(after.filter((s) => !s.sameElement).map((s) => s.heading)).toEqual(['A5 new']);
  expect(await page.locator('section.present').first().innerText()).toContain('A2');
});

test('an edited slide before the current one shows all its fragments, as reveal.js shows them on slides already passed', async () => {
  expect(await page.locator('.reveal .slides > section').first().locator('.fragment.visible').count()).toBe(1);
  writeFileSync(join(dir, 'a.md'), files['a.md']!.replace('- one', '- one edited'));
  await poll(() => page.locator('.reveal .slides > section').first().textContent()).toContain('one edited');
  expect(await page.locator('.reveal .slides > section').first().locator('.fragment.visible').count()).toBe(1);
  expect(await page.locator('section.present').first().innerText()).toContain('A2');
});

test("a save that changes only the slides' attributes (a line added above them) reaches the page, and keeps their content", async () => {
  // A save before, so the page has a version of deck.json to compare with.
  writeFileSync(join(dir, 'a.md'), files['a.md']!.replace('two', 'two again'));
  await poll(() => page.locator('section.present').first().innerText()).toContain('two again');
  writeFileSync(join(dir, 'b.md'), `\n${files['b.md']!}`);
  await poll(async () => (await identity()).slice(4).map((s) => s.line)).toEqual([null, '2', '6', '10']);
  expect((await identity()).slice(4).every((s) => s.sameElement && s.sameContent)).toBe(true);
  // A slide setting's value alone: the same content, another opening tag.
  const withColour = (colour: string) => files['a.md']!.replace('## A3\n', `<!-- .slide: data-background-color="${colour}" -->\n## A3\n`);
  writeFileSync(join(dir, 'a.md'), withColour('#111111'));
  await poll(() => page.locator('.reveal .slides > section').nth(2).getAttribute('data-background-color')).toBe('#111111');
  writeFileSync(join(dir, 'a.md'), withColour('#222222'));
  await poll(() => page.locator('.reveal .slides > section').nth(2).getAttribute('data-background-color')).toBe('#222222');
});
