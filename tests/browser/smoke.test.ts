import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { launchBrowser } from '../helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test('a built deck opens from disk and shows its first slide', async () => {
  const out = mkdtempSync(join(tmpdir(), 'deck-smoke-'));
  execFileSync(process.execPath, ['out/cli.mjs', 'build', 'slides', '--out', out]);
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(out, 'index.html')).href);
  await expect.poll(() => page.locator('.reveal .slides > section.present').count()).toBe(1);
  await page.screenshot({ path: '/tmp/smoke.png' });
});
