// The live-deck core (src/live/live-deck.ts) that browser mode, the Electron app and the
// editor share: open, rebuild on change, keep the last good deck, refuse what cannot be
// presented, push unsaved text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { Deck, Diagnostic, LoadResult } from '../../src/deck/model.js';
import { LiveDeck, type LiveDeckOptions, type LiveEvent, type Watcher } from '../../src/live/live-deck.js';
import type { SiteFiles } from '../../src/site/site.js';
import type { DeckWatcherOptions, WatchEvent } from '../../src/watch/deck-watcher.js';

function deck(title: string): Deck {
  return { root: `/decks/${title}`, config: { title } as Deck['config'], stacks: [], assets: [] };
}
const error: Diagnostic = { file: 'slides.md', line: 3, column: 1, severity: 'error', code: 'render-failed', message: 'broken', hint: 'fix it' };

class FakeWatcher implements Watcher {
  listener: ((event: WatchEvent) => void) | undefined;
  stopped = false;
  refreshed = 0;
  /** What start() was asked to render, and what loadAll() loads. */
  firstSlides: number | undefined;
  all: LoadResult | undefined;
  constructor(
    private readonly first: LoadResult,
    readonly options: DeckWatcherOptions,
  ) {}
  start(firstSlides?: number): LoadResult {
    this.firstSlides = firstSlides;
    return this.first;
  }
  loadAll(): LoadResult {
    return this.all ?? this.first;
  }
  on(listener: (event: WatchEvent) => void): () => void {
    this.listener = listener;
    return () => undefined;
  }
  refresh(): void {
    this.refreshed += 1;
  }
  stop(): void {
    this.stopped = true;
  }
  save(event: WatchEvent): void {
    this.listener!(event);
  }
}

type Build = (d: Deck) => Promise<SiteFiles>;
const titleSite: Build = async (d) => new Map([['index.html', d.config.title]]);

/** A LiveDeck whose watchers are fakes; `firsts` maps a path to what opening it loads. */
function setup(firsts: Record<string, LoadResult>, build: Build = titleSite, firstLook?: LiveDeckOptions['firstLook']) {
  const sites: string[] = [];
  const events: LiveEvent[] = [];
  const watchers: FakeWatcher[] = [];
  const built: string[] = [];
  const live = new LiveDeck({
    watcher: (path, options) => {
      const w = new FakeWatcher(firsts[path]!, options);
      watchers.push(w);
      return w;
    },
    build: (d) => {
      built.push(d.config.title);
      return build(d);
    },
    firstLook,
  });
  live.on((event) => {
    events.push(event);
    if (event.type !== 'diagnostics') sites.push(String(event.site.get('index.html')));
  });
  return { live, sites, events, watchers, built };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const good = (title: string): LoadResult => ({ deck: deck(title), diagnostics: [] });

test('a good save swaps the site and announces updated with a new version', async () => {
  const s = setup({ a: good('v1') });
  expect(await s.live.open('a')).toMatchObject({ ok: true });
  expect(s.sites).toEqual(['v1']);
  s.watchers[0]!.save({ type: 'deck', deck: deck('v2'), diagnostics: [] });
  await settle();
  expect(s.sites).toEqual(['v1', 'v2']);
  expect(s.events.map((e) => [e.type, e.version])).toEqual([
    ['opened', 1],
    ['updated', 2],
  ]);
  expect(String(s.live.site?.get('index.html'))).toBe('v2');
});

test('a broken save keeps the last good site and reports diagnostics only', async () => {
  const s = setup({ a: good('v1') });
  await s.live.open('a');
  s.watchers[0]!.save({ type: 'diagnostics', diagnostics: [error], lastGood: deck('v1') });
  await settle();
  expect(s.sites).toEqual(['v1']);
  expect(s.events.at(-1)).toEqual({ type: 'diagnostics', version: 1, diagnostics: [error] });
  expect(s.live.deck?.config.title).toBe('v1');
});

test('a site build that throws (e.g. an unknown theme) is a diagnostic at the deck folder, not a crash', async () => {
  let calls = 0;
  const s = setup({ a: good('v1') }, async (d) => {
    if (++calls > 1) throw new Error('The theme "nope" does not exist.');
    return titleSite(d);
  });
  await s.live.open('a');
  s.watchers[0]!.save({ type: 'deck', deck: deck('v2'), diagnostics: [] });
  await settle();
  expect(s.sites).toEqual(['v1']);
  const last = s.events.at(-1)!;
  expect(last.type === 'diagnostics' && last.diagnostics[0]).toMatchObject({ file: '.', line: 1, code: 'site-build-failed', message: expect.stringContaining('theme "nope"') });
});

test('a deck with nothing to present is refused, and the deck on screen stays, watched', async () => {
  const s = setup({ a: good('v1'), empty: { deck: null, diagnostics: [error] } });
  await s.live.open('a');
  expect(await s.live.open('empty')).toEqual({ ok: false, diagnostics: [error] });
  expect(s.watchers[1]!.stopped).toBe(true);
  expect(s.watchers[0]!.stopped).toBe(false);
  expect(s.live.deck?.config.title).toBe('v1');
  expect(String(s.live.site?.get('index.html'))).toBe('v1');
  // Still live: the first deck's next save is shown.
  s.watchers[0]!.save({ type: 'deck', deck: deck('v2'), diagnostics: [] });
  await settle();
  expect(s.sites).toEqual(['v1', 'v2']);
});

test('a deck whose site cannot be built is refused too, and the deck on screen stays', async () => {
  const s = setup({ a: good('v1'), b: good('bad-theme') }, async (d) => {
    if (d.config.title === 'bad-theme') throw new Error('The theme "nope" does not exist.');
    return titleSite(d);
  });
  await s.live.open('a');
  const refused = await s.live.open('b');
  expect(refused.ok).toBe(false);
  expect(refused.diagnostics[0]).toMatchObject({ code: 'site-build-failed', file: '.' });
  expect(s.watchers[1]!.stopped).toBe(true);
  expect(s.watchers[0]!.stopped).toBe(false);
  expect(s.live.deck?.config.title).toBe('v1');
});

test('opening another deck stops watching the first; its late saves are ignored', async () => {
  const s = setup({ a: good('v1'), b: good('w1') });
  await s.live.open('a');
  await s.live.open('b');
  expect(s.watchers[0]!.stopped).toBe(true);
  s.watchers[0]!.save({ type: 'deck', deck: deck('stale'), diagnostics: [] });
  await settle();
  expect(s.sites).toEqual(['v1', 'w1']);
});

test('saves queued behind a build: only the newest is built, in order, and it is what stays on screen', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const s = setup({ a: good('v1') }, async (d) => {
    if (d.config.title === 'v2') await gate;
    return titleSite(d);
  });
  await s.live.open('a');
  const w = s.watchers[0]!;
  w.save({ type: 'deck', deck: deck('v2'), diagnostics: [] });
  await settle();
  w.save({ type: 'deck', deck: deck('v3'), diagnostics: [] });
  w.save({ type: 'deck', deck: deck('v4'), diagnostics: [] });
  release();
  await settle();
  await settle();
  expect(s.built).toEqual(['v1', 'v2', 'v4']);
  expect(s.sites).toEqual(['v1', 'v2', 'v4']);
  expect(s.live.deck?.config.title).toBe('v4');
});

