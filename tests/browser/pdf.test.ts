// PDF export, checked the way a reader of the PDF would: poppler's tools for pages, text
// and fonts, pdf-lib for the outline, and a page rendered to pixels to see it is not blank.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.js';
import type { Deck, Slide } from '../../src/deck/model.js';
import { exitCodes } from '../../src/errors.js';
import { exportPdf } from '../../src/export/pdf.js';
import type { PdfOptions } from '../../src/export/options.js';
import { PlaywrightRenderer } from '../../src/export/playwright-renderer.js';
import { chromiumPath } from '../helpers/browser.js';
import { commandLine, descendants, tcpListeners, type Listener } from '../helpers/listeners.js';
import { inkRatio, pageCount, pageLinks, pageText, pageWords, pdfFonts, pdfInfo, pdfLanguage, pdfOutline, type WordBox } from '../helpers/pdf.js';

const fixture = resolve('tests/fixtures/pdf-deck');
const shipped = resolve('slides');
const cli = resolve('out/cli.mjs');
const work = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
/** Where PNG renders of a few pages go, for a person to look at. */
const pictures = join(tmpdir(), 'deck-pdf-pages');
mkdirSync(pictures, { recursive: true });

const renderer = new PlaywrightRenderer(chromiumPath);
afterAll(() => renderer.close());

function deckAt(path: string): Deck {
  const { deck } = loadDeck(path);
  if (!deck) throw new Error(`no deck at ${path}`);
  return deck;
}

async function exportTo(name: string, deck: Deck, options: Partial<PdfOptions> = {}): Promise<string> {
  const file = join(work, name);
  writeFileSync(file, await exportPdf(deck, { layout: 'slides', fragments: 'final', ...options }, renderer));
  return file;
}

function deck(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: options.cwd ?? work, env: { ...process.env, CHROME_PATH: chromiumPath, ...options.env } });
}

/** Text of a page with the line breaks and layout spaces a viewer's search ignores. */
function searchable(file: string, page: number): string {
  return pageText(file, page).replace(/\s+/g, '');
}

describe('slide pages', () => {
  let file: string;
  beforeAll(async () => {
    file = await exportTo('slides.pdf', deckAt(fixture));
  });

  test('one page per slide, vertical slides included, each the size of the 16:9 frame', () => {
    expect(pageCount(file)).toBe(5);
    // 1280×720 CSS px = 960×540 pt.
    expect(pdfInfo(file)['Page size']).toMatch(/^960 x 540 pts/);
  });

  test('the Chinese text is real text, found on the right page, and notes are not printed', () => {
    expect(searchable(file, 1)).toContain('第一章开场');
    expect(searchable(file, 2)).toContain('定位是产品经理对市场的判断');
    expect(searchable(file, 4)).toContain('第二章转折');
    expect(searchable(file, 5)).toContain('纵向堆叠里的内容');
    expect(searchable(file, 2)).not.toContain('第二页备注');
  });

  test('fonts are embedded as real fonts, the bundled Noto Sans SC among them, none of Type 3', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.filter((font) => font.type.includes('Type 3'))).toEqual([]);
    expect(fonts.some((font) => /NotoSansSC/.test(font.name))).toBe(true);
  });

  test('the bundled font is embedded under its true names, regular and bold, never "Thin"', () => {
    const names = new Set(pdfFonts(file).map((font) => font.name.replace(/^[A-Z]{6}\+/, '')));
    expect([...names].sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
  });

  test('the outline has the chapters, with the slide titles under them', async () => {
    const outline = await pdfOutline(readFileSync(file));
    expect(outline.map((item) => item.title)).toEqual(['第一章 开场', '第二章 转折']);
    expect(outline[0]!.children.map((item) => item.title)).toEqual(['定位决定功能', '逐步出现的要点']);
    expect(outline[1]!.children.map((item) => item.title)).toEqual(['竖直堆叠的一页']);
  });

  test('title, author and language are in the document metadata', async () => {
    const info = pdfInfo(file);
    expect(info.Title).toBe('打印测试：企业微信的定位');
    expect(info.Author).toBe('测试作者张三');
    expect(await pdfLanguage(readFileSync(file))).toBe('zh-CN');
  });

  test('links stay clickable', async () => {
    expect(await pageLinks(readFileSync(file), 2)).toContain('mailto:deck@example.com');
  });

  test('a page is not blank', () => {
    expect(inkRatio(file, 2, join(pictures, 'fixture-slide-2'))).toBeGreaterThan(0.005);
  });
});

