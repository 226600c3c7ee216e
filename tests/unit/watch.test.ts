import { createWriteStream, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { loadDeck } from '../../src/deck/load.js';
import type { Deck, LoadResult } from '../../src/deck/model.js';
import { DeckWatcher, type WatchEvent } from '../../src/watch/deck-watcher.js';

const watchers: DeckWatcher[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.stop();
});

function deckFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-watch-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function start(dir: string, load?: (path: string) => LoadResult): { watcher: DeckWatcher; events: WatchEvent[] } {
  const watcher = new DeckWatcher(dir, load ? { load } : {});
  const events: WatchEvent[] = [];
  watcher.on((e) => events.push(e));
  watcher.start();
  watchers.push(watcher);
  return { watcher, events };
}

function text(deck: Deck): string {
  return deck.stacks.flatMap((s) => s.slides.map((slide) => slide.html)).join('\n');
}

/** Waits until an event satisfying `match` has arrived (the watcher reacts to the file system, not to a clock). */
async function until(events: WatchEvent[], match: (e: WatchEvent) => boolean): Promise<WatchEvent> {
  await expect.poll(() => events.some(match), { timeout: 5000, interval: 5 }).toBe(true);
  return events.find(match)!;
}

const deckWith = (needle: string) => (e: WatchEvent) => e.type === 'deck' && text(e.deck).includes(needle);

test('a plain write reloads the deck', async () => {
  const dir = deckFolder({ '01.md': '# One\n' });
  const { watcher, events } = start(dir);
  expect(text(watcher.deck!)).toContain('One');
  writeFileSync(join(dir, '01.md'), '# Two\n');
  await until(events, deckWith('Two'));
  expect(text(watcher.deck!)).toContain('Two');
});

test('an atomic save (write a temporary file, rename it over the original) is seen, every time', async () => {
  const dir = deckFolder({ '01.md': '# Before\n' });
  const { events } = start(dir);
  for (const word of ['First', 'Second', 'Third']) {
    writeFileSync(join(dir, '.01.md.tmp'), `# ${word}\n`);
    renameSync(join(dir, '.01.md.tmp'), join(dir, '01.md'));
    await until(events, deckWith(word));
  }
});

test('a file deleted and recreated: the deck follows, and an emptied deck keeps the last good one', async () => {
  const dir = deckFolder({ '01.md': '# Alpha\n', '02.md': '# Beta\n' });
  const { watcher, events } = start(dir);
  unlinkSync(join(dir, '02.md'));
  await until(events, (e) => e.type === 'deck' && !text(e.deck).includes('Beta'));
  writeFileSync(join(dir, '02.md'), '# Gamma\n');
  await until(events, deckWith('Gamma'));

  rmSync(join(dir, '01.md'));
  rmSync(join(dir, '02.md'));
  const broken = await until(events, (e) => e.type === 'diagnostics');
  expect(broken.type === 'diagnostics' && broken.diagnostics[0]!.code).toBe('deck-empty');
  expect(text(watcher.deck!)).toContain('Gamma');
  writeFileSync(join(dir, '01.md'), '# Delta\n');
  await until(events, deckWith('Delta'));
});

test('a large file written in pieces is never reported broken, and its final text arrives', async () => {
  const dir = deckFolder({ '01.md': '# Start\n' });
  // Like the engine's non-UTF-8 check: a chunk boundary inside a Chinese character is an error.
  const strict = (path: string): LoadResult => {
    const result = loadDeck(path);
    const raw = readFileSync(join(path, '01.md'), 'utf8');
    if (raw.includes('\uFFFD')) {
      return { ...result, diagnostics: [{ file: '01.md', line: 1, column: 1, severity: 'error', code: 'file-not-utf8', message: 'not UTF-8', hint: '' }] };
    }
    return result;
  };
  const { events } = start(dir, strict);
  const body = `# 大文件\n\n${'企业微信连接人和企业。'.repeat(20_000)}\n\nEND-MARKER\n`;
  const bytes = Buffer.from(body);
  const out = createWriteStream(join(dir, '01.md'));
  for (let i = 0; i < bytes.length; i += 65_537) {
    out.write(bytes.subarray(i, i + 65_537));
    await new Promise((r) => setImmediate(r));
  }
  await new Promise((r) => out.end(r));
  await until(events, deckWith('END-MARKER'));
  expect(events.filter((e) => e.type === 'diagnostics')).toEqual([]);
});

test('a broken save keeps the last good deck and reports file:line; the fix brings the new deck', async () => {
  const dir = deckFolder({ '01.md': '# Good\n' });
  // The loader reports what the engine reports for a broken file: an error with its place.
  const load = (path: string): LoadResult => {
    const result = loadDeck(path);
    const raw = readFileSync(join(path, '01.md'), 'utf8');
    const line = raw.split('\n').findIndex((l) => l.includes('BROKEN'));
    if (line < 0) return result;
    return { ...result, diagnostics: [{ file: '01.md', line: line + 1, column: 1, severity: 'error', code: 'render-failed', message: 'broken', hint: 'fix it' }] };
  };
  const { watcher, events } = start(dir, load);
  writeFileSync(join(dir, '01.md'), '# Good\n\nBROKEN here\n');
  const broken = await until(events, (e) => e.type === 'diagnostics');
  expect(broken.type === 'diagnostics' && broken.diagnostics[0]).toMatchObject({ file: '01.md', line: 3 });
  expect(broken.type === 'diagnostics' && text(broken.lastGood!)).toContain('Good');
  expect(text(watcher.deck!)).toContain('Good');
  writeFileSync(join(dir, '01.md'), '# Fixed\n');
  await until(events, deckWith('Fixed'));
  expect(text(watcher.deck!)).toContain('Fixed');
});

test('stop() ends watching', async () => {
  const dir = deckFolder({ '01.md': '# One\n' });
  const { watcher, events } = start(dir);
  watcher.stop();
  writeFileSync(join(dir, '01.md'), '# Two\n');
  await new Promise((r) => setTimeout(r, 100));
  expect(events).toEqual([]);
});
