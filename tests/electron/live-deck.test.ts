import { expect, test, vi } from 'vitest';
import type { Deck, Diagnostic, LoadResult } from '../../src/deck/model.js';
import type { WatchEvent } from '../../src/watch/deck-watcher.js';

vi.mock('electron', () => ({}));

const { LiveDeck } = await import('../../electron/live-deck.js');
type Watcher = import('../../electron/live-deck.js').Watcher;

function deck(title: string): Deck {
  return { root: '/decks/a', config: { title } as Deck['config'], stacks: [], assets: [] };
}
const error: Diagnostic = { file: 'slides.md', line: 3, column: 1, severity: 'error', code: 'x', message: 'broken', hint: 'fix it' };

class FakeWatcher implements Watcher {
  listener: ((event: WatchEvent) => void) | undefined;
  stopped = false;
  constructor(private readonly first: LoadResult) {}
  start(): LoadResult {
    return this.first;
  }
  on(listener: (event: WatchEvent) => void): () => void {
    this.listener = listener;
    return () => undefined;
  }
  stop(): void {
    this.stopped = true;
  }
}

function setup(first: LoadResult, build = async (d: Deck) => new Map([['index.html', d.config.title]])) {
  const sites: string[] = [];
  const updated: number[] = [];
  const diagnostics: [number, Diagnostic[]][] = [];
  const watchers: FakeWatcher[] = [];
  const live = new LiveDeck((files) => sites.push(String(files.get('index.html'))), {
    updated: (v) => updated.push(v),
    diagnostics: (v, d) => diagnostics.push([v, d]),
  }, {
    watch: () => {
      const w = new FakeWatcher(first);
      watchers.push(w);
      return w;
    },
    build,
  });
  return { live, sites, updated, diagnostics, watchers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test('a good save swaps the site and announces deck-updated with a new version', async () => {
  const s = setup({ deck: deck('v1'), diagnostics: [] });
  expect(await s.live.open('/decks/a')).toMatchObject({ ok: true });
  expect(s.sites).toEqual(['v1']);
  s.watchers[0]!.listener!({ type: 'deck', deck: deck('v2'), diagnostics: [] });
  await settle();
  expect(s.sites).toEqual(['v1', 'v2']);
  expect(s.updated).toEqual([2]);
  expect(s.diagnostics).toEqual([]);
});

test('a broken save keeps the last good site and reports diagnostics only', async () => {
  const s = setup({ deck: deck('v1'), diagnostics: [] });
  await s.live.open('/decks/a');
  s.watchers[0]!.listener!({ type: 'diagnostics', diagnostics: [error], lastGood: deck('v1') });
  await settle();
  expect(s.sites).toEqual(['v1']);
  expect(s.updated).toEqual([]);
  expect(s.diagnostics).toEqual([[1, [error]]]);
  expect(s.live.deck?.config.title).toBe('v1');
});

test('a site build that throws (e.g. an unknown theme) is a diagnostic, not a crash', async () => {
  let calls = 0;
  const s = setup({ deck: deck('v1'), diagnostics: [] }, async (d) => {
    if (++calls > 1) throw new Error('The theme "nope" does not exist.');
    return new Map([['index.html', d.config.title]]);
  });
  await s.live.open('/decks/a');
  s.watchers[0]!.listener!({ type: 'deck', deck: deck('v2'), diagnostics: [] });
  await settle();
  expect(s.sites).toEqual(['v1']);
  expect(s.diagnostics[0]![1][0]!.message).toContain('theme "nope"');
});

test('a deck with nothing to present is refused and the previous one stays', async () => {
  const s = setup({ deck: null, diagnostics: [error] });
  expect(await s.live.open('/decks/empty')).toEqual({ ok: false, diagnostics: [error] });
  expect(s.watchers[0]!.stopped).toBe(true);
  expect(s.sites).toEqual([]);
});

test('opening another deck stops watching the first; its late saves are ignored', async () => {
  const s = setup({ deck: deck('v1'), diagnostics: [] });
  await s.live.open('/decks/a');
  await s.live.open('/decks/b');
  expect(s.watchers[0]!.stopped).toBe(true);
  s.watchers[0]!.listener!({ type: 'deck', deck: deck('stale'), diagnostics: [] });
  await settle();
  expect(s.sites).toEqual(['v1', 'v1']);
});
