// The injection attempts, built into a real deck and presented in Chromium from disk:
// going through every slide (clicking and hovering on each) fires no dialog, sets no
// global, violates no Content-Security-Policy rule and requests nothing outside the
// deck folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.js';
import { buildSite } from '../../src/site/site.js';
import { launchBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/decks.js';
import { evilSvg, injectionAttempts } from '../unit/security/attempts.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function buildAttackDeck(): Promise<{ out: string; slideCount: number }> {
  const deckDir = tempDir('deck-injection-src');
  writeFileSync(join(deckDir, 'deck.yaml'), 'title: injection\nlang: en\n');
  writeFileSync(join(deckDir, 'evil.svg'), evilSvg);
  // A real PNG (1×1) so the `<base href>` attempt has a relative image to redirect.
  writeFileSync(join(deckDir, 'pic.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
  const md = injectionAttempts.map((a) => `## ${a.name}\n\n${a.markdown}\n\nNote:\n<img src=x onerror="window.__pwned='notes'">`).join('\n\n---\n\n');
  writeFileSync(join(deckDir, 'slides.md'), md);
  const { deck } = loadDeck(deckDir);
  if (!deck) throw new Error('the attack deck did not load');
  const files = await buildSite(deck);
  const out = tempDir('deck-injection-out');
  for (const [path, content] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  }
  return { out, slideCount: deck.stacks.reduce((n, s) => n + s.slides.length, 0) };
}

test('no injection attempt runs script or reaches outside the deck folder', async () => {
  const { out, slideCount } = await buildAttackDeck();
  expect(slideCount).toBe(injectionAttempts.length);
  const inside = pathToFileURL(out).href + '/';

  const context = await browser.newContext();
  const outside: string[] = [];
  // Block everything that is not the deck, and remember that it was tried.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(inside) || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(inside) && !url.startsWith('data:') && !outside.includes(url)) outside.push(url);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const popups: string[] = [];
  page.on('popup', (p) => popups.push(p.url()));

  await page.goto(pathToFileURL(join(out, 'index.html')).href);
  await expect.poll(() => page.locator('.reveal .slides section.present').count()).toBeGreaterThan(0);

  for (let h = 0; h < injectionAttempts.length; h++) {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `#/${h}`);
    const current = page.locator('.reveal .slides > section.present');
    await expect.poll(() => current.getAttribute('data-source-file')).toBe('slides.md');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/${h}`);
    // Hover and click where the slide's content is, to trigger handlers that wait for it.
    const box = await current.boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      // A click on a refused link must not navigate away.
      if (!page.url().startsWith(inside)) await page.goBack();
    }
  }
  await page.waitForTimeout(300); // let lazy media and late handlers settle before judging

  await page.screenshot({ path: '/tmp/injection-last-slide.png' });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(popups).toEqual([]);
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  await context.close();
});
