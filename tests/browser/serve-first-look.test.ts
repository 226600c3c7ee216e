// `deck serve` shows the first slides without waiting for the whole deck: it answers with
// the first slides rendered (the others empty) and renders the rest once the page has its
// files and listens, in real Chromium. Its diagnostics are the whole deck's, reported once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Diagnostic } from '../../src/deck/model.js';
import { startDeckServer, type DeckServer } from '../../src/serve/server.js';
import { launchBrowser } from '../helpers/browser.js';

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

function writeDeck(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-first-look-'));
  writeFileSync(join(dir, 'deck.yaml'), 'title: first look\ntransition: none\n');
  const slides = Array.from({ length: 8 }, (_, i) => `## Slide ${i + 1}\n\ntext ${i + 1}`);
  // A warning on the last slide: found only by rendering it.
  slides[7] += '\n\n<blink>old</blink>';
  writeFileSync(join(dir, 'slides.md'), `${slides.join('\n\n---\n\n')}\n`);
  return dir;
}

let browser: Browser;
let server: DeckServer | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

test('the first slides are served before the rest is rendered; the page gets the rest once it listens, and the warnings are reported once', async () => {
  const reported: Diagnostic[][] = [];
  server = await startDeckServer({ path: writeDeck(), onDiagnostics: (d) => reported.push(d) });
  await server.ready;
  const first = await (await fetch(server.url)).text();
  expect(first).toContain('Slide 1');
  expect(first).not.toContain('Slide 8');

  const page = await browser.newPage();
  await page.goto(server.url);
  await poll(() => page.locator('.reveal .slides > section').last().textContent()).toContain('Slide 8');
  expect(await page.locator('.reveal .slides > section').count()).toBe(8);
  await poll(() => reported.flat().map((d) => d.code)).toEqual(['html-tag-not-allowed']);
  expect(reported.filter((d) => d.length > 0)).toHaveLength(1);
  await page.close();
});

test('a page served the first look that starts listening after the rest was shown is told; a page served the whole deck does not fetch it again', async () => {
  server = await startDeckServer({ path: writeDeck() });
  await server.ready;
  const firstLook = await (await fetch(server.url)).text();
  // Another page listens: the rest is rendered and announced before the first one listens.
  const events = await fetch(new URL('events', server.url));
  await poll(async () => (await (await fetch(new URL('deck.json', server!.url))).text()).includes('Slide 8')).toBe(true);

  const late = await browser.newPage();
  await late.route(server.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: firstLook }));
  await late.goto(server.url);
  await poll(() => late.locator('.reveal .slides > section').last().textContent()).toContain('Slide 8');

  const current = await browser.newPage();
  let fetched = 0;
  current.on('request', (request) => void (request.url().endsWith('/deck.json') && fetched++));
  await current.goto(server.url);
  await current.locator('.reveal.ready').waitFor();
  expect(await current.locator('.reveal .slides > section').last().textContent()).toContain('Slide 8');
  await current.waitForTimeout(500);
  expect(fetched).toBe(0);
  await late.close();
  await current.close();
  await events.body?.cancel();
});