test('update() hands unsaved text to the loader and reloads at once; null goes back to the disk', async () => {
  const s = setup({ a: good('v1') });
  await s.live.open('a');
  const w = s.watchers[0]!;
  s.live.update('01.md', '# Unsaved');
  expect(w.refreshed).toBe(1);
  expect(w.options.unsaved!('01.md')).toBe('# Unsaved');
  expect(w.options.unsaved!('02.md')).toBeUndefined();
  s.live.update('01.md', null);
  expect(w.options.unsaved!('01.md')).toBeUndefined();
});

const opened: LiveDeck[] = [];
afterEach(() => {
  for (const live of opened.splice(0)) live.close();
});

test('with a real deck folder, unsaved text is shown and nothing is written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-live-'));
  writeFileSync(join(dir, '01.md'), '# On disk\n');
  const live = new LiveDeck({ build: async (d) => new Map([['index.html', d.stacks[0]!.slides[0]!.html]]) });
  opened.push(live);
  const events: LiveEvent[] = [];
  live.on((e) => events.push(e));
  expect((await live.open(dir)).ok).toBe(true);
  live.update('01.md', '# In the buffer\n');
  await expect.poll(() => String(live.site?.get('index.html')), { timeout: 5000 }).toContain('In the buffer');
  expect(readFileSync(join(dir, '01.md'), 'utf8')).toBe('# On disk\n');
  live.update('01.md', '# Broken\n\n<!-- .slide: data-x="1" -->\n\n```\nunclosed');
  live.update('01.md', null);
  await expect.poll(() => String(live.site?.get('index.html')), { timeout: 5000 }).toContain('On disk');
  expect(events.filter((e) => e.type === 'updated').length).toBeGreaterThanOrEqual(2);
});

test('a first look opens with the first slides, then shows the whole deck (errors and all) once the page is ready, before any change', async () => {
  let ready!: () => void;
  const rest = new Promise<void>((resolve) => (ready = resolve));
  const s = setup({ a: good('first slides') }, titleSite, { slides: 2, rest: () => rest });
  const opening = s.live.open('a');
  const w = s.watchers[0]!;
  w.all = { deck: deck('whole deck'), diagnostics: [error] };
  const opened = await opening;
  expect(w.firstSlides).toBe(2);
  // The first look's diagnostics would be a part of the deck's: they come with the whole deck.
  expect(opened).toMatchObject({ ok: true, diagnostics: [] });
  w.save({ type: 'deck', deck: deck('saved'), diagnostics: [] });
  await settle();
  expect(s.sites).toEqual(['first slides']);
  ready();
  await s.live.refresh();
  expect(s.sites).toEqual(['first slides', 'whole deck', 'saved']);
  expect(s.events.map((e) => [e.type, e.version, e.diagnostics.length])).toEqual([['opened', 1, 0], ['updated', 2, 1], ['updated', 3, 0]]);
});
