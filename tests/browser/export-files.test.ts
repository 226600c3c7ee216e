// `deck export html` and `deck export pptx` as the person they are sent to meets them: the
// HTML file alone in a folder, opened from file:// in Chromium with the network refused;
// the PowerPoint file opened as the zip it is (slides, pictures, notes), and, where
// LibreOffice is installed, converted to PDF and a page looked at.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.js';
import { chromiumPath, launchBrowser } from '../helpers/browser.js';
import { inkRatio, pageCount } from '../helpers/pdf.js';

const cli = resolve('out/cli.mjs');
const fixture = resolve('tests/fixtures/pdf-deck');
const work = mkdtempSync(join(tmpdir(), 'deck-export-files-'));
const pictures = join(tmpdir(), 'deck-pdf-pages');
mkdirSync(pictures, { recursive: true });

function deck(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: work, env: { ...process.env, CHROME_PATH: chromiumPath } });
}

/** A deck with a picture and a math formula, so the single file must carry an image and KaTeX's fonts. */
function richDeck(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-rich-'));
  writeFileSync(join(dir, 'deck.yaml'), 'title: 单文件测试\nlang: zh-CN\n');
  // A 2×2 red PNG.
  writeFileSync(join(dir, 'red.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8DAwMDAwMAAAAf8Af/Jm5tPAAAAAElFTkSuQmCC', 'base64'));
  writeFileSync(
    join(dir, 'talk.md'),
    '# 第一章 开场\n\n![红色方块](red.png)\n\nNote:\n开场的讲稿。\n\n---\n\n## 公式\n\n$$E = mc^2$$\n\n- 第一步 <!-- .element: class="fragment" -->\n\n---\n\n## 最后一页\n\n谢谢大家\n',
  );
  return dir;
}

describe('deck export html', () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    const run = deck(['export', 'html', richDeck(), '-o', 'talk.html']);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    // Alone in a folder of its own, as a saved mail attachment is.
    const alone = mkdtempSync(join(tmpdir(), 'deck-attachment-'));
    file = join(alone, 'talk.html');
    copyFileSync(join(work, 'talk.html'), file);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(() => browser?.close());

  test('is one file that names nothing outside itself', () => {
    const html = readFileSync(file, 'utf8');
    // The runtime's code builds url() strings of its own; the markup and styles are what load.
    const markup = html.replace(/<script>[\s\S]*?<\/script>/g, '');
    expect(markup).not.toMatch(/<link rel="stylesheet"|<script src=|src="media\/|url\((?!["']?data:)[^)]*\)/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('<html lang="zh-CN">');
  });

  test('opened from file:// with the network refused, it presents: fonts, picture, math, keys; nothing is requested', async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(file).href) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pathToFileURL(file).href);
    await page.locator('.reveal.ready').waitFor();
    const state = await page.evaluate(async () => {
      await document.fonts.ready;
      const image = document.querySelector<HTMLImageElement>('img[alt="红色方块"]')!;
      await image.decode();
      return {
        faces: [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`),
        failed: [...document.fonts].filter((face) => face.status === 'error').length,
        image: image.naturalWidth,
        katex: document.querySelector('.katex') !== null,
        title: document.querySelector('.reveal .slides section.present h1')?.textContent,
      };
    });
    expect(state.failed).toBe(0);
    expect(state.faces).toContain('Noto Sans SC 700');
    expect(state.faces.some((face) => face.startsWith('KaTeX'))).toBe(true);
    expect(state.image).toBe(2);
    expect(state.katex).toBe(true);
    expect(state.title).toBe('第一章 开场');
    // → moves on: the next slide, then its fragment.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.querySelector('.reveal .slides section.present h2')?.textContent)).toBe('公式');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.fragment.visible').count()).toBe(1);
    // S cannot open a presenter page that is not there: it says so instead.
    await page.keyboard.press('s');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('no presenter view');
    expect(context.pages()).toHaveLength(1);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('deck export pptx', () => {
  const slides = loadDeck(fixture).deck!.stacks.flatMap((stack) => stack.slides);
  let unzipped: string;
  let file: string;
  beforeAll(() => {
    const run = deck(['export', 'pptx', fixture, '-o', 'talk.pptx']);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    file = join(work, 'talk.pptx');
    unzipped = join(work, 'talk-pptx');
    execFileSync('unzip', ['-q', '-o', file, '-d', unzipped]);
  }, 120_000);

  const xml = (path: string) => readFileSync(join(unzipped, path), 'utf8');
  const textOf = (xmlText: string) => [...xmlText.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');

  test('a slide per slide, each one full-slide picture of it, at 1.5 times the slide size', () => {
    const slideFiles = readdirSync(join(unzipped, 'ppt', 'slides')).filter((name) => /^slide\d+\.xml$/.test(name));
    expect(slideFiles).toHaveLength(slides.length);
    const media = readdirSync(join(unzipped, 'ppt', 'media'));
    expect(media).toHaveLength(slides.length);
    const png = readFileSync(join(unzipped, 'ppt', 'media', media[0]!));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1920);
    // The slide size is 16:9 widescreen (13.33 × 7.5 in, in EMU).
    expect(xml('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    // The picture's alternative text is the slide's title.
    expect(xml('ppt/slides/slide2.xml')).toContain('descr="定位决定功能"');
  });

  test("the speaker notes are the slides' real notes", () => {
    expect(textOf(xml('ppt/notesSlides/notesSlide2.xml'))).toContain('第二页备注：抓住了定位，功能几乎可以自己推出来。');
    expect(textOf(xml('ppt/notesSlides/notesSlide5.xml'))).toContain('第五页备注：竖直页面也要单独成页。');
  });

  test("the deck's title and author are the file's", () => {
    expect(xml('docProps/core.xml')).toContain('<dc:title>打印测试：企业微信的定位</dc:title>');
    expect(xml('docProps/core.xml')).toContain('<dc:creator>测试作者张三</dc:creator>');
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  test.skipIf(!soffice)('LibreOffice opens it: converted to PDF, a page per slide, and a page shows the slide', () => {
    const out = join(work, 'office');
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=${pathToFileURL(join(work, 'office-profile')).href}`, '--convert-to', 'pdf', '--outdir', out, file], { timeout: 120_000, stdio: 'ignore' });
    const pdf = join(out, 'talk.pdf');
    expect(pageCount(pdf)).toBe(slides.length);
    expect(inkRatio(pdf, 2, join(pictures, 'pptx-libreoffice-2'))).toBeGreaterThan(0.01);
  }, 180_000);
});
