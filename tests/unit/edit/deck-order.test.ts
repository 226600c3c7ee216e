// deck.yaml's `order` written for a reorder or rename: the loader then shows the files in
// that order, and nothing else in deck.yaml changes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadDeck } from '../../../src/deck/load.js';
import { withOrder } from '../../../src/edit/deck-order.js';

const files = { '01-a.md': '# A\n', '02-b.md': '# B\n', '10-c.md': '# C\n' };

function titlesWith(yaml: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'deck-order-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'deck.yaml'), yaml);
  const result = loadDeck(dir);
  expect(result.diagnostics).toEqual([]);
  return result.deck!.stacks.map((s) => s.slides[0]!.title);
}

test('an order is added to a deck.yaml that has none, after what it says', () => {
  const yaml = withOrder('title: 排序 # the deck\ntheme: projector\n', ['10-c.md', '01-a.md', '02-b.md']);
  expect(yaml).toBe('title: 排序 # the deck\ntheme: projector\norder:\n  - 10-c.md\n  - 01-a.md\n  - 02-b.md\n');
  expect(titlesWith(yaml)).toEqual(['C', 'A', 'B']);
  expect(withOrder(null, ['02-b.md', '01-a.md', '10-c.md'])).toBe('order:\n  - 02-b.md\n  - 01-a.md\n  - 10-c.md\n');
});

test('an existing order is replaced where it is; comments and the other settings stay', () => {
  const before = '# Deck settings\ntitle: x\norder: # slides in this order\n  - 01-a.md\n  - 02-b.md\n  - 10-c.md\n# after\ntheme: projector\n';
  const yaml = withOrder(before, ['02-b.md', '10-c.md', '01-a.md']);
  expect(yaml).toBe('# Deck settings\ntitle: x\norder:\n  - 02-b.md\n  - 10-c.md\n  - 01-a.md\n# after\ntheme: projector\n');
  expect(titlesWith(yaml)).toEqual(['B', 'C', 'A']);
  expect(withOrder('order: [01-a.md, 02-b.md, 10-c.md]\ntheme: projector\n', ['10-c.md', '01-a.md', '02-b.md'])).toBe('order:\n  - 10-c.md\n  - 01-a.md\n  - 02-b.md\ntheme: projector\n');
});

test('names YAML would read otherwise are quoted; a deck.yaml with an error is refused with its line', () => {
  const yaml = withOrder('title: x\n', ['01-a.md', '02-b.md', '10-c.md', 'yes.md', '#1: odd.md']);
  expect(yaml).toBe("title: x\norder:\n  - 01-a.md\n  - 02-b.md\n  - 10-c.md\n  - yes.md\n  - \"#1: odd.md\"\n");
  expect(() => withOrder('title: [unclosed\n', ['01-a.md'])).toThrow(/deck.yaml has an error[\s\S]*/);
});
