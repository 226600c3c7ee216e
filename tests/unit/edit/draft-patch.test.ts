// The editor's draft as patches: a keystroke in one slide sends that slide alone, a
// slide added or a setting changed sends none (the page reloads the deck whole).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadDeck } from '../../../src/deck/load.js';
import { DraftPatcher } from '../../../src/edit/draft-patch.js';

const dir = mkdtempSync(join(tmpdir(), 'draft-patch-'));
writeFileSync(join(dir, '01-a.md'), '# One\n\n---\n\n# Two\n\n----\n\n# Two below\n');
writeFileSync(join(dir, '02-b.md'), '# Three\n');

const load = (unsaved: Record<string, string> = {}) => loadDeck(dir, { unsaved: (name) => unsaved[name] }).deck!;
const site = new Map<string, string>([['fonts/noto-sans-sc-latin-400-normal.woff2', ''], ['index.html', '']]);

test('the first build is no patch; a typed word patches only its slide, counted over every slide', () => {
  const patcher = new DraftPatcher();
  expect(patcher.next(load(), site, 1)).toBeNull();
  const patch = patcher.next(load({ '01-a.md': '# One\n\n---\n\n# Two\n\n----\n\n# Two below, typed\n' }), site, 2)!;
  expect(patch.from).toBe(1);
  expect(patch.slides.map((s) => s.index)).toEqual([2]);
  expect(patch.slides[0]!.html).toMatch(/^<section data-source-file="01-a.md" data-source-line="9"[^>]*>[\s\S]*Two below, typed/);
  expect(patch.slides[0]!.slide).toMatchObject({ title: 'Two below, typed', source: { file: '01-a.md', line: 9 } });
  expect(patch.fonts).toEqual(['fonts/noto-sans-sc-latin-400-normal.woff2']);
});

test('a line added above a slide patches the slides it moved (their source line), nothing else', () => {
  const patcher = new DraftPatcher();
  patcher.next(load(), site, 1);
  const patch = patcher.next(load({ '01-a.md': '# One\n\n\n---\n\n# Two\n\n----\n\n# Two below\n' }), site, 2)!;
  expect(patch.slides.map((s) => [s.index, s.slide.source.line])).toEqual([
    [1, 6],
    [2, 10],
  ]);
});

test('a new slide, a slide moved to another stack, or a changed setting is a reload', () => {
  const patcher = new DraftPatcher();
  patcher.next(load(), site, 1);
  expect(patcher.next(load({ '02-b.md': '# Three\n\n---\n\n# Four\n' }), site, 2)).toBeNull();
  expect(patcher.next(load({ '02-b.md': '# Three\n\n----\n\n# Four\n' }), site, 3)).toBeNull();
  expect(patcher.next(load({ '02-b.md': '# Three\n\n----\n\n# Four\n' }), site, 4)).toEqual({ from: 3, slides: [], fonts: ['fonts/noto-sans-sc-latin-400-normal.woff2'] });
  writeFileSync(join(dir, 'deck.yaml'), 'transition: fade\n');
  expect(patcher.next(load({ '02-b.md': '# Three\n\n----\n\n# Four\n' }), site, 5)).toBeNull();
});
