// The `deck` command line as a user runs it (needs `npm run compile`, done by `npm test`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../../../src/paths.js';
import { tempDir, writeFixtureDeck } from '../../helpers/decks.js';

const deck = (...args: string[]) => spawnSync(process.execPath, [join(packageRoot, 'out', 'cli.mjs'), ...args], { encoding: 'utf8', cwd: tempDir('cwd') });

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => join(dir, p))
    .filter((p) => statSync(p).isFile() && /\.(html|css|js|json|svg)$/.test(p));
}

test('--version prints the package version', () => {
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  expect(deck('--version').stdout.trim()).toBe(version);
});

test('every command has its own --help, and the exit codes are listed', () => {
  expect(deck('--help').stdout).toMatch(/Exit codes:[\s\S]*70/);
  expect(deck('build', '--help').stdout).toContain('--out <dir>');
  expect(deck('check', '--help').stdout).toContain('Exit status');
});

test('every command says its default deck the same way, "the bundled deck", never as a path of this machine', () => {
  for (const command of [['check'], ['build'], ['serve'], ['edit'], ['export', 'pdf'], ['export', 'pptx'], ['export', 'html']]) {
    const help = deck(...command, '--help').stdout.replace(/\s+/g, ' ');
    expect(help, command.join(' ')).toMatch(/ dir deck folder[^(]*\(default: the bundled deck\)/);
    expect(help, command.join(' ')).not.toContain(packageRoot);
  }
});

test('the exit codes listed are the ones the commands use: no code for a missing Electron, which npm start never exits with', () => {
  const table = deck('--help').stdout.slice(deck('--help').stdout.indexOf('Exit codes:'));
  expect(table.match(/^ +\d+ /gm)?.map((code) => Number(code))).toEqual([0, 1, 2, 3, 4, 70]);
});

test('check writes its results to stdout, so `deck check > report.txt` keeps them; stderr stays empty', () => {
  const dir = tempDir('broken');
  writeFileSync(join(dir, 'deck.yaml'), 'transition: swipe\n');
  writeFileSync(join(dir, 'a.md'), '# 标题\n');
  const result = deck('check', dir, '--no-layout');
  expect(result.stdout).toMatch(/deck\.yaml:1:1: error: transition[\s\S]*\n1 error, 0 warnings in 1 slide\.\n$/);
  expect(result.stderr).toBe('');
});

describe('an export checks where it will write before any work (exit 3, one error with what to do)', () => {
  // --browser names no browser: an export that got as far as looking for one would exit 4.
  const exportTo = (format: string, output: string) =>
    deck('export', format, writeFixtureDeck(tempDir('good')), '-o', output, ...(format === 'html' ? [] : ['--browser', '/no/such/browser']));

  test('a folder that does not exist', () => {
    for (const format of ['pdf', 'pptx', 'html']) {
      const result = exportTo(format, `/no/such/folder/talk.${format}`);
      expect(result.status, format).toBe(3);
      expect(result.stderr).toBe('deck: Cannot write /no/such/folder/talk.' + format + ': the folder /no/such/folder does not exist.\n  Create it first (mkdir -p /no/such/folder), or choose another file with -o.\n');
    }
  });

  test('a path that is a folder', () => {
    const folder = tempDir('out');
    const result = exportTo('pdf', folder);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`deck: Cannot write ${folder}: it is a folder.\n  Give a file name, e.g. -o ${join(folder, 'talk.pdf')}.\n`);
    expect(readdirSync(folder)).toEqual([]);
  });

  test('a folder that is a file', () => {
    const file = join(tempDir('out'), 'notes.txt');
    writeFileSync(file, 'mine');
    const result = exportTo('html', join(file, 'talk.html'));
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('notes.txt is not a folder.');
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });
});

test('serve with a deck that has nothing to present: its errors and one line, exit 1, and no URL printed', () => {
  const result = spawnSync(process.execPath, [join(packageRoot, 'out', 'cli.mjs'), 'serve', tempDir('empty')], { encoding: 'utf8', timeout: 20_000 });
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/error: the deck has no markdown files\n[\s\S]*\ndeck: .*The deck has errors and nothing to present\./);
});

test('a wrong option is a usage error (exit 2)', () => {
  const result = deck('build', '--no-such-option');
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("unknown option '--no-such-option'");
});

test('check prints file:line:col: severity: message with a hint, and exits 1 on errors', () => {
  const dir = tempDir('broken');
  writeFileSync(join(dir, 'deck.yaml'), 'title: 坏的\ntransition: swipe\n');
  writeFileSync(join(dir, 'a.md'), '# 标题\n');
  const result = deck('check', dir, '--no-layout');
  expect(result.status).toBe(1);
  expect(result.stdout).toMatch(/deck\.yaml:2:1: error: transition must be one of .*\n {2}\S/);
  expect(result.stdout).toContain('1 error');
});

test('check exits 0 on a good deck', () => {
  const result = deck('check', writeFixtureDeck(tempDir('good')), '--no-layout');
  expect(result.stdout).toContain('0 errors');
  expect(result.status).toBe(0);
});

test('build refuses a deck with errors: exit 1, diagnostics printed, nothing written', () => {
  const dir = tempDir('broken');
  writeFileSync(join(dir, 'deck.yaml'), 'transition: swipe\n');
  writeFileSync(join(dir, 'a.md'), '# 标题\n');
  const out = join(tempDir('out'), 'dist');
  const result = deck('build', dir, '--out', out, '--no-layout');
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('deck.yaml:1:1: error');
  expect(existsSync(out)).toBe(false);
});

test('build will not write into a folder of someone else’s files (exit 3), and leaves them alone', () => {
  const out = tempDir('foreign');
  writeFileSync(join(out, 'report.docx'), 'mine');
  const result = deck('build', writeFixtureDeck(tempDir('good')), '--out', out, '--no-layout');
  expect(result.status).toBe(3);
  expect(result.stderr).toMatch(/^deck: .*did not write/);
  expect(readdirSync(out)).toEqual(['report.docx']);
});

test('a missing deck gets the same answer from build, check, export and serve: what is wrong and what to do, exit 3, before any work', () => {
  const said = 'deck: no deck at /no/such/deck: there is no such folder or file\n  Give the path of a deck folder (markdown files and an optional deck.yaml) or of a single .md file.\n';
  for (const args of [['build', '/no/such/deck'], ['check', '/no/such/deck'], ['export', 'pdf', '/no/such/deck', '--browser', process.execPath], ['export', 'html', '/no/such/deck']]) {
    const result = deck(...args);
    expect(result.status, args.join(' ')).toBe(3);
    expect(result.stderr, args.join(' ')).toBe(said);
    expect(result.stdout, args.join(' ')).toBe('');
  }
});

test('the shipped deck builds with no warning into a folder without a single http(s) URL', () => {
  const out = join(tempDir('shipped'), 'dist');
  const result = deck('build', '--out', out, '--no-layout');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const namespaces = /http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml)/g;
  const withUrls = textFiles(out).filter((f) => /https?:\/\//i.test(readFileSync(f, 'utf8').replace(namespaces, '')));
  expect(withUrls.map((f) => relative(out, f))).toEqual([]);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html lang="zh-CN">');
});
