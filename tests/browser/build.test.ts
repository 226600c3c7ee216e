// The offline build as a user meets it: `deck build` writes a folder; the folder opens
// from disk (file://) and from a plain static server, with no network, shows every slide,
// hides the speaker notes, draws Chinese in the bundled font and follows the keyboard.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { tempDir, writeFixtureDeck } from '../helpers/decks.js';
import { serveFolder, type StaticServer } from '../helpers/static-server.js';

const shots = '/tmp/deck-build-shots';
const cli = (args: string[]) => execFileSync(process.execPath, ['out/cli.mjs', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let browser: Browser;
let server: StaticServer;
const built: Record<'fixture' | 'shipped', string> = { fixture: '', shipped: '' };

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  built.fixture = join(tempDir('build-fixture-out'), 'dist');
  cli(['build', writeFixtureDeck(tempDir('build-fixture')), '--out', built.fixture, '--no-layout']);
  built.shipped = join(tempDir('build-shipped-out'), 'dist');
  cli(['build', 'slides', '--out', built.shipped, '--no-layout']);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  /** Every request that tried to leave the deck's folder (or server), and every CSP refusal. */
  escapes: string[];
}

/** Opens a built deck, blocking and recording anything that is not the deck itself. */
async function open(url: string, allowedPrefix: string, ready = '.reveal.ready'): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const escapes: string[] = [];
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(allowedPrefix)) return route.continue();
    escapes.push(target);
    return route.abort('blockedbyclient');
  });
  page.on('request', (req) => {
    if (!req.url().startsWith(allowedPrefix) && !req.url().startsWith('data:')) escapes.push(req.url());
  });
  // A request the page's CSP refuses never reaches the network layer: record those too.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP refused ${e.blockedURI} (${e.violatedDirective})`));
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') escapes.push(`console: ${msg.text()} ${msg.location().url}`);
  });
  await page.goto(url);
  await page.waitForSelector(ready);
  await page.evaluate(() => document.fonts.ready);
  return { page, escapes };
}

/** Source position (`file:line`) of the slide on screen. */
const current = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.reveal .slides section.present')].filter((s) => !s.querySelector('section'));
    return shown.map((s) => `${s.dataset.sourceFile}:${s.dataset.sourceLine}`).join(',');
  });

const allSlides = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.reveal .slides section[data-source-file]')].map((s) => `${s.dataset.sourceFile}:${s.dataset.sourceLine}`));

/** What the audience can see of the current slide: text and figures, and whether notes show. */
const visibleContent = (page: Page) =>
  page.evaluate(() => {
    const slide = [...document.querySelectorAll<HTMLElement>('.reveal .slides section.present')].find((s) => !s.querySelector('section'))!;
    const box = slide.getBoundingClientRect();
    const shown = [...slide.querySelectorAll<HTMLElement>('h1,h2,h3,p,li,img,svg,pre,td,th,figure,blockquote')].filter((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && !el.closest('aside.notes');
    });
    const notes = [...slide.querySelectorAll<HTMLElement>('aside.notes')].filter((n) => n.getClientRects().length > 0 && getComputedStyle(n).display !== 'none');
    return { visible: box.width > 0 && box.height > 0, elements: shown.length, notesShown: notes.length };
  });

