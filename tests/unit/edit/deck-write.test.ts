import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isSaveTemp, writeDeckFile } from '../../../src/edit/deck-write.js';
import { isMarkdownName } from '../../../src/deck/files.js';

const fresh = () => {
  const root = mkdtempSync(join(tmpdir(), 'deck-write-'));
  const deck = join(root, 'deck');
  mkdirSync(deck);
  return { root, deck };
};

describe('saving a deck file', () => {
  test('replaces the text, keeps the mode, and leaves no temporary file behind', () => {
    const { deck } = fresh();
    writeFileSync(join(deck, 'a.md'), 'old');
    chmodSync(join(deck, 'a.md'), 0o600);
    writeDeckFile(deck, 'a.md', '# 新的');
    expect(readFileSync(join(deck, 'a.md'), 'utf8')).toBe('# 新的');
    expect(statSync(join(deck, 'a.md')).mode & 0o777).toBe(0o600);
    expect(readdirSync(deck)).toEqual(['a.md']);
  });

  test('creates a new file in a new sub-folder', () => {
    const { deck } = fresh();
    mkdirSync(join(deck, 'part'));
    writeDeckFile(deck, 'part/b.md', 'x');
    expect(readFileSync(join(deck, 'part/b.md'), 'utf8')).toBe('x');
  });

  test('never writes through a symbolic link, to a file or through a folder', () => {
    const { root, deck } = fresh();
    const outside = join(root, 'bashrc');
    writeFileSync(outside, 'precious');
    symlinkSync(outside, join(deck, 'a.md'));
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(deck, 'images'));
    expect(() => writeDeckFile(deck, 'a.md', 'pwned')).toThrow(/symbolic link/);
    expect(() => writeDeckFile(deck, 'images/x.png', 'pwned')).toThrow(/symbolic link/);
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(lstatSync(join(deck, 'a.md')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(root, 'elsewhere'))).toEqual([]);
  });

  test('refuses names outside the deck, hidden names and kinds of file a deck is not made of', () => {
    const { deck } = fresh();
    for (const bad of ['../x.md', '/etc/x.md', 'a/../../x.md', '.git/config.md', 'page.html', 'x.js', '']) {
      expect(() => writeDeckFile(deck, bad, 'x'), bad).toThrow();
    }
    expect(readdirSync(deck)).toEqual([]);
  });

  test("its temporary name is never taken for a slide file", () => {
    const { deck } = fresh();
    writeFileSync(join(deck, 'a.md'), 'x');
    // The temporary name, as a crash would leave it:
    const temp = '.a.md.deck-save-0123456789ab.tmp';
    expect(isSaveTemp(temp)).toBe(true);
    expect(isMarkdownName(temp)).toBe(false);
  });
});
