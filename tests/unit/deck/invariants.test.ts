// Properties that must hold for any input, checked on generated decks with a fixed seed:
// loading never throws, slides point inside their file in order, and every line the
// user wrote (other than separators) ends up in exactly one slide's body or notes.
import { expect, test } from 'vitest';
import { splitNotes } from '../../../src/deck/notes.js';
import { splitSlides } from '../../../src/deck/split.js';

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const pieces = ['---', '----', '', '# 标题', 'text 正文', '```', '~~~', '````', 'Note: 备注', 'notes: more', '- item', '> quote', '  ---', '--- ', '<!-- .slide: class="x" -->', '***'];

test('splitting loses no line and keeps ranges in order', () => {
  const next = random(42);
  for (let round = 0; round < 500; round++) {
    const lines = Array.from({ length: Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]!);
    const source = lines.join('\n');
    const { slides } = splitSlides(source, 1);
    let previousEnd = 0;
    const covered = new Set<number>();
    for (const slide of slides) {
      if (slide.text === '') continue;
      expect(slide.startLine).toBeGreaterThan(previousEnd);
      expect(slide.text.split('\n')).toEqual(lines.slice(slide.startLine - 1, slide.endLine));
      for (let l = slide.startLine; l <= slide.endLine; l++) covered.add(l);
      previousEnd = slide.endLine;
      const parts = splitNotes(slide.text);
      if (parts.notesLine !== -1) {
        const noteLine = slide.text.split('\n')[parts.notesLine]!;
        const rebuilt = [parts.body, noteLine.slice(0, noteLine.length - parts.notes.split('\n')[0]!.length) + parts.notes].join(parts.body === '' && parts.notesLine === 0 ? '' : '\n');
        expect(rebuilt).toBe(slide.text);
      } else expect(parts.body).toBe(slide.text);
    }
    // A line outside every slide is blank or a separator: nothing typed is dropped.
    lines.forEach((line, i) => {
      if (!covered.has(i + 1)) expect(line.trim() === '' || /^----?[ \t]*$/.test(line)).toBe(true);
    });
  }
});

test('loading never throws, whatever the files hold', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { loadDeck } = await import('../../../src/deck/load.js');
  const next = random(7);
  const yamlBits = ['title: x', 'order: [a.md, zz.md]', 'aspect: 9', 'duration: -1', ': :', '[', 'width: 1e9', 'theme: nope', '  - x'];
  for (let round = 0; round < 40; round++) {
    const dir = mkdtempSync(join(tmpdir(), 'deck-fuzz-'));
    const text = Array.from({ length: Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]!).join('\n');
    writeFileSync(join(dir, 'a.md'), round % 3 === 0 ? `---\n${yamlBits[round % yamlBits.length]}\n---\n${text}` : text);
    writeFileSync(join(dir, 'b.md'), Uint8Array.from({ length: Math.floor(next() * 200) }, () => Math.floor(next() * 256)));
    writeFileSync(join(dir, 'deck.yaml'), Array.from({ length: 3 }, () => yamlBits[Math.floor(next() * yamlBits.length)]).join('\n'));
    const result = loadDeck(dir);
    for (const d of result.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message).not.toBe('');
    }
    expect(result.deck !== null || result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }
});