/** The font Chromium actually drew a node's text with (not merely the one CSS asked for). */
async function renderedFonts(page: Page, selector: string): Promise<{ familyName: string; postScriptName?: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

for (const via of ['file', 'http'] as const) {
  describe(`a built deck opened over ${via === 'file' ? 'file:// from disk' : 'a plain static http server'}`, () => {
    const openDeck = async (which: keyof typeof built) => {
      if (via === 'file') return open(pathToFileURL(join(built[which], 'index.html')).href, pathToFileURL(built[which]).href + '/');
      await server?.close();
      server = await serveFolder(built[which]);
      return open(server.url, server.url);
    };

    test('the shipped deck boots, shows every slide with content and no notes, and asks for nothing outside its folder', async () => {
      const { page, escapes } = await openDeck('shipped');
      const expected = await allSlides(page);
      expect(expected.length).toBeGreaterThan(20);
      const seen = new Set<string>();
      for (let step = 0; step < 400; step++) {
        const here = await current(page);
        if (!seen.has(here)) {
          const content = await visibleContent(page);
          expect(content, here).toMatchObject({ visible: true, notesShown: 0 });
          expect(content.elements, `${here} shows something`).toBeGreaterThan(0);
          if (via === 'file') {
            // Let the slide transition finish, so the picture shows one slide, not two.
            await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined))));
            await page.screenshot({ path: join(shots, `shipped-${String(seen.size).padStart(2, '0')}.png`) });
          }
          seen.add(here);
        }
        if (seen.size === expected.length) break;
        await page.keyboard.press('Space');
      }
      expect([...seen].sort()).toEqual([...expected].sort());
      expect(escapes).toEqual([]);
      await page.close();
    }, 120_000);

    test('Chinese text is drawn with the bundled Noto Sans SC, in both weights', async () => {
      const { page, escapes } = await openDeck('fixture');
      expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '企业微信'))).toBe(true);
      const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded').map((f) => f.weight));
      expect(new Set(loaded)).toEqual(new Set(['400', '700']));
      // isCustomFont tells a web font from a system one, so these checks hold on a machine
      // with Chinese system fonts too (fonts-noto-cjk): a bundled font that failed to load
      // would show here as the system fallback. The subsets carry the font's true names
      // (fontsource's files call every weight "Thin"; src/site/font-names.ts renames them),
      // and their PostScript names tell the weight actually drawn.
      const heading = await renderedFonts(page, '.reveal .slides section.present h1');
      expect(heading).toEqual([expect.objectContaining({ isCustomFont: true, familyName: 'Noto Sans SC', postScriptName: 'NotoSansSC-Bold' })]);
      const paragraph = await renderedFonts(page, '.reveal .slides section.present p:not(:has(strong))');
      expect(paragraph).toEqual([expect.objectContaining({ isCustomFont: true, postScriptName: 'NotoSansSC-Regular' })]);
      const bold = await renderedFonts(page, '.reveal .slides section.present strong');
      expect(bold).toEqual([expect.objectContaining({ isCustomFont: true, postScriptName: 'NotoSansSC-Bold' })]);
      if (via === 'file') await page.screenshot({ path: join(shots, 'fixture-first.png') });
      expect(escapes).toEqual([]);
      await page.close();
    });

    test('the keyboard moves through the deck: arrows, space, Home and End', async () => {
      const { page, escapes } = await openDeck('fixture');
      const slides = await allSlides(page);
      const first = slides[0]!;
      const second = slides[1]!;
      const third = slides[2]!;
      const last = slides[slides.length - 1]!;
      expect(await current(page)).toBe(first);
      await page.keyboard.press('ArrowRight');
      expect(await current(page)).toBe(second);
      await page.keyboard.press('ArrowLeft');
      expect(await current(page)).toBe(first);
      await page.keyboard.press('Space');
      expect(await current(page)).toBe(second);
      await page.keyboard.press('End');
      // End goes to the last horizontal position, the top of its vertical stack.
      expect(await current(page)).toBe(third);
      // Space goes on through the fragment there and down into the stack.
      for (let i = 0; i < 3 && (await current(page)) !== last; i++) await page.keyboard.press('Space');
      expect(await current(page)).toBe(last);
      await page.keyboard.press('Home');
      expect(await current(page)).toBe(first);
      expect(escapes).toEqual([]);
      await page.close();
    });

    test('S opens the presenter view: n / N, the notes and both previews follow, and either window drives', async () => {
      const { page: audience, escapes } = await openDeck('fixture');
      const [presenter] = await Promise.all([audience.context().waitForEvent('page'), audience.keyboard.press('s')]);
      presenter.on('console', (msg) => {
        if (msg.type() === 'error') escapes.push(`presenter console: ${msg.text()}`);
      });
      const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });
      const preview = (id: string) => presenter.frameLocator(`#${id}`).locator('.reveal .slides section.present:not(.stack)').first();
      const slides = await allSlides(audience);
      await poll(() => presenter.locator('.position').innerText()).toBe(`1/${slides.length}01-start.md:1`);
      expect(await presenter.locator('#notes').innerText()).toContain('讲者备注');
      await poll(() => preview('current-frame').getAttribute('data-source-line')).toBe('1');
      await poll(() => preview('next-frame').getAttribute('data-source-line')).toBe(slides[1]!.split(':')[1]);
      // The presenter drives: the audience and the previews follow.
      await presenter.keyboard.press('ArrowRight');
      await poll(() => current(audience)).toBe(slides[1]);
      await poll(() => presenter.locator('#slide-number').textContent()).toBe('2');
      await poll(() => preview('current-frame').getAttribute('data-source-line')).toBe(slides[1]!.split(':')[1]);
      // The audience drives: the presenter follows, notes and previews included.
      await audience.keyboard.press('Home');
      await poll(() => presenter.locator('#slide-number').textContent()).toBe('1');
      await poll(() => preview('current-frame').getAttribute('data-source-line')).toBe('1');
      expect(await presenter.locator('#notes').innerText()).toContain('讲者备注');
      expect(await presenter.locator('.sync-notice').isVisible()).toBe(false);
      if (via === 'file') await presenter.screenshot({ path: join(shots, 'presenter-from-disk.png') });
      expect(escapes).toEqual([]);
      await presenter.close();
      await audience.close();
    });

    test('the presenter view lists the deck\'s warnings and the slides that overflow, measured in the browser', async () => {
      const deck = tempDir('build-warnings');
      const list = Array.from({ length: 30 }, (_, i) => `- 第 ${i + 1} 条`).join('\n');
      writeFileSync(join(deck, 'deck.yaml'), 'title: 警告\nlang: zh-CN\ntransition: none\n');
      // The title's remote picture is refused with a warning that quotes its URL: text, not a load, so the build goes ahead.
      writeFileSync(join(deck, '01.md'), `# 标题 ![远程](https://img.example/a.png)\n\n---\n\n## 太长\n\n${list}\n\n---\n\n## 代码\n\n\`\`\`js\nconst a = 1;\n\n---\n\n## 被吞掉\n`);
      const out = join(tempDir('build-warnings-out'), 'dist');
      cli(['build', deck, '--out', out, '--no-layout']);
      let page: Page;
      if (via === 'file') page = (await open(pathToFileURL(join(out, 'presenter.html')).href, pathToFileURL(out).href + '/', 'body.presenter')).page;
      else {
        await server?.close();
        server = await serveFolder(out);
        page = (await open(`${server.url}presenter.html`, server.url, 'body.presenter')).page;
      }
      const badge = page.locator('#diagnostics-badge');
      // From disk a page cannot read deck.json, where the build's warnings are: the overflow it measures itself.
      await expect.poll(() => badge.textContent(), { timeout: 15_000 }).toBe(via === 'file' ? '1 warning' : '3 warnings');
      await badge.click();
      const text = await page.locator('#diagnostics-list').innerText();
      if (via === 'http') expect(text).toContain('01.md:42:1: this code block is never closed');
      if (via === 'http') expect(text).toContain('src="https://img.example/a.png" was removed');
      expect(text).toMatch(/01\.md:5:1: this slide does not fit: its content is \d+ px tall/);
      if (via === 'file') await page.screenshot({ path: join(shots, 'presenter-warnings-from-disk.png') });
      await page.close();
    });
  });
}
