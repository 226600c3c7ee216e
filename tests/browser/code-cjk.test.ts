// Chinese inside code — a comment, a string, an identifier, inline code — is drawn with the
// bundled Noto Sans SC in every theme, not with a CJK font the machine happens to have
// (Droid Sans Fallback here; Noto Sans CJK, a CFF font that prints as Type 3 glyphs, on
// most users' machines), nor as empty boxes where it has none. Asserted by what Chromium
// reports it drew with (CDP CSS.getPlatformFontsForNode: isCustomFont tells the bundled
// web font from a system one, so this holds with or without CJK system fonts), and by the
// fonts of an exported PDF.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.js';
import { exportPdf } from '../../src/export/pdf.js';
import { PlaywrightRenderer } from '../../src/export/playwright-renderer.js';
import { chromiumPath, launchBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/decks.js';
import { writeSiteFolder } from '../helpers/site-folder.js';
import { pdfFonts } from '../helpers/pdf.js';

/** Ours, a dark and a light reveal.js theme, and dracula (its own code font stack). */
const themes = ['projector', 'black', 'white', 'dracula'];
const markdown = '## 代码里的中文\n\n```js\n// 注释：连接人和企业\nconst 名字 = "企业微信";\n```\n\n行内代码 `企业微信` 也是。\n';
const cjk = /[\u3000-\u9fff\uff00-\uffef]/gu;

/** Whether this machine has a CJK system font (the case most users are in). */
const systemCjk = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();

let browser: Browser;
const root = tempDir('code-cjk');
const decks = new Map<string, string>();

async function writeDeck(theme: string): Promise<string> {
  const deckDir = join(root, `${theme}-deck`);
  mkdirSync(deckDir, { recursive: true });
  writeFileSync(join(deckDir, 'deck.yaml'), `title: 代码中文\nlang: zh-CN\ntheme: ${theme}\ntransition: none\n`);
  writeFileSync(join(deckDir, 'a.md'), markdown);
  return deckDir;
}

beforeAll(async () => {
  for (const theme of themes) {
    const { deck } = loadDeck(await writeDeck(theme));
    decks.set(theme, await writeSiteFolder(deck!, join(root, theme)));
  }
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** Every element in code that holds Chinese text of its own, with the fonts Chromium drew it with. */
async function codeFonts(page: Page): Promise<{ text: string; chinese: number; fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[] }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 });
  const marked = await page.evaluate((pattern) => {
    const re = new RegExp(pattern, 'u');
    let n = 0;
    for (const el of document.querySelectorAll('.reveal code, .reveal code *')) {
      const own = [...el.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.nodeValue).join('');
      if (re.test(own)) el.setAttribute('data-cjk-probe', String(n++));
    }
    return n;
  }, cjk.source);
  const out = [];
  for (let i = 0; i < marked; i++) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector: `[data-cjk-probe="${i}"]` });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const text = await page.locator(`[data-cjk-probe="${i}"]`).evaluate((el) => [...el.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.nodeValue).join(''));
    out.push({ text, chinese: text.match(cjk)?.length ?? 0, fonts });
  }
  await cdp.detach();
  return out;
}

test.each(themes)(`theme %s: Chinese in code blocks and inline code is drawn with the bundled font (CJK system font: ${systemCjk ? 'present' : 'absent'})`, async (theme) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(decks.get(theme)!);
  await page.waitForSelector('.reveal.ready');
  await page.evaluate(() => document.fonts.ready);
  const nodes = await codeFonts(page);
  // The comment, the identifier, the string and the inline code.
  expect(nodes.map((n) => n.text).join(' ')).toEqual(expect.stringContaining('注释'));
  expect(nodes.length).toBeGreaterThanOrEqual(3);
  for (const node of nodes) {
    const bundled = node.fonts.filter((f) => f.isCustomFont && /^Noto Sans SC/.test(f.familyName));
    // Each Chinese character (full-width punctuation included) is a glyph of the bundled font…
    expect(bundled.reduce((sum, f) => sum + f.glyphCount, 0), `${theme}: "${node.text}" ${JSON.stringify(node.fonts)}`).toBeGreaterThanOrEqual(node.chinese);
    // …and no system font that has Chinese drew any of it.
    expect(node.fonts.filter((f) => !f.isCustomFont && /CJK|Fallback|Hei|Song|Ming|Gothic|WenQuanYi|Source Han|Sans SC/i.test(f.familyName)), `${theme}: "${node.text}"`).toEqual([]);
  }
  if (theme === 'projector') await page.screenshot({ path: '/tmp/code-cjk-projector.png' });
  await page.close();
});

test('in the exported PDF, Chinese in code is real text in the bundled font: no system CJK font, no Type 3 glyphs', async () => {
  const renderer = new PlaywrightRenderer(chromiumPath);
  try {
    const { deck } = loadDeck(join(root, 'projector-deck'));
    const file = join(root, 'code.pdf');
    writeFileSync(file, await exportPdf(deck!, { layout: 'slides', fragments: 'final' }, renderer));
    const fonts = pdfFonts(file);
    expect(fonts.filter((f) => f.type.includes('Type 3') || !f.embedded || /CJK|Fallback/i.test(f.name))).toEqual([]);
    expect(fonts.some((f) => /NotoSansSC/.test(f.name))).toBe(true);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('注释：连接人和企业');
  } finally {
    await renderer.close();
  }
}, 120_000);
