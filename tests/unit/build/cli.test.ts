// The `deck` command line as a user runs it (needs `npm run compile`, done by `npm test`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
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
  expect(result.stderr).toContain('1 error');
});

test('check exits 0 on a good deck', () => {
  const result = deck('check', writeFixtureDeck(tempDir('good')), '--no-layout');
  expect(result.stderr).toContain('0 errors');
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

test('a missing deck gets the same answer from build, check and export: one diagnostic with what to do (exit 1), not a stack trace', () => {
  const said = '/no/such/deck:1:1: error: no deck at /no/such/deck: there is no such folder or file\n  Give the path of a deck folder (markdown files and an optional deck.yaml) or of a single .md file.\n';
  const build = deck('build', '/no/such/deck');
  expect(build.status).toBe(1);
  expect(build.stderr).toBe(`${said}deck: not built, because the deck has errors (listed above).\n`);
  const check = deck('check', '/no/such/deck');
  expect(check.status).toBe(1);
  expect(check.stdout).toBe(said);
  const exported = deck('export', 'pdf', '/no/such/deck', '--browser', process.execPath);
  expect(exported.stderr.startsWith(said), exported.stderr).toBe(true);
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
