// Deck text reaches the terminal only through printable(): escape sequences, control
// characters and bidi overrides in a deck are shown, never obeyed.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/deck/diagnostics.js';
import { DeckError } from '../../src/errors.js';
import { packageRoot } from '../../src/paths.js';
import { printable } from '../../src/printable.js';
import { tempDir } from '../helpers/decks.js';

// Anything a terminal would act on: ESC/CSI/OSC sequences, C0 and C1 controls, bidi controls.
const terminalControls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

test.each([
  ['ESC sequences', '\x1b[2J\x1b[31mred\x1b]0;title\x07', '\\x1b[2J\\x1b[31mred\\x1b]0;title\\x07'],
  ['C0 controls, carriage return, backspace, DEL', 'a\rb\bc\x00d\x7f', 'a\\x0db\\x08c\\x00d\\x7f'],
  ['C1 controls (8-bit CSI)', 'x\u009b2Jy\u0085', 'x\\x9b2Jy\\x85'],
  ['bidi overrides and isolates', 'file\u202Egpj.exe\u2066x\u2069', 'file\\u202egpj.exe\\u2066x\\u2069'],
  ['tab, newline and ordinary text stay', '标题\t<b>\n…', '标题\t<b>\n…'],
])('%s', (_name, input, shown) => {
  expect(printable(input)).toBe(shown);
});

test('a diagnostic is printed one line per part, with the deck text escaped', () => {
  const out = formatDiagnostic({ file: 'a\x1b[2K.md', line: 3, column: 1, severity: 'warning', code: 'style-refused', message: 'style="\x1b]0;owned\x07" was removed\nfake.md:1:1: error: forged', hint: 'do \u202Eit' });
  expect(out).not.toMatch(terminalControls);
  expect(out.split('\n')).toEqual(['a\\x1b[2K.md:3:1: warning: style="\\x1b]0;owned\\x07" was removed fake.md:1:1: error: forged', '  do \\u202eit', '']);
});

test('a stopping error names the file printably', () => {
  const e = new DeckError('io', 'Cannot read \x1b[8mhidden.md.', 'Check \x9b the file.', { file: '/d/\x1b[8mhidden.md', line: 2 });
  expect(e.format()).not.toMatch(terminalControls);
  expect(e.format()).toContain('\\x1b[8mhidden.md:2: Cannot read \\x1b[8mhidden.md.');
});

test('deck check prints a hostile deck without a single terminal control', () => {
  const dir = tempDir('escapes');
  writeFileSync(join(dir, 'deck.yaml'), 'title: "\\e]0;pwned\\a"\ntransition: "\\e[2Jswipe"\n');
  writeFileSync(join(dir, '01-\x1b[31mred.md'), '# t\n\n<p style="background:url(x)\x1b]8;;http://evil\x07">x</p>\n\n<x-\u202Etag>y</x-\u202Etag>\n');
  const result = spawnSync(process.execPath, [join(packageRoot, 'out', 'cli.mjs'), 'check', dir], { encoding: 'utf8', cwd: dir });
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('01-\\x1b[31mred.md:3:');
  expect(result.stdout).toContain('\\x1b[2Jswipe');
  expect(result.stdout + result.stderr).not.toMatch(terminalControls);
});
