import { describe, expect, test } from 'vitest';
import { parseConfig, splitFrontMatter } from '../../../src/deck/config.js';
import { closest, formatDiagnostic, formatDiagnostics, summarize } from '../../../src/deck/diagnostics.js';
import { decodeText, firstInvalidUtf8, orderFiles } from '../../../src/deck/files.js';
import { splitNotes } from '../../../src/deck/notes.js';
import { splitSlides } from '../../../src/deck/split.js';
import { htmlToText } from '../../../src/deck/text.js';

const folder = { file: 'deck.yaml', firstLine: 1, allowOrder: true };

describe('settings', () => {
  test('aspect sets the slide size; width/height set it directly', () => {
    expect(parseConfig('aspect: "16:10"', folder).config).toMatchObject({ width: 1280, height: 800 });
    expect(parseConfig('aspect: 16:9', folder).config).toMatchObject({ width: 1280, height: 720 });
    expect(parseConfig('width: 1920\nheight: 1080', folder).config).toMatchObject({ width: 1920, height: 1080 });
    expect(parseConfig('width: 1920', folder).config).toMatchObject({ width: 1920, height: 1080 });
  });

  test('shrinkToFit is off unless set to true; anything but a boolean is an error at the key', () => {
    expect(parseConfig('title: x', folder).config.shrinkToFit).toBe(false);
    expect(parseConfig('shrinkToFit: true', folder).config.shrinkToFit).toBe(true);
    const wrong = parseConfig('title: x\nshrinkToFit: yes please', folder);
    expect(wrong.config.shrinkToFit).toBe(false);
    expect(wrong.diagnostics).toMatchObject([{ line: 2, code: 'config-type', severity: 'error', hint: 'Write it as `shrinkToFit: true`.' }]);
  });

  test('an unknown aspect is an error at the key', () => {
    const { diagnostics } = parseConfig('title: x\naspect: "21:9"', folder);
    expect(diagnostics).toMatchObject([{ line: 2, column: 1, code: 'config-value', severity: 'error' }]);
  });

  test('front matter lines are file lines', () => {
    const { diagnostics } = parseConfig('title: x\nduration: soon\n', { file: 'talk.md', firstLine: 2, allowOrder: false });
    expect(diagnostics).toMatchObject([{ file: 'talk.md', line: 3, column: 1, code: 'config-type' }]);
  });

  test('order in a single-file deck is ignored with a warning', () => {
    const { diagnostics } = parseConfig('order: [a.md]', { file: 'talk.md', firstLine: 2, allowOrder: false });
    expect(diagnostics).toMatchObject([{ line: 2, severity: 'warning', code: 'config-order-ignored' }]);
  });

  test('one YAML mistake is one error, at its line and column', () => {
    expect(parseConfig('title: a\n  bad: indent\nx', folder).diagnostics).toMatchObject([{ code: 'yaml-invalid', line: 1, column: 8 }]);
    expect(parseConfig('title: "abc\nauthor: x\n', folder).diagnostics).toMatchObject([{ code: 'yaml-invalid', line: 3, column: 1 }]);
  });

  test('a duplicate key and a non-mapping are errors', () => {
    expect(parseConfig('title: a\ntitle: b\n', folder).diagnostics).toMatchObject([{ code: 'yaml-invalid', line: 2 }]);
    expect(parseConfig('- a\n- b\n', folder).diagnostics).toMatchObject([{ code: 'config-not-mapping', line: 1 }]);
    expect(parseConfig('', folder).diagnostics).toEqual([]);
  });

  test('a bad language tag is an error; a numeric title must be quoted', () => {
    expect(parseConfig('lang: Chinese please', folder).diagnostics).toMatchObject([{ code: 'config-value' }]);
    expect(parseConfig('title: 2024', folder).diagnostics).toMatchObject([{ code: 'config-type', message: 'title must be text, not the number 2024' }]);
  });

  test('front matter needs a closing line and at least one key', () => {
    expect(splitFrontMatter('---\ntitle: x\n---\n# A\n')).toEqual({ yaml: 'title: x\n', yamlFirstLine: 2, body: '# A\n', bodyFirstLine: 4 });
    expect(splitFrontMatter('---\n# Slide one\n---\n# Slide two\n')).toBeNull();
    expect(splitFrontMatter('# A\n---\ntitle: x\n---\n')).toBeNull();
    expect(splitFrontMatter('---\ntitle: x\n')).toBeNull();
  });
});

