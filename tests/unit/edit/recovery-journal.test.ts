import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RecoveryJournal } from '../../../src/edit/recovery-journal.js';
import { userStateDir } from '../../../src/paths.js';

const fresh = () => {
  const root = mkdtempSync(join(tmpdir(), 'journal-'));
  const deck = join(root, 'deck');
  mkdirSync(deck);
  writeFileSync(join(deck, 'a.md'), '# A');
  return { deck, stateDir: join(root, 'state') };
};

describe('the recovery journal', () => {
  test('gives back what was typed and not saved, after the process is gone', () => {
    const { deck, stateDir } = fresh();
    const j = new RecoveryJournal(deck, { stateDir });
    j.note('a.md', '# A, with more');
    j.flush();
    // A new journal object stands for the app started again after a crash.
    expect(new RecoveryJournal(deck, { stateDir }).recover()).toEqual([{ file: 'a.md', text: '# A, with more', disk: '# A', at: expect.any(String) }]);
  });

  test('lives outside the deck folder', () => {
    const { deck, stateDir } = fresh();
    const j = new RecoveryJournal(deck, { stateDir });
    j.note('a.md', 'x');
    j.flush();
    expect(relative(deck, j.dir).startsWith('..')).toBe(true);
    expect(readdirSync(deck)).toEqual(['a.md']);
  });

  test('reaches the disk by itself within its delay', async () => {
    const { deck, stateDir } = fresh();
    const j = new RecoveryJournal(deck, { stateDir, delayMs: 20 });
    j.note('a.md', 'typed');
    await new Promise((r) => setTimeout(r, 200));
    expect(new RecoveryJournal(deck, { stateDir }).recover().map((r) => r.text)).toEqual(['typed']);
  });

  test('a keystroke is written at once when the last write is older than the delay, even with the process too busy to run a timer', () => {
    const { deck, stateDir } = fresh();
    const j = new RecoveryJournal(deck, { stateDir, delayMs: 20 });
    j.note('a.md', 'one');
    j.note('a.md', 'two'); // within the delay: waits for the timer
    // Busy (a large deck rebuilding): no timer runs until this test returns.
    for (const until = Date.now() + 60; Date.now() < until; );
    j.note('a.md', 'three');
    expect(new RecoveryJournal(deck, { stateDir }).recover().map((r) => r.text)).toEqual(['three']);
    j.close();
  });

  test('forgets a file once it is saved, and entries that match the disk', () => {
    const { deck, stateDir } = fresh();
    const j = new RecoveryJournal(deck, { stateDir });
    j.note('a.md', 'typed');
    j.note('b.md', 'new file');
    j.flush();
    j.clear('b.md');
    writeFileSync(join(deck, 'a.md'), 'typed');
    expect(j.recover()).toEqual([]);
  });

  test('offers a file deleted since, with no disk text', () => {
    const { deck, stateDir } = fresh();
    const j = new RecoveryJournal(deck, { stateDir });
    j.note('a.md', 'typed');
    j.flush();
    rmSync(join(deck, 'a.md'));
    expect(j.recover()).toMatchObject([{ file: 'a.md', text: 'typed', disk: null }]);
  });

  test("is kept in the platform's state folder, never a deck", () => {
    expect(userStateDir({ HOME: '/home/u' }, 'linux')).toBe('/home/u/.local/state/deck-presenter');
    expect(userStateDir({ HOME: '/home/u', XDG_STATE_HOME: '/s' }, 'linux')).toBe('/s/deck-presenter');
    expect(userStateDir({ HOME: '/Users/u' }, 'darwin')).toBe('/Users/u/Library/Application Support/Deck Presenter');
    expect(userStateDir({ DECK_STATE_DIR: '/x' }, 'linux')).toBe('/x');
  });
});
