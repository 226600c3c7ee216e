// Presenting windows that do not share a browser profile: in browser mode they follow
// each other through the server; a presenter opened from disk with no deck window to
// follow says so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { writePresentDeck } from '../helpers/present-deck.js';
import { startDeckServer, type DeckServer } from '../../src/serve/server.js';

/** Chromium on a shared 2-core machine can be slow: wait patiently for what the user would see. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

let browser: Browser;
let server: DeckServer;
let deckDir: string;

beforeAll(async () => {
  deckDir = writePresentDeck();
  server = await startDeckServer({ path: deckDir });
  await server.ready;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const presentText = (page: Page) => page.locator('.reveal .slides section.present:not(.stack)').first().innerText();

test('audience and presenter in two browser profiles follow each other through the server', async () => {
  // Two contexts are two profiles: no BroadcastChannel, no cookies, no storage in common.
  const first = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const second = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const audience = await first.newPage();
  await audience.goto(server.url);
  await audience.locator('.reveal.ready').waitFor();
  const presenter = await second.newPage();
  await presenter.goto(server.presenterUrl);
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('1');

  await presenter.keyboard.press('ArrowRight');
  await poll(() => presentText(audience)).toContain('第二页');
  await audience.keyboard.press('End');
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('5');
  await presenter.keyboard.press('b');
  await poll(() => audience.locator('.reveal.paused').count()).toBe(1);
  await presenter.keyboard.press('b');
  await poll(() => audience.locator('.reveal.paused').count()).toBe(0);

  // A presenter opened later in yet another profile joins where the talk is.
  const third = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const late = await third.newPage();
  await late.goto(server.presenterUrl);
  await poll(() => late.locator('#slide-number').textContent()).toBe('5');
  await Promise.all([first.close(), second.close(), third.close()]);
});

/** A raw POST to the event stream's URL, as another local page or program could send it. */
function post(headers: Record<string, string>, body: string): Promise<number> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, method: 'POST', path: `${url.pathname}events`, headers }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('sync messages are taken only from the pages themselves: same origin, JSON, small', async () => {
  const origin = new URL(server.url).origin;
  const message = JSON.stringify({ version: 1, type: 'hello', from: 'x', seq: 0 });
  expect(await post({ origin, 'content-type': 'application/json' }, message)).toBe(204);
  expect(await post({ origin: 'http://127.0.0.1:1', 'content-type': 'application/json' }, message)).toBe(403);
  expect(await post({ 'content-type': 'application/json' }, message)).toBe(403);
  expect(await post({ origin, 'content-type': 'text/plain' }, message)).toBe(403);
  expect(await post({ origin, 'content-type': 'application/json' }, 'not json')).toBe(400);
  expect(await post({ origin, 'content-type': 'application/json' }, JSON.stringify({ pad: 'x'.repeat(20_000) }))).toBe(413);
});

test('from disk, a presenter with no deck window to follow says so; opened beside the deck it does not', async () => {
  const out = mkdtempSync(join(tmpdir(), 'deck-sync-built-'));
  const built = spawnSync(process.execPath, ['out/cli.mjs', 'build', deckDir, '--out', out], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  const alone = await browser.newContext();
  const presenter = await alone.newPage();
  await presenter.goto(pathToFileURL(join(out, 'presenter.html')).href);
  await poll(() => presenter.locator('.sync-notice').isVisible()).toBe(true);
  expect(await presenter.locator('.sync-notice').innerText()).toContain('press S');
  await alone.close();

  const beside = await browser.newContext();
  const deck = await beside.newPage();
  await deck.goto(pathToFileURL(join(out, 'index.html')).href);
  await deck.locator('.reveal.ready').waitFor();
  const second = await beside.newPage();
  await second.goto(pathToFileURL(join(out, 'presenter.html')).href);
  await second.waitForTimeout(2500);
  expect(await second.locator('.sync-notice').isVisible()).toBe(false);
  await beside.close();
});
