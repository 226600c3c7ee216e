// Slides that run past their frame, found in Chromium (the browser the PDF export uses)
// and reported by `deck check` and `deck build` at the slide's line.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.js';
import { checkLayout } from '../../src/export/overflow.js';
import { chromiumPath, launchBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/decks.js';

const cli = resolve('out/cli.mjs');
const list = Array.from({ length: 30 }, (_, i) => `- item ${i + 1}`).join('\n');
const markdown = `# Fits\n\nshort\n\n---\n\n## Too long\n\n${list}\n\n---\n\n## Wide\n\n<div style="width:3000px">wide</div>\n\n---\n\n## Fragments count\n\n${list.split('\n').slice(0, 14).join('\n')}\n\n${list.split('\n').slice(0, 14).map((l) => `${l} <!-- .element: class="fragment" -->`).join('\n')}\n`;
let dir: string;

beforeAll(() => {
  dir = tempDir('overflow');
  writeFileSync(join(dir, 'a.md'), markdown);
});

describe('the layout check', () => {
  test('reports each slide that runs over, at its line, and none that fits', async () => {
    const { deck } = loadDeck(dir);
    const result = await checkLayout(deck!, chromiumPath);
    expect(result.checked).toBe(true);
    const found = result.checked ? result.diagnostics : [];
    expect(found.map((d) => [d.file, d.line, d.code, d.severity])).toEqual([
      ['a.md', 7, 'slide-overflow', 'warning'],
      ['a.md', 42, 'slide-overflow', 'warning'],
      ['a.md', 48, 'slide-overflow', 'warning'],
    ]);
    expect(found[0]!.message).toMatch(/content is \d+ px tall, \d+ px more than the 720 px frame/);
    expect(found[1]!.message).toMatch(/runs 17\d\d px past the right edge of the 1280 px frame/);
  }, 120_000);

  test('a slide shown as plain text (it has its error) is not laid out, however long its text', async () => {
    const failed = tempDir('overflow-failed');
    // Over the line-length limit: an error, and the slide shows its text as typed.
    writeFileSync(join(failed, 'a.md'), `# Long\n\n${'word '.repeat(250_000)}\n\n---\n\n## Too long\n\n${list}\n`);
    const { deck, diagnostics } = loadDeck(failed);
    expect(diagnostics.map((d) => d.code)).toEqual(['markdown-line-too-long']);
    const result = await checkLayout(deck!, chromiumPath);
    expect(result.checked && result.diagnostics.map((d) => [d.line, d.code])).toEqual([[7, 'slide-overflow']]);
  }, 120_000);

  test('deck check prints them with the other problems; without a browser it says it did not look', () => {
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [cli, 'check', dir], { encoding: 'utf8', env: { ...process.env, ...env } });
    const found = run({ CHROME_PATH: chromiumPath });
    expect(found.status).toBe(0);
    expect(found.stdout).toContain('a.md:7:1: warning: this slide does not fit');
    expect(found.stdout).toContain('0 errors, 3 warnings');
    const none = run({ CHROME_PATH: join(dir, 'no-such-browser') });
    expect(none.stdout).toMatch(/^0 errors, 0 warnings in \d+ slides\.\nSlide overflow not checked/);
    // A browser that will not start does not fail the check either.
    const broken = spawnSync(process.execPath, [cli, 'check', dir, '--browser', '/bin/false'], { encoding: 'utf8' });
    expect(broken.status).toBe(0);
    expect(broken.stdout).toMatch(/Slide overflow not checked: .*could not be started/);
  }, 180_000);

  test('deck build ends with the slides that do not fit', () => {
    const out = join(tempDir('overflow-out'), 'dist');
    const result = spawnSync(process.execPath, [cli, 'build', dir, '--out', out], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromiumPath } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 slides do not fit their frame');
    expect(result.stderr).toContain('a.md:42:1: warning: this slide does not fit');
  }, 120_000);
});