test('a title that wraps keeps the space at its line break in the outline', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-wrap-'));
  writeFileSync(join(dir, 'deck.yaml'), 'title: Wrapping\nlang: en\n');
  const chapter = 'Continuous Delivery: Ship Small Batches Every Single Day Without Fear';
  const slide = 'Why Small Batches Beat Big Releases When The Title Is This Long';
  writeFileSync(join(dir, 'talk.md'), `# ${chapter}\n\n---\n\n## ${slide}\n\n- one\n`);
  const file = await exportTo('wrap.pdf', deckAt(dir));
  // It does wrap: the page's text has the title on more than one line.
  expect(pageText(file, 1).trim().split('\n').length).toBeGreaterThan(1);
  const outline = await pdfOutline(readFileSync(file));
  expect(outline.map((item) => item.title)).toEqual([chapter]);
  expect(outline[0]!.children.map((item) => item.title)).toEqual([slide]);
  const script = await exportTo('wrap-script.pdf', deckAt(dir), { layout: 'script' });
  expect((await pdfOutline(readFileSync(script))).map((item) => item.title)).toEqual([chapter]);
});

test('--fragments steps prints one page per fragment step', async () => {
  const file = await exportTo('steps.pdf', deckAt(fixture), { fragments: 'steps' });
  // The slide with two fragments: before any, after the first, after both.
  expect(pageCount(file)).toBe(7);
  expect(searchable(file, 3)).toContain('逐步出现的要点');
  expect(searchable(file, 3)).not.toContain('第一步');
  expect(searchable(file, 4)).toContain('第一步：内部沟通');
  expect(searchable(file, 4)).not.toContain('第二步');
  expect(searchable(file, 5)).toContain('第二步：连接客户');
  // The outline still lists the slide once, at its first page.
  const outline = await pdfOutline(readFileSync(file));
  expect(outline[0]!.children.map((item) => item.title)).toEqual(['定位决定功能', '逐步出现的要点']);
});

test('a handout of 1 a sheet puts each slide and its speaker notes below it on an A4 page', async () => {
  const file = await exportTo('handout.pdf', deckAt(fixture), { layout: 'handout', perPage: 1 });
  expect(pageCount(file)).toBe(5);
  expect(pdfInfo(file)['Page size']).toMatch(/\(A4\)/);
  expect(searchable(file, 2)).toContain('定位决定功能');
  expect(searchable(file, 2)).toContain('第二页备注：抓住了定位，功能几乎可以自己推出来。');
  expect(searchable(file, 5)).toContain('第五页备注：竖直页面也要单独成页。');
  expect(pdfFonts(file).filter((font) => font.type.includes('Type 3') || !font.embedded)).toEqual([]);
  expect(inkRatio(file, 2, join(pictures, 'fixture-handout-2'))).toBeGreaterThan(0.005);
});

