// The fonts of a served site ('chunks'): only the font chunks the deck's text needs are
// declared and shipped, deck.json names them (so a live page can add what a save brings),
// and the deck page fetches the first slide's fonts along with its stylesheets.
import { beforeAll, expect, test } from 'vitest';
import type { DeckJson } from '../../src/site/deck-json.js';
import { assignCodePoints, fontChunks } from '../../src/site/fonts.js';
import { buildSite, type SiteFiles } from '../../src/site/site.js';
import { handMadeDeck, tempDir } from '../helpers/decks.js';

const text = (content: Uint8Array | string | undefined) => (typeof content === 'string' ? content : Buffer.from(content!).toString('utf8'));
const declaredFiles = (files: SiteFiles) => [...text(files.get('fonts/fonts.css')).matchAll(/url\(([^)]+)\)/g)].map((m) => `fonts/${m[1]}`);
const chunkOf = (ch: string, weight: number) => [...assignCodePoints([ch.codePointAt(0)!]).keys()].find((c) => c.weight === weight)!;

let root: string;
beforeAll(() => {
  root = tempDir('site-fonts');
});

test('only the chunks that draw the deck’s characters are declared and shipped, in both weights', async () => {
  const files = await buildSite(handMadeDeck(root), { fonts: 'chunks' });
  const declared = declaredFiles(files);
  const shipped = [...files.keys()].filter((path) => path.endsWith('.woff2'));
  expect(declared.sort()).toEqual(shipped.sort());
  expect(declared.length).toBeLessThan(fontChunks().length / 4);
  for (const weight of [400, 700]) {
    // 企 is on the first slide; 龘 is nowhere in the deck.
    expect(declared).toContain(`fonts/${chunkOf('企', weight).file}`);
    expect(declared).not.toContain(`fonts/${chunkOf('龘', weight).file}`);
  }
});

test('a deck that gains a character from another chunk gets that chunk on the next build', async () => {
  const deck = handMadeDeck(root);
  deck.stacks[1]!.slides[1]!.html = '<p>第二页 龘</p>';
  const files = await buildSite(deck, { fonts: 'chunks' });
  for (const weight of [400, 700]) expect(files.has(`fonts/${chunkOf('龘', weight).file}`)).toBe(true);
});

test('deck.json names exactly the font files fonts.css declares', async () => {
  const files = await buildSite(handMadeDeck(root), { fonts: 'chunks' });
  const json = JSON.parse(text(files.get('deck.json'))) as DeckJson;
  expect([...json.fonts].sort()).toEqual(declaredFiles(files).sort());
});

test('the served page preloads the first slide’s fonts, after its stylesheets; the offline page does not', async () => {
  const page = text((await buildSite(handMadeDeck(root), { fonts: 'chunks' })).get('index.html'));
  const preloads = [...page.matchAll(/<link rel="preload" href="([^"]+)" as="font" type="font\/woff2" crossorigin>/g)].map((m) => m[1]!);
  // Exactly what draws 企业微信 (the first slide's heading), in 400 and 700: nothing for later slides.
  expect(preloads.sort()).toEqual([...assignCodePoints([...'企业微信'].map((c) => c.codePointAt(0)!)).keys()].map((c) => `fonts/${c.file}`).sort());
  expect(page.lastIndexOf('rel="stylesheet"')).toBeLessThan(page.indexOf('rel="preload"'));

  const offline = text((await buildSite(handMadeDeck(root), { fonts: 'subset', fontCacheDir: tempDir('site-fonts-cache') })).get('index.html'));
  expect(offline).not.toContain('rel="preload"');
});
