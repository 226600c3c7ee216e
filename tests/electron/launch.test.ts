import { expect, test, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { deckArgument, secondInstanceDeck } = await import('../../src/shell/launch.js');

test('the deck argument is the first non-flag argument, resolved against the working directory', () => {
  expect(deckArgument([], '/home/u')).toBeUndefined();
  expect(deckArgument(['talks/q3'], '/home/u')).toBe('/home/u/talks/q3');
  expect(deckArgument(['--no-sandbox', '--original-process-start-time=1', '/decks/a'], '/home/u')).toBe('/decks/a');
});

test('a second launch is only believed when it passes an absolute path', () => {
  expect(secondInstanceDeck({ deckPath: '/decks/b' })).toBe('/decks/b');
  expect(secondInstanceDeck({ deckPath: 'relative/b' })).toBeUndefined();
  expect(secondInstanceDeck({ deckPath: 42 })).toBeUndefined();
  expect(secondInstanceDeck({})).toBeUndefined();
  expect(secondInstanceDeck(null)).toBeUndefined();
  expect(secondInstanceDeck('x')).toBeUndefined();
});