describe('handouts of 2, 3 and 6 slides a sheet', () => {
  /** The first word on the page that starts with `prefix`. */
  const word = (words: WordBox[], prefix: string) => {
    const found = words.find((w) => w.text.startsWith(prefix));
    if (!found) throw new Error(`"${prefix}" is not on the page: ${words.map((w) => w.text).join(' ')}`);
    return found;
  };

  test.each([
    [2, 3],
    [3, 2],
  ] as const)('%i a sheet: %i A4 pages, each slide with its notes beside it, level with it', async (perPage, pages) => {
    const file = await exportTo(`handout-${perPage}.pdf`, deckAt(fixture), { layout: 'handout', perPage });
    expect(pageCount(file)).toBe(pages);
    expect(pdfInfo(file)['Page size']).toMatch(/\(A4\)/);
    const words = pageWords(file, 1);
    for (const [title, notes] of [['第一章', '开场备注'], ['定位决定功能', '第二页备注']] as const) {
      const slide = word(words, title);
      const note = word(words, notes);
      // Beside: to the right of the slide's title, starting within the slide's height.
      expect(note.xMin, notes).toBeGreaterThan(slide.xMax);
      expect(Math.abs(note.yMin - slide.yMin), notes).toBeLessThan(160);
    }
    expect(word(words, '第一章').yMin).toBeLessThan(word(words, '定位决定功能').yMin);
    // The deck's title heads every sheet, and the sheet is numbered.
    expect(searchable(file, 1)).toContain('打印测试：企业微信的定位');
    expect(searchable(file, 1)).toContain(`1/${pages}`);
    expect(pdfFonts(file).filter((font) => font.type.includes('Type 3') || !font.embedded)).toEqual([]);
    expect(inkRatio(file, 1, join(pictures, `fixture-handout-${perPage}up-1`))).toBeGreaterThan(0.01);
  });

  test('3 a sheet has ruled lines to write on beside each slide; 2 a sheet has none', async () => {
    const ruledInk = (file: string) => {
      // The notes column of the first slide, below its notes: ink there is the ruled lines.
      const words = pageWords(file, 1);
      const note = word(words, '开场备注');
      return inkRatio(file, 1, undefined, { x: note.xMin, y: note.yMax + 30, width: 150, height: 80 });
    };
    expect(ruledInk(join(work, 'handout-3.pdf'))).toBeGreaterThan(0.005);
    expect(ruledInk(join(work, 'handout-2.pdf'))).toBe(0);
  });

  test('6 a sheet: every slide on one page, in two columns, and no notes', async () => {
    const file = await exportTo('handout-6.pdf', deckAt(fixture), { layout: 'handout', perPage: 6 });
    expect(pageCount(file)).toBe(1);
    const words = pageWords(file, 1);
    expect(word(words, '定位决定功能').xMin).toBeGreaterThan(word(words, '第一章').xMax);
    expect(searchable(file, 1)).toContain('纵向堆叠里的内容');
    expect(searchable(file, 1)).not.toContain('备注');
    expect(inkRatio(file, 1, join(pictures, 'fixture-handout-6up-1'))).toBeGreaterThan(0.01);
  });

  test('notes too long for their box are set smaller, then cut with an ellipsis, never past the sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-long-notes-'));
    writeFileSync(join(dir, 'deck.yaml'), 'title: 长备注\nlang: zh-CN\n');
    const long = '这是一段很长的讲稿，讲者会一字一句地念出来。'.repeat(60);
    writeFileSync(join(dir, 'talk.md'), `## 第一页\n\nNote:\n开头${long}结尾\n\n---\n\n## 第二页\n\nNote:\n第二页的讲稿\n`);
    const file = await exportTo('handout-long.pdf', deckAt(dir), { layout: 'handout', perPage: 3 });
    const text = searchable(file, 1);
    expect(text).toContain('开头');
    expect(text).not.toContain('结尾');
    expect(text).toContain('…');
    // The next slide's notes still start level with their slide.
    const words = pageWords(file, 1);
    expect(Math.abs(word(words, '第二页的讲稿').yMin - word(words, '第二页').yMin)).toBeLessThan(160);
    const page = { height: 842 };
    expect(Math.max(...words.map((w) => w.yMax))).toBeLessThan(page.height);
  });
});

test('--notes prints the speaker script: titles and notes, no slide content', async () => {
  const file = await exportTo('script.pdf', deckAt(fixture), { layout: 'script' });
  const text = Array.from({ length: pageCount(file) }, (_, i) => searchable(file, i + 1)).join('');
  const order = ['第一章开场', '开场备注', '定位决定功能', '第二页备注', '逐步出现的要点', '第三页备注', '第二章转折', '第四页备注', '竖直堆叠的一页', '第五页备注'];
  const positions = order.map((phrase) => text.indexOf(phrase));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(text).not.toContain('纵向堆叠里的内容');
  expect(pdfFonts(file).filter((font) => font.type.includes('Type 3') || !font.embedded)).toEqual([]);
  expect((await pdfOutline(readFileSync(file))).map((item) => item.title)).toEqual(['第一章 开场', '第二章 转折']);
  expect(inkRatio(file, 1, join(pictures, 'fixture-script-1'))).toBeGreaterThan(0.005);
});

