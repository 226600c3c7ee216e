// `deck serve` as a user runs it: the printed URLs work in Chromium, and the server
// refuses what is not the user's browser on this machine.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { exitCodes } from '../../src/errors.js';
import { listenSite } from '../../src/serve/http.js';
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

test('it listens on 127.0.0.1 with a random port and prints both URLs under a long secret folder', () => {
  expect(audienceUrl.hostname).toBe('127.0.0.1');
  expect(Number(audienceUrl.port)).toBeGreaterThan(0);
  const secret = audienceUrl.pathname.split('/')[1]!;
  expect(secret).toMatch(/^[A-Za-z0-9_-]{24,}$/);
  expect(audienceUrl.pathname).toBe(`/${secret}/`);
  expect(audienceUrl.search).toBe('');
  expect(presenterUrl.pathname).toBe(`/${secret}/presenter.html`);
});

test('outside the secret folder every path is refused with 403', async () => {
  for (const path of ['/', '/index.html', '/presenter.html', '/deck.json', '/app/deck.js', '/events', '/x/index.html']) {
    expect((await get(path)).status).toBe(403);
  }
});

test('inside it the files are served with no cookie, the CSP and no framing by another origin', async () => {
  const page = await get(audienceUrl.pathname);
  expect(page.status).toBe(200);
  expect(page.headers['set-cookie']).toBeUndefined();
  expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  expect(page.headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect((await get(`${audienceUrl.pathname}deck.json`)).status).toBe(200);
  expect((await get(presenterUrl.pathname)).headers['x-frame-options']).toBe('DENY');
  // Without the trailing slash the page's relative URLs would leave the folder.
  const bare = await get(audienceUrl.pathname.slice(0, -1));
  expect(bare.status).toBe(308);
  expect(bare.headers.location).toBe(audienceUrl.pathname);
});

test('a foreign Host header (DNS rebinding) is refused even with the secret', async () => {
  const evil = await get(audienceUrl.pathname, { host: `evil.example:${audienceUrl.port}` });
  expect(evil.status).toBe(421);
  expect((await get(audienceUrl.pathname, { host: 'evil.example' })).status).toBe(421);
  expect((await get(audienceUrl.pathname, { host: `localhost:${audienceUrl.port}` })).status).toBe(200);
});

/** Another web server on 127.0.0.1, as any local program may run: it records what browsers send it. */
async function otherLocalServer(page: string): Promise<{ server: Server; url: string; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, seen };
}

test('another server on 127.0.0.1 never learns the secret, and cannot frame the deck even if it knew it', async () => {
  const other = await otherLocalServer(`<iframe id="deck" src="${audienceUrl.href}"></iframe>`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(audienceUrl.href);
    await page.locator('.reveal.ready').waitFor();
    await page.goto(other.url);
    // The browser sends that server nothing of the deck's (a cookie would go to every port).
    expect(other.seen.length).toBeGreaterThan(0);
    for (const headers of other.seen) expect(JSON.stringify(headers)).not.toContain(audienceUrl.pathname.split('/')[1]!);
    expect(other.seen.map((h) => h.cookie)).toEqual(other.seen.map(() => undefined));
    // Its page framing the deck gets Chromium's error page, not the slides.
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await poll(() => frame.url()).not.toBe('about:blank');
    await frame.waitForLoadState().catch(() => undefined);
    expect(await frame.locator('.reveal').count().catch(() => 0)).toBe(0);
  } finally {
    await context.close();
    other.server.close();
  }
  // Two page loads and a frame's error page, on a shared machine.
}, 60_000);

test("media/ files cannot run: a deck's HTML or SVG opened on its own runs no script, not even one of the deck's own", async () => {
  // The attack that worked: a page and a script copied into media/, where script-src 'self' allowed them.
  const site = new Map<string, string>([
    ['media/p.html', '<title>inert</title><script src="x.js"></script>'],
    ['media/x.js', 'document.title = "ran";'],
    ['media/x.svg', '<svg xmlns="http://www.w3.org/2000/svg"><title>inert</title><script href="x.js"/></svg>'],
  ]);
  const server = await listenSite({ port: 0, site: async () => site, unavailable: '', onEvents: (res) => res.end() });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    for (const path of ['media/p.html', 'media/x.svg']) {
      const response = await page.goto(server.url(path));
      await page.waitForLoadState('load');
      expect(await page.title()).toBe('inert');
      expect(response!.headers()['content-security-policy']).toMatch(/^sandbox/);
    }
  } finally {
    await context.close();
    await server.close();
  }
});

/** Runs a command of ours to its end: exit code and both streams. */
function runToEnd(script: string, args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 20_000 });
}

test('a deck folder that does not exist: one line saying so, exit 3, and no URLs printed', () => {
  for (const [script, args] of [
    ['out/cli.mjs', ['serve', '/no/such/dir']],
    ['out/start.mjs', ['/no/such/dir']],
  ] as const) {
    const result = runToEnd(script, [...args]);
    expect(result.status).toBe(exitCodes.io);
    expect(result.stdout).not.toMatch(/http:/);
    expect(result.stderr).toContain('deck: no deck at /no/such/dir: there is no such folder or file');
    expect(result.stderr).not.toMatch(/unexpected failure|\n\s+at /);
  }
});

test('a port in use: one line saying so, exit 2, and no URLs printed', async () => {
  const result = runToEnd('out/cli.mjs', ['serve', writePresentDeck(), '--port', audienceUrl.port]);
  expect(result.status).toBe(exitCodes.usage);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(`Port ${audienceUrl.port} on 127.0.0.1 is already in use`);
  expect(result.stderr).not.toMatch(/unexpected failure|\n\s+at /);
});
