// Moving a slide's markdown between separators (src/editor/slide-move.ts), checked by
// loading the result: the deck has the same slides, in the new order, every slide whole
// with its notes, and the separators (the deck's own kind) where they belong.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadDeck } from '../../../src/deck/load.js';
import { applyChanges, planSlideMove, type MoveTarget, type SlideSpan } from '../../../src/editor/slide-move.js';

function deckOf(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'slide-move-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Moves slide `from` (by title) to `target` (by title) and returns the files and the deck's titles by stack. */
function move(files: Record<string, string>, from: string, target: { before: string } | { after: string } | { endOf: string }) {
  const deck = loadDeck(deckOf(files)).deck!;
  const all = deck.stacks.flatMap((s) => s.slides);
  const spans: SlideSpan[] = all.map((s) => ({ file: s.file, start: s.startLine, end: s.endLine, startsStack: s.v === 0 }));
  const index = (title: string) => all.findIndex((s) => s.title === title);
  const aim: MoveTarget = 'before' in target ? { before: index(target.before) } : 'after' in target ? { after: index(target.after) } : target;
  const plan = planSlideMove(spans, index(from), aim, (f) => files[f]!);
  const out = { ...files };
  for (const [file, changes] of plan) out[file] = applyChanges(out[file]!, changes);
  const moved = loadDeck(deckOf(out)).deck!;
  return { files: out, titles: moved.stacks.map((s) => s.slides.map((x) => x.title)), notes: moved.stacks.flatMap((s) => s.slides).map((x) => x.notesText) };
}

const two = {
  '01-a.md': '# A\n\nNote:\nnotes of A\n\n---\n\n# B\n\n----\n\n# B below\n\n---\n\n# C\n',
  '02-b.md': '# D\n\n---\n\n# E\n',
};

test('within a file: the slide goes before another, with its notes, and the separators stay in place', () => {
  const r = move(two, 'A', { before: 'C' });
  expect(r.titles).toEqual([['B', 'B below'], ['A'], ['C'], ['D'], ['E']]);
  expect(r.files['01-a.md']).toBe('# B\n\n----\n\n# B below\n\n---\n\n# A\n\nNote:\nnotes of A\n\n---\n\n# C\n');
  expect(r.notes).toContain('notes of A');
});

test('across files, and into a stack: a slide dropped before a vertical slide becomes one too', () => {
  const r = move(two, 'E', { before: 'B below' });
  expect(r.titles).toEqual([['A'], ['B', 'E', 'B below'], ['C'], ['D']]);
  expect(r.files['02-b.md']).toBe('# D\n');
  expect(r.files['01-a.md']).toContain('# B\n\n----\n\n# E\n\n----\n\n# B below');
});

test('the first slide of a file leaves with the separator below it; after the last slide of a file it gets that slide’s kind', () => {
  const r = move(two, 'D', { after: 'C' });
  expect(r.titles).toEqual([['A'], ['B', 'B below'], ['C'], ['D'], ['E']]);
  expect(r.files['02-b.md']).toBe('# E\n');
  expect(r.files['01-a.md']!.endsWith('# C\n\n---\n\n# D\n')).toBe(true);
  const down = move(two, 'C', { after: 'B below' });
  expect(down.titles).toEqual([['A'], ['B', 'B below', 'C'], ['D'], ['E']]);
});

test("before a file's first slide it takes the deck's own separator, whatever it is", () => {
  const custom = { 'deck.yaml': 'separator: "^<!--s-->$"\n', '01.md': '# A\n\n<!--s-->\n\n# B\n', '02.md': '# C\n' };
  const r = move(custom, 'C', { before: 'A' });
  expect(r.titles).toEqual([['C'], ['A'], ['B']]);
  expect(r.files['01.md']).toBe('# C\n\n<!--s-->\n\n# A\n\n<!--s-->\n\n# B\n');
});

test('to the end of a file, even one with no slide yet', () => {
  const r = move({ ...two, '03-new.md': '' }, 'A', { endOf: '03-new.md' });
  expect(r.files['03-new.md']).toBe('# A\n\nNote:\nnotes of A\n');
  expect(r.titles).toEqual([['B', 'B below'], ['C'], ['D'], ['E'], ['A']]);
  expect(move(two, 'A', { endOf: '02-b.md' }).titles).toEqual([['B', 'B below'], ['C'], ['D'], ['E'], ['A']]);
});

test('a move onto its own place changes nothing', () => {
  const deck = loadDeck(deckOf(two)).deck!;
  const spans = deck.stacks.flatMap((s) => s.slides).map((s) => ({ file: s.file, start: s.startLine, end: s.endLine, startsStack: s.v === 0 }));
  expect(planSlideMove(spans, 0, { before: 1 }, (f) => two[f as keyof typeof two]).size).toBe(0);
  expect(planSlideMove(spans, 1, { after: 0 }, (f) => two[f as keyof typeof two]).size).toBe(0);
  expect(planSlideMove(spans, 5, { after: 4 }, (f) => two[f as keyof typeof two]).size).toBe(0);
  expect(planSlideMove(spans, 1, { before: 1 }, (f) => two[f as keyof typeof two]).size).toBe(0);
});