describe('the shipped deck, through the command line', () => {
  const slides: Slide[] = deckAt(shipped).stacks.flatMap((stack) => stack.slides);
  let file: string;
  let run: ReturnType<typeof deck>;
  beforeAll(() => {
    run = deck(['export', 'pdf', shipped]);
    file = join(work, `${deckAt(shipped).config.title}.pdf`);
  });

  test('writes "<title>.pdf" in the current folder with a page per slide', () => {
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(pageCount(file)).toBe(slides.length);
  });

  test('each slide title is found on its own page', () => {
    slides.forEach((slide, index) => {
      if (slide.title) expect(searchable(file, index + 1)).toContain(slide.title.replace(/\s+/g, ''));
    });
  });

  test('only embedded fonts, none of Type 3', () => {
    expect(pdfFonts(file).filter((font) => font.type.includes('Type 3') || !font.embedded)).toEqual([]);
  });

  test('the outline lists every chapter', async () => {
    const chapters = slides.filter((slide) => slide.titleLevel === 1).map((slide) => slide.title);
    expect((await pdfOutline(readFileSync(file))).map((item) => item.title)).toEqual(chapters);
  });

  test('pages are not blank', () => {
    for (const page of [1, 2, Math.ceil(slides.length / 2)]) expect(inkRatio(file, page, join(pictures, `shipped-${page}`))).toBeGreaterThan(0.005);
  });
});

describe('the export browser', () => {
  test('listens on no TCP port during an export, nor does anything of ours: playwright talks to it over a pipe', async () => {
    // The scan can see a listener: one of our own, opened for the purpose.
    const control = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => control.once('listening', resolve));
    const controlPort = (control.address() as { port: number }).port;
    expect(tcpListeners([process.pid]).map((l) => l.address)).toContainEqual(expect.stringContaining(`port ${controlPort} `));
    const before = new Set(tcpListeners([process.pid]).map((l) => l.address));
    control.close();

    // Browsers of the other tests' renderer, which stay up between their exports.
    const others = new Set(descendants(process.pid));
    const own = new PlaywrightRenderer(chromiumPath);
    const seen = new Map<string, Listener>();
    const browsers = new Set<number>();
    const scan = (): void => {
      const pids = descendants(process.pid);
      for (const pid of pids) if (!others.has(pid) && commandLine(pid).some((arg) => arg.startsWith('--user-data-dir='))) browsers.add(pid);
      const found = [...tcpListeners(pids), ...tcpListeners([process.pid]).filter((l) => !before.has(l.address) && !l.address.includes(`port ${controlPort} `))];
      for (const listener of found) seen.set(`${listener.pid} ${listener.address}`, listener);
    };
    const timer = setInterval(scan, 10);
    try {
      await exportPdf(deckAt(fixture), { layout: 'slides', fragments: 'final' }, own);
      // And while it waits, warm, for the next export.
      scan();
    } finally {
      clearInterval(timer);
    }
    expect(browsers.size).toBeGreaterThan(0);
    expect([...seen.values()]).toEqual([]);
    const main = [...browsers].map(commandLine).find((args) => args.includes('--remote-debugging-pipe'));
    expect(main).toBeDefined();
    expect(main!.filter((arg) => arg.startsWith('--remote-debugging-port'))).toEqual([]);
    // Nor does it look any host name up (updates, accounts, safe browsing).
    expect(main).toContain('--host-resolver-rules=MAP * ~NOTFOUND');
    await own.close();
    expect(descendants(process.pid).filter((pid) => browsers.has(pid))).toEqual([]);
    // A whole export with a browser of its own, on a shared machine.
  }, 120_000);
});

describe('command-line refusals', () => {
  test('a deck with errors is not exported: diagnostics printed, exit 1, no file', () => {
    const result = deck(['export', 'pdf', resolve('tests/fixtures/pdf-broken-deck'), '-o', 'broken.pdf']);
    expect(result.status).toBe(exitCodes.deckErrors);
    expect(result.stderr).toMatch(/deck\.yaml:2:1: error: duration/);
    expect(spawnSync('test', ['-e', join(work, 'broken.pdf')]).status).not.toBe(0);
  });

  test('no browser: exit 4 and a message naming what was looked for', () => {
    const result = deck(['export', 'pdf', fixture, '--browser', join(work, 'no-such-chrome')]);
    expect(result.status).toBe(exitCodes.noBrowser);
    expect(result.stderr).toContain(join(work, 'no-such-chrome'));
  });

  test('wrong options: exit 2 with what is allowed', () => {
    const result = deck(['export', 'pdf', fixture, '--layout', 'grid']);
    expect(result.status).toBe(exitCodes.usage);
    expect(result.stderr).toContain('--layout must be "slides", "handout" or "script", not "grid"');
  });
});
