// Pace against the deck's planned duration: each slide gets an equal share of the talk,
// so slide n of N is planned to start at (n-1)/N of the duration and end at n/N.
// Arriving before its start is "ahead", still being there after its end is "behind".
import { formatDuration } from './timer.js';

export type Pace =
  | { kind: 'unplanned' }
  | { kind: 'ahead' | 'behind'; byMs: number }
  | { kind: 'on-time' };

export function pace(elapsedMs: number, n: number, total: number, durationMinutes: number): Pace {
  if (!(durationMinutes > 0) || total < 1) return { kind: 'unplanned' };
  const share = (durationMinutes * 60_000) / total;
  const plannedStart = (Math.min(n, total) - 1) * share;
  const plannedEnd = plannedStart + share;
  if (elapsedMs < plannedStart) return { kind: 'ahead', byMs: plannedStart - elapsedMs };
  if (elapsedMs > plannedEnd) return { kind: 'behind', byMs: elapsedMs - plannedEnd };
  return { kind: 'on-time' };
}

export function describePace(p: Pace): string {
  switch (p.kind) {
    case 'unplanned':
      return 'no planned duration';
    case 'on-time':
      return 'on time';
    default:
      return `${p.kind} ${formatDuration(p.byMs)}`;
  }
}
