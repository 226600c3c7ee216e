import { expect, test } from 'vitest';
import { parseSyncMessage, SyncController, type Channel } from '../../src/present/sync.js';
import type { DeckState } from '../../src/present/state.js';

const at = (h: number, v = 0, f = -1, extra: Partial<DeckState> = {}): DeckState => ({ indices: { h, v, f }, overview: false, paused: false, ...extra });

test('only well-formed messages of this protocol version are accepted', () => {
  expect(parseSyncMessage({ version: 1, type: 'hello', from: 'a' })).toEqual({ version: 1, type: 'hello', from: 'a' });
  expect(parseSyncMessage({ version: 1, type: 'state', from: 'a', state: at(2, 1, 0) })).toMatchObject({ type: 'state', state: at(2, 1, 0) });
  for (const bad of [
    null,
    'state',
    { version: 2, type: 'hello', from: 'a' },
    { version: 1, type: 'hello' },
    { version: 1, type: 'state', from: 'a', state: { indices: { h: -1, v: 0, f: 0 }, overview: false, paused: false } },
    { version: 1, type: 'state', from: 'a', state: { indices: { h: 1.5, v: 0, f: 0 }, overview: false, paused: false } },
    { version: 1, type: 'state', from: 'a', state: { indices: { h: 1, v: 0, f: 0 }, overview: 'yes', paused: false } },
    { version: 1, type: 'state', from: 'a', state: { indices: { h: 1, v: 0 }, overview: false, paused: false } },
    { version: 1, type: 'eval', from: 'a', code: 'alert(1)' },
  ]) {
    expect(parseSyncMessage(bad)).toBeNull();
  }
});

/** BroadcastChannel semantics: a message reaches every other member, never its sender. */
function bus() {
  const members: Channel[] = [];
  const log: unknown[] = [];
  const open = (): Channel => {
    const channel: Channel = {
      onmessage: null,
      postMessage(message) {
        log.push(message);
        for (const m of members) if (m !== channel) m.onmessage?.({ data: structuredClone(message) } as MessageEvent);
      },
      close() {
        members.splice(members.indexOf(channel), 1);
      },
    };
    members.push(channel);
    return channel;
  };
  return { open, log };
}

/** A window: its own position, moved by the user or by the channel. */
function window(open: () => Channel, initial: DeckState | null) {
  const w = { state: initial, applied: 0, sync: null as unknown as SyncController };
  w.sync = new SyncController(
    () => w.state,
    (s) => {
      w.applied += 1;
      w.state = s;
      w.sync.changed(); // what a reveal.js event after applying does: must not echo
    },
    open,
  );
  return w;
}

test('a late window joins where the talk is; moves go both ways; nothing echoes', () => {
  const { open, log } = bus();
  const audience = window(open, at(0));
  audience.sync.start();
  audience.state = at(3, 0, 1);
  audience.sync.changed();

  const presenter = window(open, null);
  presenter.sync.start(); // hello → the audience answers with where it is
  expect(presenter.state).toEqual(at(3, 0, 1));

  const before = log.length;
  presenter.state = at(4);
  presenter.sync.changed();
  expect(audience.state).toEqual(at(4));
  audience.state = at(4, 0, -1, { paused: true });
  audience.sync.changed();
  expect(presenter.state).toEqual(at(4, 0, -1, { paused: true }));
  // Two moves, two messages: no window re-sent what it received.
  expect(log.length - before).toBe(2);
});

test('an unchanged position is not re-sent', () => {
  const { open, log } = bus();
  const a = window(open, at(1));
  a.sync.start();
  a.state = at(2);
  a.sync.changed();
  a.sync.changed();
  expect(log.filter((m) => (m as { type: string }).type === 'state')).toHaveLength(1);
});

test('a state names its slide by source identity, kept through the channel; a malformed one is refused', () => {
  const slide = { file: '02-pc-era.md', ordinal: 2, label: 'RTX（腾讯通，2001）' };
  expect(parseSyncMessage({ version: 1, type: 'state', from: 'a', state: at(8, 0, -1, { slide }) })).toMatchObject({ state: { slide } });
  for (const bad of [{ file: 1, ordinal: 0, label: '' }, { file: 'a.md', ordinal: -1, label: '' }, { file: 'a.md', ordinal: 0, label: 'x'.repeat(201) }, 'a.md:3']) {
    expect(parseSyncMessage({ version: 1, type: 'state', from: 'a', state: { ...at(1), slide: bad } })).toBeNull();
  }
});

test('a message that arrives twice (channel and server) or after a later one from the same window is ignored', () => {
  const applied: DeckState[] = [];
  let onmessage: ((event: MessageEvent) => void) | null = null;
  const sync = new SyncController(
    () => at(0),
    (s) => applied.push(s),
    () => ({
      postMessage: () => undefined,
      close: () => undefined,
      set onmessage(f: ((event: MessageEvent) => void) | null) {
        onmessage = f;
      },
      get onmessage() {
        return onmessage;
      },
    }),
  );
  sync.start();
  const send = (seq: number, h: number) => onmessage!({ data: { version: 1, type: 'state', from: 'other', seq, state: at(h) } } as MessageEvent);
  send(1, 1);
  send(2, 2);
  send(1, 1); // the slower path's copy of the first move
  send(2, 2);
  expect(applied.map((s) => s.indices.h)).toEqual([1, 2]);
  expect(sync.connected).toBe(true);
});
