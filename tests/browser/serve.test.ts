// `deck serve` as a user runs it: the printed URLs work in Chromium, and the server
// refuses what is not the user's browser on this machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { writePresentDeck } from '../helpers/present-deck.js';

/** Chromium on a shared 2-core machine can be slow: wait patiently for what the user would see. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

let child: ChildProcess;
let audienceUrl: URL;
let presenterUrl: URL;
let browser: Browser;

function runServe(dir: string): { child: ChildProcess; output: Promise<string> } {
  const c = spawn(process.execPath, ['out/cli.mjs', 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = new Promise<string>((resolve, reject) => {
    let out = '';
    c.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Presenter:')) resolve(out);
    });
    c.on('exit', (code) => reject(new Error(`deck serve exited with ${code}: ${out}`)));
  });
  return { child: c, output };
}

beforeAll(async () => {
  const run = runServe(writePresentDeck());
  child = run.child;
  const out = await run.output;
  audienceUrl = new URL(/Audience:\s+(\S+)/.exec(out)![1]!);
  presenterUrl = new URL(/Presenter:\s+(\S+)/.exec(out)![1]!);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  child?.kill('SIGTERM');
});

/** A raw request, so the Host header can be anything (fetch would not allow it). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: audienceUrl.port, path, headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode!, headers: res.headers });
    });
    req.on('error', reject);
    req.end();
  });
}

test('it listens on 127.0.0.1 with a random port and prints both URLs with a token', () => {
  expect(audienceUrl.hostname).toBe('127.0.0.1');
  expect(Number(audienceUrl.port)).toBeGreaterThan(0);
  expect(audienceUrl.searchParams.get('token')!.length).toBeGreaterThanOrEqual(20);
  expect(presenterUrl.pathname).toBe('/presenter.html');
});

test('without the token every path is refused with 403', async () => {
  for (const path of ['/', '/index.html', '/presenter.html', '/deck.json', '/app/deck.js', '/events']) {
    expect((await get(path)).status).toBe(403);
  }
  expect((await get('/?token=wrong')).status).toBe(403);
});

test('the token sets an HttpOnly SameSite=Strict cookie that then opens the rest; the CSP comes as a header', async () => {
  const first = await get(`/${audienceUrl.search}`);
  expect(first.status).toBe(200);
  const cookie = String(first.headers['set-cookie']);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  expect(first.headers['content-security-policy']).toContain("script-src 'self'");
  const next = await get('/deck.json', { cookie: cookie.split(';')[0]! });
  expect(next.status).toBe(200);
});

test('a foreign Host header (DNS rebinding) is refused even with the token', async () => {
  const evil = await get(`/${audienceUrl.search}`, { host: `evil.example:${audienceUrl.port}` });
  expect(evil.status).toBe(421);
  expect((await get(`/${audienceUrl.search}`, { host: 'evil.example' })).status).toBe(421);
  expect((await get(`/${audienceUrl.search}`, { host: `localhost:${audienceUrl.port}` })).status).toBe(200);
});

test('the printed URLs open the deck and the presenter view in Chromium, with no request leaving the server', async () => {
  const context = await browser.newContext();
  const foreign: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(audienceUrl.origin)) foreign.push(r.url());
  });
  const page = await context.newPage();
  await page.goto(audienceUrl.href);
  await page.locator('.reveal.ready .slides section.present').first().waitFor();
  const presenter = await context.newPage();
  await presenter.goto(presenterUrl.href);
  await poll(() => presenter.locator('#slide-total').textContent()).toBe('5');
  expect(foreign).toEqual([]);
  await context.close();
});

test('S in the audience window opens the presenter view', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(audienceUrl.href);
  await page.locator('.reveal.ready').waitFor();
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await popup.waitForLoadState();
  expect(new URL(popup.url()).pathname).toBe('/presenter.html');
  await poll(() => popup.locator('#slide-number').textContent()).toBe('1');
  await context.close();
});

test('a deck with nothing to present: the errors are printed and it exits non-zero', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'deck-serve-empty-'));
  writeFileSync(join(empty, 'notes.txt'), 'not a slide');
  const c = spawn(process.execPath, ['out/cli.mjs', 'serve', empty, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  c.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => c.on('exit', resolve));
  expect(code).toBe(1);
  expect(stderr).toMatch(/no markdown files|no slides/);
});
