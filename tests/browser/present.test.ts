// The presenter view and the audience page in real Chromium through `deck serve`'s
// server: what the presenter sees, windows kept in step both ways, the black screen,
// the timer, and live reload without a page reload.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { presentDeckFiles, writePresentDeck } from '../helpers/present-deck.js';
import { startDeckServer, type DeckServer } from '../../src/serve/server.js';

/** Chromium on a shared 2-core machine can be slow: wait patiently for what the user would see. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

let browser: Browser;
let server: DeckServer;
let deckDir: string;
let context: BrowserContext;
let audience: Page;
let presenter: Page;

beforeAll(async () => {
  deckDir = writePresentDeck();
  server = await startDeckServer({ path: deckDir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  for (const [name, text] of Object.entries(presentDeckFiles)) {
    if (readFileSync(join(deckDir, name), 'utf8') !== text) writeFileSync(join(deckDir, name), text);
  }
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  audience = await context.newPage();
  await audience.goto(server.url);
  await audience.locator('.reveal.ready').waitFor();
  presenter = await context.newPage();
  await presenter.goto(server.presenterUrl);
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('1');
});

const presentText = (page: Page | Frame) => page.locator('.reveal .slides section.present:not(.stack)').first().innerText();
const frame = (id: string) => presenter.frameLocator(`#${id}`);
const frameText = (id: string) => frame(id).locator('.reveal .slides section.present:not(.stack)').first().innerText();

test('the presenter view shows the current and next slide, the notes and n / N', async () => {
  await poll(() => frameText('current-frame')).toContain('第一页');
  await poll(() => frameText('next-frame')).toContain('第二页');
  await poll(() => presenter.locator('#notes').innerText()).toContain('开场白的备注');
  expect(await presenter.locator('#slide-total').textContent()).toBe('5');
  // Where the slide is written, so the presenter can fix it during a rehearsal.
  expect(await presenter.locator('#slide-source').textContent()).toBe('01-start.md:1');
  await presenter.keyboard.press('End');
  await poll(() => presenter.locator('#slide-source').textContent()).toBe('02-more.md:13');
  await presenter.screenshot({ path: '/tmp/present-presenter.png' });
  await audience.screenshot({ path: '/tmp/present-audience.png' });
});

test('the next preview shows the next fragment before the next slide', async () => {
  await presenter.keyboard.press('ArrowRight');
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('2');
  // On the fragment slide the next step is its first fragment, not slide 3.
  await poll(() => frame('next-frame').locator('section.present .fragment.visible').count()).toBe(1);
  expect(await frameText('next-frame')).toContain('第二页');
  await presenter.keyboard.press('PageDown');
  await presenter.keyboard.press('PageDown');
  await poll(() => frameText('next-frame')).toContain('第三页');
  await poll(() => audience.locator('section.present .fragment.visible').count()).toBe(2);
});

test('navigating in the presenter moves the audience, and the other way round', async () => {
  await presenter.keyboard.press('ArrowRight');
  await poll(() => presentText(audience)).toContain('第二页');
  await audience.keyboard.press('End');
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('5');
  await poll(() => presenter.locator('#notes').innerText()).toContain('结尾的备注');
  await poll(() => presenter.locator('#end-badge').isVisible()).toBe(true);
  await audience.keyboard.press('Home');
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('1');
  await poll(() => frameText('current-frame')).toContain('第一页');
});

test('a number and Enter jumps to that slide, counting vertical slides', async () => {
  await presenter.keyboard.type('4');
  await presenter.keyboard.press('Enter');
  await poll(() => presentText(audience)).toContain('第四页');
  await poll(() => presenter.locator('#notes').innerText()).toContain('第四页的备注');
  await audience.keyboard.type('1');
  await audience.keyboard.press('Enter');
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('1');
});

test('B blacks the audience screen and the presenter says so; . brings it back', async () => {
  await presenter.keyboard.press('b');
  await poll(() => audience.locator('.reveal.paused').count()).toBe(1);
  expect(await presenter.locator('#black-badge').isVisible()).toBe(true);
  // reveal.js fades to black; what the room sees at the end of the fade is black.
  await poll(() => audience.locator('.pause-overlay').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await audience.screenshot({ path: '/tmp/present-audience-black.png' });
  await audience.keyboard.press('.');
  await poll(() => presenter.locator('#black-badge').isVisible()).toBe(false);
  expect(await audience.locator('.reveal.paused').count()).toBe(0);
});

test('O shows the overview in both windows and Enter leaves it', async () => {
  await presenter.keyboard.press('o');
  await poll(() => audience.locator('.reveal.overview').count()).toBe(1);
  await audience.keyboard.press('ArrowRight');
  await audience.keyboard.press('Enter');
  await poll(() => audience.locator('.reveal.overview').count()).toBe(0);
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('2');
  expect(await presenter.locator('#overview-badge').isVisible()).toBe(false);
});

test('the timer starts, pauses and resets; the pace compares with the planned duration', async () => {
  const elapsed = presenter.locator('#elapsed');
  expect(await elapsed.textContent()).toBe('0:00');
  expect(await presenter.locator('#pace').textContent()).toBe('planned 10:00');
  await presenter.locator('#timer-start').click();
  await poll(() => elapsed.textContent()).not.toBe('0:00');
  expect(await presenter.locator('#pace').textContent()).toBe('on time');
  await presenter.keyboard.press('End');
  // Slide 5 of 5 is planned to start at minute 8: arriving after seconds is well ahead.
  await poll(() => presenter.locator('#pace').textContent()).toMatch(/^ahead 7:5\d$/);
  await presenter.locator('#timer-pause').click();
  const paused = await elapsed.textContent();
  await presenter.waitForTimeout(1300);
  expect(await elapsed.textContent()).toBe(paused);
  // Paused on purpose: moving on does not start it again.
  await presenter.keyboard.press('Home');
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('1');
  await presenter.waitForTimeout(1300);
  expect(await elapsed.textContent()).toBe(paused);
  await presenter.locator('#timer-reset').click();
  expect(await elapsed.textContent()).toBe('0:00');
});

test('the stopwatch starts by itself when the talk leaves the title, in either window, and survives reloading either window', async () => {
  const seconds = async () => {
    const [m, s] = (await presenter.locator('#elapsed').textContent())!.split(':').map(Number);
    return m! * 60 + s!;
  };
  await presenter.waitForTimeout(1300);
  expect(await presenter.locator('#timer').getAttribute('data-running')).toBe('false');
  expect(await presenter.locator('#elapsed').textContent()).toBe('0:00');
  // The speaker moves on in the audience window: the presenter's stopwatch starts.
  await audience.keyboard.press('ArrowRight');
  await poll(() => presenter.locator('#timer').getAttribute('data-running')).toBe('true');
  await poll(seconds).toBeGreaterThanOrEqual(2);
  const before = await seconds();
  await presenter.reload();
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('2');
  expect(await presenter.locator('#timer').getAttribute('data-running')).toBe('true');
  expect(await seconds()).toBeGreaterThanOrEqual(before);
  await audience.reload();
  await audience.locator('.reveal.ready').waitFor();
  await poll(() => presentText(audience)).toContain('第二页');
  expect(await presenter.locator('#timer').getAttribute('data-running')).toBe('true');
  expect(await seconds()).toBeGreaterThanOrEqual(before);
  // Closed and opened again (S in the audience window): still the same talk.
  await presenter.close();
  const [reopened] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('s')]);
  presenter = reopened;
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('2');
  expect(await presenter.locator('#timer').getAttribute('data-running')).toBe('true');
  expect(await seconds()).toBeGreaterThanOrEqual(before);
});

test('the notes font grows and shrinks with the buttons and keys, and is remembered', async () => {
  const size = () => presenter.locator('#notes').evaluate((el) => getComputedStyle(el).fontSize);
  const before = parseFloat(await size());
  await presenter.locator('#notes-larger').click();
  await presenter.keyboard.press('+');
  expect(parseFloat(await size())).toBe(before + 8);
  await presenter.keyboard.press('-');
  expect(parseFloat(await size())).toBe(before + 4);
  await presenter.reload();
  expect(parseFloat(await size())).toBe(before + 4);
  await presenter.locator('#notes-smaller').click();
});

test('live reload: a saved edit appears in both windows, in place, on the same slide and fragment', async () => {
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await poll(() => audience.locator('section.present .fragment.visible').count()).toBe(1);
  await audience.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await presenter.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  const file = join(deckDir, '01-start.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('第二页：要点', '第二页：改过的要点').replace('第二页的备注', '改过的备注'));

  await poll(() => presentText(audience)).toContain('改过的要点');
  await poll(() => frameText('current-frame')).toContain('改过的要点');
  await poll(() => presenter.locator('#notes').innerText()).toContain('改过的备注');
  expect(await audience.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  expect(await presenter.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  expect(await audience.locator('section.present .fragment.visible').count()).toBe(1);
  expect(await presenter.locator('#slide-number').textContent()).toBe('2');
});

test('a broken save: the audience keeps the last good deck, the presenter shows file:line; the fix clears it', async () => {
  await audience.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  writeFileSync(join(deckDir, 'deck.yaml'), 'title: 测试演示\nduration: [10\n');
  await poll(() => presenter.locator('#diagnostics').isVisible()).toBe(true);
  expect(await presenter.locator('#diagnostics-list').innerText()).toMatch(/deck\.yaml:\d+:\d+/);
  await presenter.screenshot({ path: '/tmp/present-presenter-broken.png' });
  expect(await presentText(audience)).toContain('第一页');
  expect(await audience.locator('body').innerText()).not.toContain('deck.yaml');

  writeFileSync(join(deckDir, 'deck.yaml'), presentDeckFiles['deck.yaml']!.replace('测试演示', '测试演示2'));
  await poll(() => presenter.locator('#diagnostics').isVisible()).toBe(false);
  expect(await audience.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
});

test('warnings reach the presenter with a count badge: the deck\'s own, and slides that overflow, measured in the page', async () => {
  const badge = presenter.locator('#diagnostics-badge');
  const panel = presenter.locator('#diagnostics');
  expect(await badge.isVisible()).toBe(false);
  const file = join(deckDir, '02-more.md');
  const list = Array.from({ length: 30 }, (_, i) => `- 第 ${i + 1} 条`).join('\n');
  // An unclosed fence swallows the last slide (5 → 4), and the slide before it runs long.
  writeFileSync(file, presentDeckFiles['02-more.md']!.replace('## 第四页：纵向下', `## 第四页：纵向下\n\n${list}\n\n\`\`\`js\nconst x = 1;\n`));
  await poll(() => presenter.locator('#slide-total').textContent()).toBe('4');
  await poll(() => badge.textContent()).toBe('2 warnings');
  // Warnings do not cover the notes unasked; the badge opens the panel.
  expect(await panel.isVisible()).toBe(false);
  await badge.click();
  expect(await panel.isVisible()).toBe(true);
  const text = await presenter.locator('#diagnostics-list').innerText();
  expect(text).toMatch(/02-more\.md:\d+:1: this code block is never closed/);
  expect(text).toMatch(/02-more\.md:7:1: this slide does not fit: its content is \d+ px tall/);
  await presenter.screenshot({ path: '/tmp/present-presenter-warnings.png' });
  // The audience sees none of it.
  expect(await audience.locator('body').innerText()).not.toContain('does not fit');
  // Fixing the fence clears its warning; the overflow stays until the slide is shortened.
  writeFileSync(file, presentDeckFiles['02-more.md']!.replace('## 第四页：纵向下', `## 第四页：纵向下\n\n${list}`));
  await poll(() => presenter.locator('#slide-total').textContent()).toBe('5');
  await poll(() => badge.textContent()).toBe('1 warning');
  writeFileSync(file, presentDeckFiles['02-more.md']!);
  await poll(() => badge.isVisible()).toBe(false);
  expect(await panel.isVisible()).toBe(false);
});

test('a save that adds a slide: the deck grows in both windows and the position is kept', async () => {
  await audience.keyboard.press('ArrowRight');
  await poll(() => presenter.locator('#slide-number').textContent()).toBe('2');
  await audience.evaluate(() => ((window as unknown as { marker: number }).marker = 9));
  const file = join(deckDir, '02-more.md');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n---\n\n## 第六页：新加的\n\nNote: 新加的备注。\n`);
  await poll(() => presenter.locator('#slide-total').textContent()).toBe('6');
  expect(await presentText(audience)).toContain('第二页');
  await audience.keyboard.press('End');
  await poll(() => presentText(audience)).toContain('第六页');
  await poll(() => presenter.locator('#notes').innerText()).toContain('新加的备注');
  expect(await audience.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(9);
});

test('live reload: a character from a font chunk the deck did not use shows in the bundled font, in both windows', async () => {
  // 龘 (U+9F98) is in none of the font chunks the test deck's text needs, so the pages
  // were served without a face for it.
  const rare = '龘';
  const loadedFaceFor = (page: Page, ch: string) =>
    page.evaluate((c) => {
      const cp = c.codePointAt(0)!;
      const covers = (range: string) =>
        range.split(',').some((part) => {
          const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
          return cp >= parseInt(from!, 16) && cp <= parseInt(to ?? from!, 16);
        });
      const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && covers(f.unicodeRange));
      return { declared: faces.length > 0, loaded: faces.some((f) => f.status === 'loaded'), drawable: document.fonts.check('400 16px "Noto Sans SC"', c) };
    }, ch);
  expect((await loadedFaceFor(audience, rare)).declared).toBe(false);
  await audience.evaluate(() => ((window as unknown as { marker: number }).marker = 5));

  const file = join(deckDir, '01-start.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('# 第一页：开场', `# 第一页：开场${rare}`).replace('开场白的备注', `开场白的备注${rare}`));

  await poll(() => presentText(audience)).toContain(rare);
  await poll(() => loadedFaceFor(audience, rare)).toEqual({ declared: true, loaded: true, drawable: true });
  await poll(() => frameText('current-frame')).toContain(rare);
  await poll(() => presenter.locator('#notes').innerText()).toContain(rare);
  await poll(() => loadedFaceFor(presenter, rare)).toMatchObject({ declared: true, drawable: true });
  // Drawn in the bundled font, not as a fallback box: the heading uses Noto Sans SC only.
  const cdp = await audience.context().newCDPSession(audience);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.reveal .slides section.present h1' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !/Noto Sans SC/.test(f.familyName))).toEqual([]);
  expect(await audience.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(5);
  await audience.screenshot({ path: '/tmp/present-audience-rare.png' });
});

test('a deck that clobbers globals and ids, with a note positioned over everything: live reload and the presenter still work', async () => {
  const file = join(deckDir, '01-start.md');
  const hostile = presentDeckFiles['01-start.md']!
    .replace('# 第一页：开场', '# 第一页：开场\n\n<div id="deckHost">host</div><span id="getElementById">g</span><span id="slide-number">99</span><span id="notes">n</span>')
    .replace('Note: 开场白的备注。', 'Note: 开场白的备注。<span id="slide-number">99</span>\n<p style="position:fixed;inset:0;z-index:2147483647;background:red;margin:0">cover</p>');
  writeFileSync(file, hostile);
  await poll(() => presenter.locator('#notes').innerText()).toContain('cover');
  // Start both windows again with the clobbering slide in the page from the first moment.
  await audience.reload();
  await audience.locator('.reveal.ready').waitFor();
  await presenter.reload();
  await poll(() => presenter.locator('#notes').innerText()).toContain('cover');
  expect(await presenter.locator('#slide-number').first().textContent()).toBe('1');

  // The note stays in its panel: the presenter's controls above it are clickable.
  const start = presenter.locator('#timer-start');
  const box = (await start.boundingBox())!;
  expect(await presenter.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.id, [box.x + box.width / 2, box.y + box.height / 2])).toBe('timer-start');
  await presenter.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await poll(() => presenter.locator('#timer').getAttribute('data-running')).toBe('true');

  // Live reload still reaches both windows.
  writeFileSync(file, hostile.replace('第一页：开场', '第一页：改过'));
  await poll(() => presentText(audience)).toContain('改过');
  await poll(() => frameText('current-frame')).toContain('改过');
  await presenter.keyboard.press('ArrowRight');
  await poll(() => presentText(audience)).toContain('第二页');
});
