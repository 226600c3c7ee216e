import { expect, test } from 'vitest';
import { runKillTrials } from '../../helpers/kill-trial.js';

// The full 1,000-kill trial is in `npm run bench`; this is its short form.
test('killed at random moments while typing and saving, no file is torn and no keystroke older than a second is lost', async () => {
  expect(await runKillTrials(8, { minMs: 100, maxMs: 1600 })).toEqual({ trials: 8, tornFiles: 0, lostKeystrokes: 0 });
}, 60_000);
