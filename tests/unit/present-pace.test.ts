import { expect, test } from 'vitest';
import { describePace, pace } from '../../src/present/pace.js';
import { formatDuration, Stopwatch } from '../../src/present/timer.js';

test('pace: each slide has an equal share of the planned talk', () => {
  // 30 minutes, 30 slides: slide 10 is planned for minutes 9 to 10.
  expect(describePace(pace(6 * 60_000 + 50_000, 10, 30, 30))).toBe('ahead 2:10');
  expect(describePace(pace(11 * 60_000 + 5_000, 10, 30, 30))).toBe('behind 1:05');
  expect(describePace(pace(9.5 * 60_000, 10, 30, 30))).toBe('on time');
  expect(describePace(pace(60_000, 1, 30, 0))).toBe('no planned duration');
});

test('the stopwatch starts, pauses, resumes and resets', () => {
  let now = 1000;
  const watch = new Stopwatch(() => now);
  expect(watch.elapsed()).toBe(0);
  watch.start();
  now += 5000;
  expect(watch.elapsed()).toBe(5000);
  watch.pause();
  now += 60_000;
  expect(watch.elapsed()).toBe(5000);
  watch.start();
  now += 1000;
  expect(watch.elapsed()).toBe(6000);
  watch.reset();
  expect(watch.elapsed()).toBe(0);
  expect(watch.running).toBe(true);
  expect(formatDuration(75_000)).toBe('1:15');
  expect(formatDuration(3_723_000)).toBe('1:02:03');
});
