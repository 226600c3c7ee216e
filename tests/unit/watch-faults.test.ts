// Live reload under faults, with real files: a save written in two chunks with a pause
// between them, and the deck folder deleted and created again. Timings are the writer's
// (the pauses a slow writer makes); the assertions wait for what the watcher reports.
import { closeSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { Deck } from '../../src/deck/model.js';
import { DeckWatcher, type WatchEvent } from '../../src/watch/deck-watcher.js';

const watchers: DeckWatcher[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.stop();
});

function deckFolder(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'deck-watch-faults-')), 'deck');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function start(dir: string): { watcher: DeckWatcher; events: WatchEvent[] } {
  const watcher = new DeckWatcher(dir);
  const events: WatchEvent[] = [];
  watcher.on((e) => events.push(e));
  watcher.start();
  watchers.push(watcher);
  return { watcher, events };
}

const text = (deck: Deck) => deck.stacks.flatMap((s) => s.slides.map((slide) => slide.html)).join('\n');
const shown = (events: WatchEvent[]) => events.flatMap((e) => (e.type === 'deck' ? [text(e.deck)] : []));
const until = (read: () => boolean) => expect.poll(read, { timeout: 10_000, interval: 10 }).toBe(true);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Writes `content` as a plain writer that pauses: open (truncating), first part, a pause, the rest, close. */
async function writeInTwoChunks(path: string, content: string, splitAt: number, pauseMs: number): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, content.slice(0, splitAt));
    await sleep(pauseMs);
    writeSync(fd, content.slice(splitAt));
  } finally {
    closeSync(fd);
  }
}

const oldText = '# Old title\n\nThe old body of the slide.\n\n---\n\n## Second slide\n\nMore old text.\n';
const newText = '# New title\n\nA new body of the slide, longer than before.\n\n---\n\n## Second slide\n\nMore new text, and the END-MARKER.\n';

for (const pauseMs of [100, 250, 400]) {
  test(`a save written in two chunks ${pauseMs} ms apart (cut mid-line): only the whole file is ever shown`, async () => {
    const dir = deckFolder({ '01.md': oldText });
    const { events } = start(dir);
    // Cut inside a word of the first slide: the first half alone is a deck with one slide.
    await writeInTwoChunks(join(dir, '01.md'), newText, newText.indexOf('longer'), pauseMs);
    await until(() => shown(events).some((t) => t.includes('END-MARKER')));
    expect(shown(events).filter((t) => !t.includes('END-MARKER'))).toEqual([]);
    expect(events.filter((e) => e.type === 'diagnostics')).toEqual([]);
  });
}

test('a save in two chunks cut at a line end (the first chunk is the start of the old file): only the whole file is shown', async () => {
  const dir = deckFolder({ '01.md': oldText });
  const { events } = start(dir);
  // The edit is in the second slide; the first chunk ends after the first slide's lines.
  const edited = oldText.replace('More old text.', 'More old text, edited: END-MARKER.');
  await writeInTwoChunks(join(dir, '01.md'), edited, edited.indexOf('---'), 300);
  await until(() => shown(events).some((t) => t.includes('END-MARKER')));
  expect(shown(events).filter((t) => !t.includes('END-MARKER'))).toEqual([]);
});

test('deleting the last slide of a file (the file is cut short for good) is shown, after the quiet time', async () => {
  const dir = deckFolder({ '01.md': oldText });
  const { events } = start(dir);
  writeFileSync(join(dir, '01.md'), oldText.slice(0, oldText.indexOf('---')));
  await until(() => shown(events).some((t) => !t.includes('Second slide')));
});

test('the deck folder deleted and created again: live reload goes on, save after save', async () => {
  const dir = deckFolder({ '01.md': '# Alpha\n' });
  const { watcher, events } = start(dir);
  rmSync(dir, { recursive: true });
  await until(() => events.some((e) => e.type === 'diagnostics'));
  expect(text(watcher.deck!)).toContain('Alpha');
  mkdirSync(dir);
  writeFileSync(join(dir, '01.md'), '# Beta\n');
  await until(() => shown(events).some((t) => t.includes('Beta')));
  // The new folder itself is watched, not just noticed once.
  writeFileSync(join(dir, '01.md'), '# Gamma\n');
  await until(() => shown(events).some((t) => t.includes('Gamma')));
});

test('the deck folder replaced by another one renamed over it (a checkout, a sync tool): the new one is watched', async () => {
  const dir = deckFolder({ '01.md': '# Alpha\n' });
  const { events } = start(dir);
  const fresh = `${dir}-fresh`;
  mkdirSync(fresh);
  writeFileSync(join(fresh, '01.md'), '# Delta\n');
  rmSync(dir, { recursive: true });
  renameSync(fresh, dir);
  await until(() => shown(events).some((t) => t.includes('Delta')));
  writeFileSync(join(dir, '01.md'), '# Epsilon\n');
  await until(() => shown(events).some((t) => t.includes('Epsilon')));
});
