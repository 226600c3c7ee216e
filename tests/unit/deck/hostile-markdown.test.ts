// Markdown built to exhaust the renderer ends, every time, with a diagnostic at the line
// that names the real cause, and the rest of the deck still loads. (How long each takes
// is a benchmark figure: npm run bench, "hostile input".)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../../src/deck/load.js';
import { maxNesting } from '../../../src/deck/markdown/limits.js';
import { warningsPerCode } from '../../../src/deck/markdown/env.js';
import { hostileMarkdown } from '../../helpers/hostile-markdown.js';
import { tempDir } from '../../helpers/decks.js';

describe.each(hostileMarkdown.filter((h) => !h.benchOnly))('$name', ({ markdown, code, line }) => {
  test(code ? `ends with ${code} at line ${line}, and the deck loads` : 'renders, and the deck loads', () => {
    const dir = tempDir('hostile');
    writeFileSync(join(dir, 'slides.md'), `${markdown()}\n\n---\n\n# after`);
    const { deck, diagnostics } = loadDeck(dir);
    expect(deck!.stacks.length).toBe(2);
    expect(deck!.stacks[1]!.slides[0]!.title).toBe('after');
    expect(diagnostics.map((d) => d.code)).not.toContain('render-failed');
    if (code) expect(diagnostics).toContainEqual(expect.objectContaining({ file: 'slides.md', line, code }));
    else expect(diagnostics).toEqual([]);
    // However many problems of one kind: the first ones listed, the rest counted in one more.
    for (const c of new Set(diagnostics.map((d) => d.code))) expect(diagnostics.filter((d) => d.code === c).length).toBeLessThanOrEqual(warningsPerCode + 1);
  });
});

test('the limits name the cause and what to do', () => {
  const dir = tempDir('hostile');
  writeFileSync(join(dir, 'a.md'), `${hostileMarkdown[0]!.markdown()}`);
  writeFileSync(join(dir, 'b.md'), `# long\n\n${'a'.repeat(1_000_001)}`);
  const { deck, diagnostics } = loadDeck(dir);
  const [deep, long] = diagnostics;
  expect(deep).toMatchObject({ file: 'a.md', line: maxNesting + 1, severity: 'error', code: 'markdown-too-deep' });
  expect(deep!.message).toContain(`more than the ${maxNesting}`);
  expect(deep!.hint).toMatch(/at most 50 levels/);
  expect(long).toMatchObject({ file: 'b.md', line: 3, severity: 'error', code: 'markdown-line-too-long' });
  expect(long!.message).toContain('1,000,001 characters');
  // The slide is shown as typed.
  expect(deck!.stacks[1]!.slides[0]!.html).toMatch(/^<pre class="render-failed"># long/);
  expect(diagnostics).toHaveLength(2);
});

test('a list 50 levels deep is still a list', () => {
  const dir = tempDir('hostile');
  writeFileSync(join(dir, 'a.md'), Array.from({ length: maxNesting }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'));
  const { deck, diagnostics } = loadDeck(dir);
  expect(diagnostics).toEqual([]);
  expect(deck!.stacks[0]!.slides[0]!.html.match(/<ul>/g)).toHaveLength(maxNesting);
});
