// The `deck` executable runs its compiled code through V8's code cache (src/code-cache.ts).
// A cache is only a speed-up: whatever state it is in, the code must run as written.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadWithCodeCache } from '../../../src/code-cache.js';
import { tempDir } from '../../helpers/decks.js';

/**
 * Writes the module into a new folder each time: as a new process would, V8 then compiles
 * it anew (a file it has compiled before in this process it takes from memory, and never
 * even reads the cache).
 */
function compiledModule(dir: string, body: string): string {
  const file = join(mkdtempSync(join(dir, 'copy-')), 'module.cjs');
  writeFileSync(file, `#!/usr/bin/env node\n'use strict';\n${body}\n`);
  return file;
}

test('the first run writes a cache, the next runs use it, and the code behaves the same', () => {
  const dir = tempDir('code-cache');
  const cacheDir = join(dir, 'cache');
  const body = 'exports.answer = (n) => n * 2;\nexports.where = __filename;';
  const file = compiledModule(dir, body);

  const first = loadWithCodeCache(file, cacheDir, 'build');
  expect(first.cache).toBe('none');
  expect((first.exports as { answer(n: number): number }).answer(21)).toBe(42);
  expect((first.exports as { where: string }).where).toBe(file);
  first.saveCache();
  expect(readdirSync(cacheDir)).toHaveLength(1);

  const second = loadWithCodeCache(compiledModule(dir, body), cacheDir, 'build');
  expect(second.cache).toBe('used');
  expect((second.exports as { answer(n: number): number }).answer(4)).toBe(8);
});

test('changed code never runs from the old cache, and the old cache is removed', () => {
  const dir = tempDir('code-cache-changed');
  const cacheDir = join(dir, 'cache');
  loadWithCodeCache(compiledModule(dir, 'exports.value = "old";'), cacheDir, 'build').saveCache();

  // Same length as before: V8 alone would take the old cache for this code.
  const changed = loadWithCodeCache(compiledModule(dir, 'exports.value = "new";'), cacheDir, 'build');
  expect(changed.cache).toBe('none');
  expect((changed.exports as { value: string }).value).toBe('new');
  changed.saveCache();
  expect(readdirSync(cacheDir)).toHaveLength(1);
});

test('a damaged cache file is refused and replaced, not trusted', () => {
  const dir = tempDir('code-cache-damaged');
  const cacheDir = join(dir, 'cache');
  const body = 'exports.value = 7;';
  loadWithCodeCache(compiledModule(dir, body), cacheDir, 'check').saveCache();
  const [name] = readdirSync(cacheDir);
  writeFileSync(join(cacheDir, name!), 'not a code cache');

  const damaged = loadWithCodeCache(compiledModule(dir, body), cacheDir, 'check');
  expect(damaged.cache).toBe('rejected');
  expect((damaged.exports as { value: number }).value).toBe(7);
  damaged.saveCache();
  expect(loadWithCodeCache(compiledModule(dir, body), cacheDir, 'check').cache).toBe('used');
});

test('a cache folder that cannot be written only costs time', () => {
  const dir = tempDir('code-cache-readonly');
  const cacheDir = join(dir, 'cache');
  writeFileSync(cacheDir, 'a file where the cache folder should be');
  const file = compiledModule(dir, 'exports.value = 1;');
  const loaded = loadWithCodeCache(file, cacheDir, 'build');
  expect(() => loaded.saveCache()).not.toThrow();
  expect((loaded.exports as { value: number }).value).toBe(1);
});