describe('shrink to fit (opt-in)', () => {
  const long = Array.from({ length: 24 }, (_, i) => `- 第 ${i + 1} 条：企业微信连接人和企业，这是一条稍长的要点`).join('\n');
  const wide = '<div style="width:2400px">宽</div>';

  test('a slide with class shrink fits its frame on screen and in the print view; the others are left alone', async () => {
    const deckDir = tempDir('shrink');
    writeFileSync(join(deckDir, 'deck.yaml'), 'title: 缩放\nlang: zh-CN\ntransition: slide\n');
    writeFileSync(join(deckDir, 'a.md'), `# 标题\n\n---\n\n<!-- .slide: class="shrink" -->\n## 缩小\n\n${long}\n\n---\n\n## 不缩小\n\n${long}\n\n---\n\n<!-- .slide: class="shrink" -->\n## 太宽\n\n${wide}\n`);
    const { deck } = loadDeck(deckDir);
    const result = await checkLayout(deck!, chromiumPath);
    expect(result.checked && result.diagnostics.map((d) => d.line)).toEqual([35]);

    const out = join(tempDir('shrink-out'), 'dist');
    expect(spawnSync(process.execPath, [cli, 'build', deckDir, '--out', out, '--no-layout']).status).toBe(0);
    const browser = await launchBrowser();
    try {
      // A projector wider than the deck: reveal.js scales the slides up, the fit must not care.
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(pathToFileURL(join(out, 'index.html')).href);
      await page.waitForSelector('.reveal.ready');
      await page.evaluate(() => document.fonts.ready);
      // What the audience sees of the current slide: how far its content runs past the frame, and its zoom.
      const shown = () =>
        page.evaluate(() => {
          const section = document.querySelector<HTMLElement>('.reveal .slides section.present')!;
          const frame = document.querySelector('.reveal .slides')!.getBoundingClientRect();
          const boxes = [...section.querySelectorAll('*')].filter((el) => !el.closest('aside.notes')).map((el) => el.getBoundingClientRect());
          return {
            overBottom: Math.round(Math.max(...boxes.map((b) => b.bottom)) - frame.bottom),
            overRight: Math.round(Math.max(...boxes.map((b) => b.right)) - frame.right),
            zoom: Number(section.dataset.fitZoom ?? 1),
          };
        });
      const settled = () => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
      await page.keyboard.press('ArrowRight');
      await settled();
      const fitted = await shown();
      expect(fitted.overBottom).toBeLessThanOrEqual(0);
      // Shrunk only as far as needed: at a zoom a few percent larger it would not fit.
      expect(fitted.zoom).toBeGreaterThan(0.4);
      expect(fitted.zoom).toBeLessThan(0.6);
      await page.screenshot({ path: '/tmp/overflow-shrink-screen.png' });
      await page.keyboard.press('ArrowRight');
      await settled();
      expect(await shown()).toMatchObject({ zoom: 1, overBottom: expect.any(Number) });
      expect((await shown()).overBottom).toBeGreaterThan(100);
      await page.keyboard.press('ArrowRight');
      await settled();
      expect(await shown()).toMatchObject({ overRight: expect.any(Number) });
      expect((await shown()).overRight).toBeLessThanOrEqual(0);
      await page.close();
    } finally {
      await browser.close();
    }
  }, 120_000);

  test('shrinkToFit: true fits every slide but those with class no-shrink', async () => {
    const deckDir = tempDir('shrink-all');
    writeFileSync(join(deckDir, 'deck.yaml'), 'title: 全部缩放\nlang: zh-CN\nshrinkToFit: true\n');
    writeFileSync(join(deckDir, 'a.md'), `## 一\n\n${long}\n\n---\n\n<!-- .slide: class="no-shrink" -->\n## 二\n\n${long}\n\n---\n\n## 三\n\n${long}\n`);
    const { deck } = loadDeck(deckDir);
    const result = await checkLayout(deck!, chromiumPath);
    expect(result.checked && result.diagnostics.map((d) => d.line)).toEqual([30]);
  }, 120_000);
});
