import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { defaultState, loadState, parseState, saveState } = await import('../../src/shell/state.js');
const { addRecent, pruneRecent } = await import('../../src/shell/recent.js');

describe('the state file is validated on read', () => {
  test.each(['', 'not json', '[]', 'null', '42', '{"windows": 3}'])('%j gives the defaults', (text) => {
    expect(parseState(text)).toEqual(defaultState);
  });

  test('good values survive', () => {
    const state = { windows: { presenter: { x: 10, y: 20, width: 1200, height: 800 } }, swapped: true, singleScreen: false, recent: ['/a', '/b'] };
    expect(parseState(JSON.stringify(state))).toEqual(state);
  });

  test('bad rectangles, flags and recent entries are dropped, one by one', () => {
    const state = parseState(
      JSON.stringify({
        windows: {
          audience: { x: 'ten', y: 0, width: 800, height: 600 },
          presenter: { x: 1e9, y: 0, width: 800, height: 600 },
        },
        swapped: 'yes',
        singleScreen: 1,
        recent: ['/a', 7, '', '/a', null, '/b'],
        extra: { anything: true },
      }),
    );
    expect(state).toEqual({ windows: {}, swapped: false, singleScreen: false, recent: ['/a', '/b'] });
  });

  test('tiny or negative window sizes are refused', () => {
    const state = parseState(JSON.stringify({ windows: { audience: { x: 0, y: 0, width: -5, height: 600 }, presenter: { x: 0, y: 0, width: 50, height: 40 } } }));
    expect(state.windows).toEqual({});
  });

  test('the recent list is bounded', () => {
    const recent = Array.from({ length: 30 }, (_, i) => `/deck/${i}`);
    expect(parseState(JSON.stringify({ recent })).recent).toHaveLength(10);
  });
});

test('save then load round-trips; a missing or broken file loads the defaults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-state-'));
  const file = join(dir, 'nested', 'state.json');
  expect(loadState(file)).toEqual(defaultState);
  const state = { windows: { audience: { x: 0, y: 0, width: 1280, height: 720 } }, swapped: false, singleScreen: true, recent: ['/x'] };
  saveState(file, state);
  expect(loadState(file)).toEqual(state);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  writeFileSync(file, '{"windows": {"audience": ');
  expect(loadState(file)).toEqual(defaultState);
});

describe('recent decks', () => {
  test('most recent first, no duplicates, bounded', () => {
    let list: string[] = [];
    for (const path of ['/a', '/b', '/c', '/a']) list = addRecent(list, path, 3);
    expect(list).toEqual(['/a', '/c', '/b']);
    expect(addRecent(list, '/d', 3)).toEqual(['/d', '/a', '/c']);
  });
  test('decks that are gone are pruned', () => {
    expect(pruneRecent(['/a', '/gone', '/b'], (p) => p !== '/gone')).toEqual(['/a', '/b']);
  });
});
