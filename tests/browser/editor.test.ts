// The editor page in real Chromium through `deck edit`'s server: typing shows on the slide
// beside it (never on the audience screen before a save), clicking the slide moves the
// cursor, saving is explicit or after an idle, another program's edit is taken in place or
// offered, pasted images land in images/, Chinese composition commits whole words, and
// text a crash left unsaved is offered back first.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { RecoveryJournal } from '../../src/edit/recovery-journal.js';
import { startDeckServer, type DeckServer } from '../../src/serve/server.js';

// Each test opens a fresh server and editor: slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 90_000 });

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

const files = {
  'deck.yaml': 'title: 编辑测试\nlang: zh-CN\n',
  '01-a.md': '# 第一页\n\n开场\n\nNote:\n第一页的备注\n\n---\n\n## 第二页\n\n- 要点\n',
  '02-b.md': '## 第三页\n\n结尾\n',
};

let browser: Browser;
let server: DeckServer;
let deckDir: string;
let stateDir: string;
let context: BrowserContext;
let editor: Page;

async function start(): Promise<void> {
  server = await startDeckServer({ path: deckDir, editor: { stateDir } });
  await server.ready;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await server?.close();
  const root = mkdtempSync(join(tmpdir(), 'editor-'));
  deckDir = join(root, 'deck');
  stateDir = join(root, 'state');
  (await import('node:fs')).mkdirSync(deckDir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(deckDir, name), text);
  await start();
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
  editor = await openEditor();
});

async function openEditor(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.editorUrl!);
  await page.locator('.cm-content').waitFor();
  await poll(() => page.locator('#outline li.slide').count()).toBe(3);
  return page;
}

const previewText = () => editor.frameLocator('#preview-frame').locator('.reveal .slides section.present:not(.stack)').first().innerText();
const cursorLine = () => editor.evaluate(() => document.querySelector('.cm-activeLine')?.textContent ?? '');
const typeAtEnd = async (text: string) => {
  await editor.locator('.cm-content').click();
  await editor.keyboard.press('Control+End');
  await editor.keyboard.type(text);
};

test('typing shows on the slide under the cursor at once, and only the editor sees it before a save', async () => {
  await editor.locator('#autosave').uncheck();
  await typeAtEnd('- 刚刚打的字');
  await poll(previewText).toContain('刚刚打的字');
  const audience = await context.newPage();
  await audience.goto(server.url);
  await audience.locator('.reveal.ready').waitFor();
  expect(await audience.locator('.reveal .slides').innerText()).not.toContain('刚刚打的字');
  expect(readFileSync(join(deckDir, '01-a.md'), 'utf8')).toBe(files['01-a.md']);
  // Twice at once: the second save waits for the first (not a conflict with itself).
  await editor.evaluate(() => {
    for (let i = 0; i < 2; i++) document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true }));
  });
  await poll(() => readFileSync(join(deckDir, '01-a.md'), 'utf8')).toContain('- 刚刚打的字');
  await poll(() => audience.locator('.reveal .slides').innerText()).toContain('刚刚打的字');
  await poll(() => editor.locator('#tabs .tab.current').textContent()).toBe('01-a.md');
  expect(await editor.locator('#conflict').isVisible()).toBe(false);
});

test('a keystroke repaints only its slide: the page fetches no deck.json and leaves the other slides be', async () => {
  await editor.locator('#autosave').uncheck();
  const other = editor.frameLocator('#preview-frame').locator('section[data-source-file="02-b.md"] h2');
  await other.evaluate((h2) => ((h2 as unknown as { kept: boolean }).kept = true));
  const fetched: string[] = [];
  editor.on('request', (r) => fetched.push(r.url()));
  await typeAtEnd('- 补丁');
  await poll(previewText).toContain('补丁');
  expect(fetched.filter((url) => url.endsWith('deck.json'))).toEqual([]);
  expect(await other.evaluate((h2) => (h2 as unknown as { kept?: boolean }).kept)).toBe(true);
});

