import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { DeckError } from '../../../src/errors.js';
import { findRemoteUrls } from '../../../src/build/remote-urls.js';
import { joinSlides } from '../../../src/contract.js';
import { sectionHashes, type DeckJson } from '../../../src/site/deck-json.js';
import { assignCodePoints, fontChunks, subsetFonts } from '../../../src/site/fonts.js';
import { buildSite } from '../../../src/site/site.js';
import { handMadeDeck, tempDir } from '../../helpers/decks.js';

const text = (content: Uint8Array | string | undefined) => (typeof content === 'string' ? content : Buffer.from(content!).toString('utf8'));

let root: string;
beforeAll(() => {
  root = tempDir('site-unit');
  writeFileSync(join(root, 'pic.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

test('the site holds the page, runtime, reveal.js, code colours, theme, fonts, media and deck.json', async () => {
  const files = await buildSite(handMadeDeck(root, [{ source: join(root, 'pic.svg'), href: 'media/pic.svg' }]));
  for (const path of ['index.html', 'app/deck.js', 'reveal/reveal.css', 'highlight/highlight.css', 'theme/projector.css', 'fonts/fonts.css', 'media/pic.svg', 'deck.json']) {
    expect(files.has(path), path).toBe(true);
  }
  const page = text(files.get('index.html'));
  expect(page).toContain('<html lang="zh-CN">');
  for (const css of ['reveal/reveal.css', 'fonts/fonts.css', 'highlight/highlight.css', 'theme/projector.css']) expect(page).toContain(`href="${css}"`);
  // Every stylesheet the page links, and every font fonts.css names, is in the site.
  const fontsCss = text(files.get('fonts/fonts.css'));
  for (const m of fontsCss.matchAll(/url\(([^)]+)\)/g)) expect(files.has(`fonts/${m[1]}`), m[1]).toBe(true);
});

test('deck.json carries the slides as the page has them, with notes and source positions', async () => {
  const files = await buildSite(handMadeDeck(root));
  const json = JSON.parse(text(files.get('deck.json'))) as DeckJson;
  expect(json.lang).toBe('zh-CN');
  expect(text(files.get('index.html'))).toContain(joinSlides(json.stacks));
  expect(json.stacks.map((s) => s.slides.length)).toEqual([1, 2]);
  const { html, hash, ...first } = json.stacks[0]!.slides[0]!;
  expect(first).toEqual({ title: '', notesHtml: '<p>备注文字</p>', notesText: '备注文字', source: { file: '01.md', line: 1 }, endLine: 5 });
  expect(html).toMatch(/^<section data-source-file="01\.md" data-source-line="1">[\s\S]*<aside class="notes"><p>备注文字<\/p><\/aside>\n<\/section>$/);
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  const again = JSON.parse(text((await buildSite(handMadeDeck(root))).get('deck.json'))) as DeckJson;
  expect(again.version).toBe(json.version);
});

test("a slide's hash is its content's: a moved line changes only the opening tag, not the hash", () => {
  const [[a, moved, edited]] = sectionHashes([['<section data-source-line="3">\n<p>x</p>\n</section>', '<section data-source-line="4">\n<p>x</p>\n</section>', '<section data-source-line="3">\n<p>y</p>\n</section>']]) as [string[]];
  expect(moved).toBe(a);
  expect(edited).not.toBe(a);
});

test('an unknown theme is a clear error, not a crash', async () => {
  const deck = handMadeDeck(root);
  deck.config.theme = 'no-such-theme';
  await expect(buildSite(deck)).rejects.toThrow(DeckError);
  await expect(buildSite(deck)).rejects.toThrow(/theme "no-such-theme"/);
});

test('the app’s own files in the site contain no http(s) URL', async () => {
  expect(findRemoteUrls(await buildSite(handMadeDeck(root)))).toEqual([]);
});

test('each character is drawn by exactly one chunk per weight, the one the browser would pick', () => {
  const assigned = assignCodePoints([0x41, 0x4f01, 0x4e1a]);
  const byWeight = (w: number) => [...assigned].filter(([c]) => c.weight === w).flatMap(([, cps]) => cps).sort((a, b) => a - b);
  expect(byWeight(400)).toEqual([0x41, 0x4e1a, 0x4f01]);
  expect(byWeight(700)).toEqual([0x41, 0x4e1a, 0x4f01]);
  // 'A' is covered by a Chinese chunk and by the Latin one, which is declared last.
  const latin = [...assigned.keys()].find((c) => assigned.get(c)!.includes(0x41))!;
  expect(latin.file).toMatch(/latin-400|latin-700/);
  expect(fontChunks().every((c) => c.weight === 400 || c.weight === 700)).toBe(true);
});

test('subset fonts cover the used characters in weights 400 and 700 and are cached', async () => {
  const cacheDir = tempDir('font-cache');
  const first = await subsetFonts([0x4f01, 0x4e1a], { cacheDir });
  expect(first.css).toContain("font-family: 'Noto Sans SC'");
  expect(first.css).toContain('font-weight: 400');
  expect(first.css).toContain('font-weight: 700');
  expect(first.css).not.toMatch(/font-weight: (?!400|700)/);
  expect(first.css).toContain('U+4e1a');
  // Weights 400 and 700 each need the chunk(s) holding 企 and 业.
  expect(first.files.size % 2).toBe(0);
  for (const bytes of first.files.values()) expect(Buffer.from(bytes).subarray(0, 4).toString('latin1')).toBe('wOF2');
  expect(readdirSync(cacheDir).filter((f) => f.endsWith('.woff2'))).toHaveLength(first.files.size);
  const second = await subsetFonts([0x4f01, 0x4e1a], { cacheDir });
  expect([...second.files.values()].map((b) => Buffer.from(b).toString('base64'))).toEqual([...first.files.values()].map((b) => Buffer.from(b).toString('base64')));
  expect(readdirSync(cacheDir).filter((f) => f.endsWith('.woff2'))).toHaveLength(first.files.size);
});

test('a cache with a file missing is repaired, not trusted', async () => {
  const cacheDir = tempDir('font-cache');
  const first = await subsetFonts([0x4f01], { cacheDir });
  for (const f of readdirSync(cacheDir).filter((f) => f.endsWith('.woff2'))) rmSync(join(cacheDir, f));
  const second = await subsetFonts([0x4f01], { cacheDir });
  expect(second.css).toBe(first.css);
  expect([...second.files.keys()]).toEqual([...first.files.keys()]);
});

test('an unwritable cache folder only costs time', async () => {
  const file = join(tempDir('font-cache-file'), 'not-a-folder');
  writeFileSync(file, '');
  const bundle = await subsetFonts([0x4f01], { cacheDir: file });
  expect(bundle.files.size).toBe(2);
});
