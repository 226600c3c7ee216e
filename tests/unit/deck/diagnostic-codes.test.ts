// The codes a user meets in `deck check` are documented in README's table; the union in
// src/deck/model.ts is what the code may report. Either drifting from the other is a bug
// a user would see: an undocumented code, or a documented one that can never appear.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { diagnosticCodes } from '../../../src/deck/model.js';
import { packageRoot } from '../../../src/paths.js';

function documentedCodes(): string[] {
  const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('| about | codes |');
  expect(start, 'README has the table of diagnostic codes').toBeGreaterThan(0);
  const table = readme.slice(start, readme.indexOf('\n\n', start));
  return table
    .split('\n')
    .slice(2)
    .flatMap((row) => [...(row.split('|')[2] ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!));
}

test('README documents exactly the diagnostic codes the deck engine can report', () => {
  expect([...documentedCodes()].sort()).toEqual([...diagnosticCodes].sort());
});

test('each code is listed once', () => {
  expect(new Set(diagnosticCodes).size).toBe(diagnosticCodes.length);
});
