// End-to-end tests of the real app through playwright-core's Electron driver. They need
// Electron's binary, which cannot be downloaded on the build machines: there they are
// skipped with a message. To run them: `npx install-electron` (ELECTRON_MIRROR=… if the
// default download is blocked), `npm run compile`, then `npx vitest run tests/e2e`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findElectronBinary } from '../../src/cli/start-plan.js';
import { bundledDeckDir, packageRoot } from '../../src/paths.js';

const lookup = findElectronBinary(join(packageRoot, 'node_modules', 'electron'), process.env, {
  exists: existsSync,
  readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
});
const electronAvailable = lookup.binary !== undefined;
if (!electronAvailable) {
  console.log(
    `tests/e2e/electron.e2e.test.ts skipped: Electron's binary is not installed (looked for ${lookup.lookedAt}). ` +
      'Run `npx install-electron` (set ELECTRON_MIRROR=… where the download is blocked) and `npm run compile`, then `npx vitest run tests/e2e`.',
  );
}

async function windowAt(app: ElectronApplication, page: string): Promise<Page> {
  const found = app.windows().find((w) => w.url().includes(page));
  return found ?? app.waitForEvent('window', { predicate: (w) => w.url().includes(page) });
}

async function currentSlide(page: Page): Promise<number> {
  return page.evaluate(() => {
    const present = document.querySelector('.reveal .slides > section.present');
    return present ? [...document.querySelectorAll('.reveal .slides > section')].indexOf(present) : -1;
  });
}

describe.skipIf(!electronAvailable)('the Electron app', () => {
  let app: ElectronApplication;
  let audience: Page;

  beforeAll(async () => {
    app = await electron.launch({ executablePath: lookup.binary, args: [packageRoot, bundledDeckDir], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } });
    audience = await windowAt(app, 'index.html');
    await audience.waitForSelector('.reveal .slides > section.present');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  test('launches on our scheme and shows the first slide', async () => {
    expect(audience.url()).toMatch(/^deck:\/\/app\/index\.html/);
    expect(await currentSlide(audience)).toBe(0);
    expect(await audience.locator('.reveal .slides > section.present').isVisible()).toBe(true);
  });

  test('the page has no Node: require and process are undefined, only deckHost is exposed', async () => {
    expect(await audience.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await audience.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await audience.evaluate(() => Object.keys(window.deckHost ?? {}).sort())).toEqual(['openPresenter', 'subscribe', 'toggleFullscreen']);
  });

  test('window.open is denied', async () => {
    const before = app.windows().length;
    expect(await audience.evaluate(() => window.open('deck://app/index.html') === null)).toBe(true);
    expect(await audience.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(app.windows().length).toBe(before);
  });

  test('S opens the presenter view, and the arrow keys move both windows', async () => {
    await audience.keyboard.press('s');
    const presenter = await windowAt(app, 'presenter.html');
    await presenter.waitForSelector('#slide-number');
    await audience.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlide(audience)).toBe(1);
    await expect.poll(() => presenter.locator('#slide-number').textContent()).toBe('2');
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(() => currentSlide(audience)).toBe(0);
  });
});
