import { expect, test } from 'vitest';
import { runKillTrials } from '../../helpers/kill-trial.js';

// The full trials (1,000 kills of the writer, and of the server) are in `npm run bench`; these are their short forms.
test('the writer killed at random moments while typing and saving: no file is torn and no keystroke older than a second is lost', async () => {
  expect(await runKillTrials(8, { minMs: 100, maxMs: 1600 })).toEqual({ trials: 8, tornFiles: 0, lostKeystrokes: 0 });
}, 60_000);

test("deck edit's server killed while a save is unanswered: the file is one version or the other, the journal has what was typed", async () => {
  const result = await runKillTrials(4, { minMs: 100, maxMs: 1600, target: 'server' });
  expect(result).toMatchObject({ trials: 4, tornFiles: 0, lostKeystrokes: 0 });
  // The kill comes a few milliseconds after the save was asked for; the answer takes longer (it rebuilds the draft).
  expect(result.duringSave).toBeGreaterThan(0);
}, 120_000);
