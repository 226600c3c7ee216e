// The presenter's stopwatch as a speaker meets it: it starts by itself when the talk
// leaves the first slide, and a reload mid-talk (or closing and reopening the view) keeps
// it, with the seconds the reload took; a stopwatch left from an earlier talk does not.
import { expect, test } from 'vitest';
import { staleAfterMs, TalkStopwatch } from '../../src/present/talk-stopwatch.js';
import type { DeckState } from '../../src/present/state.js';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

const at = (h: number, v = 0, f = -1): DeckState => ({ indices: { h, v, f }, overview: false, paused: false });

test('it starts on the first move away from the first slide, or the first navigation key, not before', () => {
  let now = 1_000_000;
  const talk = new TalkStopwatch('Deck', memoryStorage(), () => now);
  talk.moved(at(0));
  now += 60_000;
  expect(talk.watch.running).toBe(false);
  // The first fragment of the title slide is a move away from the start too.
  talk.moved(at(0, 0, 0));
  expect(talk.watch.running).toBe(true);
  const other = new TalkStopwatch('Other deck', memoryStorage(), () => now);
  other.keyPressed();
  expect(other.watch.running).toBe(true);
});

test('a stopwatch paused on purpose, or started by hand, is not restarted or reset by moving on', () => {
  let now = 0;
  const talk = new TalkStopwatch('Deck', memoryStorage(), () => now);
  talk.start();
  now += 10_000;
  talk.pause();
  now += 10_000;
  talk.moved(at(3));
  talk.keyPressed();
  expect(talk.watch.running).toBe(false);
  expect(talk.watch.elapsed()).toBe(10_000);
  // After Reset it is a new talk: the next move starts it again.
  talk.reset();
  talk.moved(at(4));
  expect(talk.watch.running).toBe(true);
});

test('a reload keeps it, running or paused, counting the time the reload took', () => {
  let now = 5_000_000;
  const storage = memoryStorage();
  const first = new TalkStopwatch('Deck', storage, () => now);
  first.moved(at(1));
  now += 12 * 60_000;
  // The page goes away without saying goodbye (a reload, a crash): what it last kept counts.
  now += 3_000;
  const reloaded = new TalkStopwatch('Deck', storage, () => now);
  expect(reloaded.watch.running).toBe(true);
  expect(reloaded.watch.elapsed()).toBe(12 * 60_000 + 3_000);
  reloaded.pause();
  now += 60_000;
  const again = new TalkStopwatch('Deck', storage, () => now);
  expect(again.watch.running).toBe(false);
  expect(again.watch.elapsed()).toBe(12 * 60_000 + 3_000);
  // Another deck has a stopwatch of its own.
  expect(new TalkStopwatch('Another deck', storage, () => now).watch.elapsed()).toBe(0);
});

test('an open view keeps its stopwatch alive; one left closed past the limit is an earlier talk', () => {
  let now = 0;
  const storage = memoryStorage();
  const talk = new TalkStopwatch('Deck', storage, () => now);
  talk.moved(at(1));
  // Open for an hour (a long talk), ticking: still the same talk after a reload.
  for (let t = 0; t < 60; t++) {
    now += 60_000;
    talk.keep();
  }
  expect(new TalkStopwatch('Deck', storage, () => now).watch.elapsed()).toBe(60 * 60_000);
  // Closed for longer than the limit (yesterday's rehearsal): 0:00, and it starts by itself again.
  now += staleAfterMs + 1;
  const tomorrow = new TalkStopwatch('Deck', storage, () => now);
  expect(tomorrow.watch.elapsed()).toBe(0);
  expect(tomorrow.watch.running).toBe(false);
  tomorrow.moved(at(1));
  expect(tomorrow.watch.running).toBe(true);
});

test('damaged or foreign storage, and no storage at all, give a fresh stopwatch', () => {
  const storage = memoryStorage();
  for (const text of ['{', '"x"', '{"startedAt":"soon","banked":0,"keptAt":0}', '{"startedAt":null,"banked":-5,"keptAt":0}']) {
    storage.items.set('deck-presenter.stopwatch:Deck', text);
    expect(new TalkStopwatch('Deck', storage, () => 1000).watch.elapsed()).toBe(0);
  }
  const none = new TalkStopwatch('Deck', null, () => 0);
  none.keyPressed();
  expect(none.watch.running).toBe(true);
});
