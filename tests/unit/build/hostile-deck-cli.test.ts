// The attacks on files as a user meets them: `deck check` and `deck build` on a cloned
// deck with a FIFO, a link out of the deck and a page in media, and a build into a
// committed output folder with a link to a file outside it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packageRoot } from '../../../src/paths.js';
import { tempDir } from '../../helpers/decks.js';

const deck = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(packageRoot, 'out', 'cli.mjs'), ...args], { encoding: 'utf8', cwd, timeout: 60_000 });

function hostileRepo() {
  const repo = tempDir('repo');
  const dir = join(repo, 'talk');
  mkdirSync(dir);
  writeFileSync(join(repo, 'secret.txt'), 'SECRET-PASSWORD\n');
  writeFileSync(join(dir, '01.md'), '# 好\n\n![页](p.html)\n');
  writeFileSync(join(dir, 'p.html'), '<script>alert(1)</script>');
  symlinkSync(join(repo, 'secret.txt'), join(dir, '02-appendix.md'));
  execFileSync('mkfifo', [join(dir, '03-x.md')]);
  return { repo, dir };
}

// mkfifo is POSIX; the rest of the attack is covered on Windows by the deck tests.
test.skipIf(process.platform === 'win32')('check and build report the same errors for a hostile deck, without hanging or leaking', () => {
  const { repo } = hostileRepo();
  const check = deck(repo, 'check', 'talk');
  const build = deck(repo, 'build', 'talk', '--out', 'dist');
  expect(check.status).toBe(1);
  expect(build.status).toBe(1);
  const errors = (text: string) => text.split('\n').filter((l) => l.includes(': error: ')).sort();
  expect(errors(check.stdout)).toEqual([
    expect.stringMatching(/^talk\/01\.md:3:\d+: error: "p\.html" is not copied into the deck: only images, audio, video, subtitles and fonts are copied$/),
    expect.stringMatching(/^talk\/02-appendix\.md:1:1: error: 02-appendix\.md is a symbolic link to a file outside the deck folder; it is not read$/),
    expect.stringMatching(/^talk\/03-x\.md:1:1: error: 03-x\.md is a named pipe \(FIFO\), not a regular file; it is not read$/),
  ]);
  expect(errors(build.stderr)).toEqual(errors(check.stdout));
  expect(check.stdout + check.stderr + build.stdout + build.stderr).not.toContain('SECRET');
});

test('a committed output folder with a link to a file outside: exit 3, the file is byte-identical', () => {
  const repo = tempDir('repo');
  const home = tempDir('home');
  const bashrc = join(home, '.bashrc');
  writeFileSync(bashrc, 'alias ll="ls -l"\n');
  mkdirSync(join(repo, 'talk'));
  writeFileSync(join(repo, 'talk', '01.md'), '# 好\n');
  mkdirSync(join(repo, 'dist'));
  symlinkSync(bashrc, join(repo, 'dist', 'index.html'));
  writeFileSync(join(repo, 'dist', '.deck-build.json'), JSON.stringify({ generator: 'deck-presenter', files: ['index.html'] }));
  const result = deck(repo, 'build', 'talk');
  expect(result.status).toBe(3);
  expect(result.stderr).toMatch(/cannot tell which files are its own|symbolic link/);
  expect(readFileSync(bashrc, 'utf8')).toBe('alias ll="ls -l"\n');
});