test('autosave writes the file after a short idle', async () => {
  await typeAtEnd('自动保存');
  await poll(() => readFileSync(join(deckDir, '01-a.md'), 'utf8')).toContain('自动保存');
  await poll(() => editor.locator('#tabs .tab.current').textContent()).toBe('01-a.md');
});

test('the outline and a click on the slide move the cursor to its source', async () => {
  await editor.locator('#outline li.slide', { hasText: '第三页' }).click();
  await poll(() => editor.locator('#tabs .tab.current').textContent()).toBe('02-b.md');
  await poll(cursorLine).toBe('## 第三页');
  await poll(previewText).toContain('第三页');
  await editor.locator('#outline li.slide', { hasText: '第二页' }).click();
  await poll(previewText).toContain('第二页');
  await editor.locator('.cm-content').click();
  await editor.keyboard.press('Control+End');
  await poll(cursorLine).toBe('');
  await editor.frameLocator('#preview-frame').locator('section.present h2').click();
  await poll(cursorLine).toBe('## 第二页');
});

test('a click on an element of the slide puts the cursor on its line; the audience page carries no such lines', async () => {
  await editor.locator('#outline li.slide', { hasText: '第二页' }).click();
  await poll(previewText).toContain('要点');
  await editor.frameLocator('#preview-frame').locator('section.present li', { hasText: '要点' }).click();
  await poll(cursorLine).toBe('- 要点');
  await editor.frameLocator('#preview-frame').locator('section.present h2').click();
  await poll(cursorLine).toBe('## 第二页');
  const audience = await context.newPage();
  await audience.goto(server.url);
  await audience.locator('.reveal.ready').waitFor();
  expect(await audience.content()).not.toContain('data-line');
});

const outlineTitles = () => editor.locator('#outline li.slide .title').allInnerTexts();
const outlineSlide = (title: string) => editor.locator('#outline li.slide', { hasText: title });
const bufferOf = async (file: string) => {
  await editor.locator('#tabs .tab', { hasText: file }).click();
  // Each line is an element of its own (a short file: all of them are drawn).
  return (await editor.locator('.cm-line').evaluateAll((lines) => lines.map((l) => l.textContent))).join('\n');
};

test('a slide dragged in the outline moves, notes and all, to another file; one undo takes both files back', async () => {
  await editor.locator('#autosave').uncheck();
  // Onto the upper half of 第二页: before it.
  await outlineSlide('第一页').dragTo(outlineSlide('第三页'), { targetPosition: { x: 20, y: 3 } });
  await poll(outlineTitles).toEqual(['第二页', '第一页', '第三页']);
  expect(await bufferOf('02-b.md')).toBe('# 第一页\n\n开场\n\nNote:\n第一页的备注\n\n---\n\n## 第三页\n\n结尾\n');
  expect(await bufferOf('01-a.md')).toBe('## 第二页\n\n- 要点\n');
  await editor.locator('.cm-content').click();
  await editor.keyboard.press('Control+z');
  await poll(outlineTitles).toEqual(['第一页', '第二页', '第三页']);
  expect(await bufferOf('01-a.md')).toBe(files['01-a.md']);
  expect(await bufferOf('02-b.md')).toBe(files['02-b.md']);
  // From the keyboard: Alt+↓ on a focused slide puts it after the next one.
  await outlineSlide('第一页').focus();
  await editor.keyboard.press('Alt+ArrowDown');
  await poll(outlineTitles).toEqual(['第二页', '第一页', '第三页']);
  expect(readFileSync(join(deckDir, '01-a.md'), 'utf8')).toBe(files['01-a.md']);
});

