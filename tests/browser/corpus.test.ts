// Real decks from the corpus, built and opened as their audience would: reveal-md's own
// separators and reveal.js theme, and a Slidev deck, open from disk with every slide,
// the theme's colours, the notes hidden and nothing fetched from the network.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/decks.js';

const corpus = join(__dirname, '../fixtures/corpus');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function buildAndOpen(deck: string) {
  const out = join(tempDir('corpus-build'), 'dist');
  execFileSync(process.execPath, ['out/cli.mjs', 'build', join(corpus, deck), '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const prefix = pathToFileURL(out).href;
  const escapes: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(prefix) || url.startsWith('data:')) return route.continue();
    escapes.push(url);
    return route.abort('blockedbyclient');
  });
  await page.goto(`${prefix}/index.html`);
  await page.waitForSelector('.reveal.ready');
  return { page, escapes };
}

test('a reveal-md talk with <!--s-->/<!--v--> separators and the solarized theme opens as its author meant', async () => {
  const { page, escapes } = await buildAndOpen('revealmd-demo-c/c.md');
  const shown = await page.evaluate(() => ({
    stacks: document.querySelectorAll('.reveal .slides > section').length,
    slides: document.querySelectorAll('.reveal .slides section[data-source-file]').length,
    background: getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor,
    notesVisible: [...document.querySelectorAll('aside.notes')].some((n) => n.getClientRects().length > 0),
    lang: document.documentElement.lang,
  }));
  // solarized's base3 background, rgb(253, 246, 227).
  expect(shown).toEqual({ stacks: 3, slides: 4, background: 'rgb(253, 246, 227)', notesVisible: false, lang: 'en' });
  expect(escapes).toEqual([]);
  await page.close();
}, 120_000);

test('a Slidev deck opens with every slide and its per-slide front matter consumed, never shown', async () => {
  const { page, escapes } = await buildAndOpen('slidev-theme-shibainu/example.md');
  const text = await page.evaluate(() => document.querySelector('.reveal .slides')!.textContent ?? '');
  expect(text).not.toMatch(/^\s*layout:/m);
  expect(await page.evaluate(() => document.querySelectorAll('.reveal .slides section[data-source-file]').length)).toBe(14);
  expect(escapes).toEqual([]);
  await page.close();
}, 120_000);