describe('files', () => {
  test('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('中文ok'))).toBe(8);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe4, 0xb8]))).toBe(1); // truncated 中
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
  });

  test('GBK text is named as such', () => {
    const gbk = Uint8Array.from([0x23, 0x20, ...Array(12).fill([0xd6, 0xd0]).flat(), 0x0a]);
    const decoded = decodeText(gbk, 'a.md');
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.diagnostic.message).toContain('GBK');
  });

  test('order entries that repeat warn once', () => {
    const r = orderFiles(['a.md', 'b.md'], [
      { name: 'a.md', line: 2, column: 5 },
      { name: 'a.md', line: 3, column: 5 },
      { name: 'b.md', line: 4, column: 5 },
    ]);
    expect(r.names).toEqual(['a.md', 'b.md']);
    expect(r.diagnostics).toMatchObject([{ line: 3, code: 'order-duplicate', severity: 'warning' }]);
  });
});

describe('split and notes', () => {
  test('a tilde fence and a longer backtick fence protect separators', () => {
    const src = '# A\n\n~~~\n---\n~~~\n\n````md\n```\n---\n```\n````\n\n---\n\n# B';
    expect(splitSlides(src).slides.map((s) => [s.startLine, s.endLine])).toEqual([[1, 11], [15, 15]]);
  });

  test('--- after a heading, a list, a comment or a blank line is not ambiguous', () => {
    const src = '# A\n---\n- item\n---\n<!-- .slide: -->\n---\n\n---\ntext\n    more\n----\n';
    expect(splitSlides(src).ambiguousSeparators).toEqual([11]);
  });

  test('notes start at the first Note:/Notes: line outside code, any case', () => {
    expect(splitNotes('# A\n```\nNote: code\n```\nNOTES: real\nmore')).toEqual({ body: '# A\n```\nNote: code\n```', notes: 'real\nmore', notesLine: 4, several: [] });
    expect(splitNotes('# A\nNotable: no').notesLine).toBe(-1);
  });
});

describe('diagnostics', () => {
  const d = { file: '01.md', line: 3, column: 7, severity: 'error' as const, code: 'asset-missing' as const, message: '"a.png" not found', hint: 'Put the file there.' };

  test('print as file:line:col: severity: message and an indented hint', () => {
    expect(formatDiagnostic(d)).toBe('01.md:3:7: error: "a.png" not found\n  Put the file there.\n');
    expect(formatDiagnostics([d, d], { prefix: 'slides/' })).toBe('slides/01.md:3:7: error: "a.png" not found\n  Put the file there.\n'.repeat(2));
    expect(summarize([d, { ...d, severity: 'warning' }, { ...d, severity: 'warning' }])).toBe('1 error, 2 warnings');
  });

  test('did-you-mean only offers close words', () => {
    expect(closest('titel', ['title', 'theme'])).toBe('title');
    expect(closest('background', ['title', 'theme'])).toBeUndefined();
  });

  test('notes HTML becomes plain text', () => {
    expect(htmlToText('<p>第一行 &amp; <strong>重点</strong></p>\n<ul>\n<li>一</li>\n<li>二</li>\n</ul>')).toBe('第一行 & 重点\n\n一\n二');
    expect(htmlToText('<p>代码：</p>\n<pre><code><span>a</span>\n<span>b</span>\n</code></pre>')).toBe('代码：\n\na\nb');
  });
});
