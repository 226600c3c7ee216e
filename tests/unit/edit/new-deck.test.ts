import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../../src/deck/load.js';
import { createStarterDeck } from '../../../src/edit/new-deck.js';
import { fakeRenderer } from '../deck/fake-renderer.js';

describe('deck new', () => {
  test('writes a deck that loads clean: a title slide, a content slide, notes', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'new-')), 'my-talk');
    createStarterDeck(dir);
    expect(readdirSync(dir).sort()).toEqual(['01-start.md', 'deck.yaml']);
    const { deck, diagnostics } = loadDeck(dir, { render: fakeRenderer });
    expect(diagnostics).toEqual([]);
    const slides = deck!.stacks.flatMap((s) => s.slides);
    expect(slides).toHaveLength(2);
    expect(slides.every((s) => s.notesText.length > 0)).toBe(true);
    expect(deck!.config.title).toBe('My talk');
  });

  test('never writes over files already there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    writeFileSync(join(dir, 'mine.md'), 'keep');
    expect(() => createStarterDeck(dir)).toThrow(/not empty/);
    expect(readFileSync(join(dir, 'mine.md'), 'utf8')).toBe('keep');
    expect(readdirSync(dir)).toEqual(['mine.md']);
  });
});