test("files reorder by dragging their names: deck.yaml's order is written, the files keep their names", async () => {
  await editor.locator('#outline li.file', { hasText: '02-b.md' }).dragTo(editor.locator('#outline li.file', { hasText: '01-a.md' }), { targetPosition: { x: 20, y: 2 } });
  await poll(outlineTitles).toEqual(['第三页', '第一页', '第二页']);
  await poll(() => readFileSync(join(deckDir, 'deck.yaml'), 'utf8')).toBe(`${files['deck.yaml']}order:\n  - 02-b.md\n  - 01-a.md\n`);
  expect(readdirSync(deckDir).sort()).toEqual(['01-a.md', '02-b.md', 'deck.yaml']);
  // A new file joins the order after the file on screen; a renamed one keeps its place.
  await editor.locator('#tabs .tab', { hasText: '02-b.md' }).click();
  await editor.locator('#new-file').click();
  await editor.locator('#ask input').fill('../x.md');
  await poll(() => editor.locator('#ask .problem').innerText()).toContain('without /');
  await editor.locator('#ask input').fill('03-新.md');
  await editor.keyboard.press('Enter');
  await poll(() => readdirSync(deckDir)).toContain('03-新.md');
  await poll(() => readFileSync(join(deckDir, 'deck.yaml'), 'utf8')).toContain('order:\n  - 02-b.md\n  - 03-新.md\n  - 01-a.md\n');
  await poll(() => editor.locator('#tabs .tab.current').textContent()).toBe('03-新.md');
  await editor.locator('#rename-file').click();
  await editor.locator('#ask input').fill('03-改名.md');
  await editor.locator('#ask button', { hasText: 'OK' }).click();
  await poll(() => readdirSync(deckDir).sort()).toEqual(['01-a.md', '02-b.md', '03-改名.md', 'deck.yaml']);
  await poll(() => readFileSync(join(deckDir, 'deck.yaml'), 'utf8')).toContain('  - 03-改名.md\n');
});

test('a slide that does not fit is a warning as you type, at its line, gone once it fits again', async () => {
  await editor.locator('#autosave').uncheck();
  await editor.locator('#outline li.slide', { hasText: '第三页' }).click();
  await editor.keyboard.press('Control+End');
  await editor.keyboard.type(Array.from({ length: 9 }, (_, i) => `\n\n第${i + 1}段`).join(''));
  await poll(() => editor.locator('#diagnostics li').allInnerTexts()).toEqual([expect.stringMatching(/^02-b\.md:1:1[\s\S]*this slide does not fit/)]);
  await poll(() => editor.locator('.cm-lintRange-warning').count()).toBe(1);
  expect(await editor.locator('#outline li.slide.warned .title').allInnerTexts()).toEqual(['第三页']);
  // Shortened again (the whole file retyped): the warning goes.
  await editor.keyboard.press('Control+a');
  await editor.keyboard.type('## 第三页\n\n短了\n');
  await poll(() => editor.locator('#diagnostics li').count()).toBe(0);
});

test("the presenter's notes view shows beside the slide on demand, and follows the notes as they are typed", async () => {
  await editor.locator('#autosave').uncheck();
  expect(await editor.locator('#notes-panel').isVisible()).toBe(false);
  await editor.locator('#show-notes').click();
  await poll(() => editor.locator('#notes').innerText()).toBe('第一页的备注');
  await editor.locator('.cm-line', { hasText: '第一页的备注' }).click();
  await editor.keyboard.press('End');
  await editor.keyboard.type('，再补一句');
  await poll(() => editor.locator('#notes').innerText()).toBe('第一页的备注，再补一句');
  await editor.locator('#outline li.slide', { hasText: '第三页' }).click();
  await poll(() => editor.locator('#notes').innerText()).toBe('No notes for this slide.');
  expect(await editor.locator('.cm-notes-line').count()).toBe(0);
  await editor.locator('#outline li.slide', { hasText: '第一页' }).click();
  await poll(() => editor.locator('.cm-notes-line').count()).toBe(2);
});

test('a diagnostic is underlined at its line and listed with its hint', async () => {
  await editor.locator('#autosave').uncheck();
  await typeAtEnd('\n```js\nunclosed');
  await poll(() => editor.locator('#diagnostics li').count()).toBeGreaterThan(0);
  await poll(() => editor.locator('.cm-lintRange-warning, .cm-lintRange-error').count()).toBeGreaterThan(0);
});

test('another program changes a file: a clean buffer reloads in place, a dirty one asks', async () => {
  writeFileSync(join(deckDir, '01-a.md'), '# 外部修改\n');
  await poll(() => editor.locator('.cm-content').innerText()).toContain('外部修改');
  await editor.locator('#autosave').uncheck();
  await typeAtEnd('\n我的修改');
  writeFileSync(join(deckDir, '01-a.md'), '# 又被改了\n');
  await poll(() => editor.locator('#conflict').isVisible()).toBe(true);
  expect(await editor.locator('.cm-content').innerText()).toContain('我的修改');
  // Saving now must not overwrite their version silently.
  await editor.keyboard.press('Control+s');
  await new Promise((r) => setTimeout(r, 300));
  expect(readFileSync(join(deckDir, '01-a.md'), 'utf8')).toBe('# 又被改了\n');
  await editor.locator('#conflict button', { hasText: 'Keep mine' }).click();
  await poll(() => readFileSync(join(deckDir, '01-a.md'), 'utf8')).toContain('我的修改');
});

test('a file deleted by another program is not re-created silently', async () => {
  await editor.locator('#autosave').uncheck();
  await typeAtEnd('\n还没保存');
  (await import('node:fs')).rmSync(join(deckDir, '01-a.md'));
  await poll(() => editor.locator('#conflict').innerText()).toContain('deleted');
  await editor.keyboard.press('Control+s');
  await new Promise((r) => setTimeout(r, 300));
  expect(readdirSync(deckDir)).not.toContain('01-a.md');
});

test('a pasted image is copied into images/ and its markdown inserted', async () => {
  await editor.locator('.cm-content').click();
  await editor.keyboard.press('Control+End');
  await editor.evaluate(() => {
    // A 1×1 PNG, as a clipboard would carry it.
    const bytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], '截图 1.png', { type: 'image/png' }));
    document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await poll(() => editor.locator('.cm-content').innerText()).toContain('![](images/截图-1.png)');
  expect(readdirSync(join(deckDir, 'images'))).toEqual(['截图-1.png']);
});

test('Chinese input-method composition commits whole words, at the cursor', async () => {
  await editor.locator('#autosave').uncheck();
  await editor.locator('.cm-content').click();
  await editor.keyboard.press('Control+End');
  const cdp = await context.newCDPSession(editor);
  await cdp.send('Input.imeSetComposition', { text: 'qi', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'qiye', selectionStart: 4, selectionEnd: 4 });
  // Mid-word, nothing half-typed reaches the preview, the journal or the disk.
  await new Promise((r) => setTimeout(r, 600));
  expect(await previewText()).not.toContain('qi');
  expect(new RecoveryJournal(deckDir, { stateDir }).recover().map((r) => r.text).join('')).not.toContain('qi');
  await cdp.send('Input.insertText', { text: '企业' });
  await editor.keyboard.type('微信');
  await poll(() => editor.locator('.cm-content').innerText()).toMatch(/企业微信$/);
  expect(await editor.locator('.cm-content').innerText()).not.toMatch(/qi/);
  await poll(previewText).toContain('企业微信');
});

test('unsaved text a crash left behind is offered first, as a diff, and restored', async () => {
  const journal = new RecoveryJournal(deckDir, { stateDir });
  journal.note('02-b.md', '## 第三页\n\n结尾，加上崩溃前打的字\n');
  journal.flush();
  const page = await context.newPage();
  await page.goto(server.editorUrl!);
  await poll(() => page.locator('#recovery[open]').count()).toBe(1);
  expect(await page.locator('#recovery .diff .added').innerText()).toContain('崩溃前打的字');
  await page.locator('#recovery button', { hasText: 'Restore it' }).click();
  await poll(() => page.locator('.cm-content').innerText()).toContain('崩溃前打的字');
  await page.keyboard.press('Control+s');
  await poll(() => readFileSync(join(deckDir, '02-b.md'), 'utf8')).toContain('崩溃前打的字');
});

test("the API refuses writes from another page's origin", async () => {
  const res = await fetch(new URL('api/save', server.editorUrl!), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:1' },
    body: JSON.stringify({ file: '01-a.md', text: 'pwned', base: null }),
  });
  expect(res.status).toBe(403);
  expect(readFileSync(join(deckDir, '01-a.md'), 'utf8')).toBe(files['01-a.md']);
});
