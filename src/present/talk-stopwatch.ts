// The presenter's stopwatch as a speaker expects it during a talk:
//  - it starts by itself on the first move away from the first slide (or the first
//    navigation key), unless it was paused on purpose: only a stopwatch at 0:00 starts;
//  - it is kept across reloads of the presenter view (and across closing and opening it
//    again), in localStorage under the deck's title, as a wall-clock start time, so the
//    seconds a reload takes are counted as the talk goes on;
//  - a stopwatch that no open presenter view has kept for `staleAfterMs` belongs to an
//    earlier talk or rehearsal: the next one starts at 0:00 and starts by itself again.
import type { DeckState } from './state.js';
import { Stopwatch, type StopwatchReading } from './timer.js';

const keyPrefix = 'deck-presenter.stopwatch:';
/** A presenter view closed for longer than this (half an hour) is not the same talk any more. */
export const staleAfterMs = 30 * 60_000;
/** How often an open presenter view marks its stopwatch as still in use. */
const keepEveryMs = 5_000;

interface Saved extends StopwatchReading {
  /** When an open presenter view last kept it (wall clock). */
  keptAt: number;
}

function isSaved(value: unknown): value is Saved {
  if (typeof value !== 'object' || value === null) return false;
  const { startedAt, banked, keptAt } = value as Record<string, unknown>;
  const time = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  return (startedAt === null || time(startedAt)) && time(banked) && time(keptAt);
}

/** Whether a state is the very start of the deck: first slide, no fragment shown. */
export function atStart(state: DeckState): boolean {
  return state.indices.h === 0 && state.indices.v === 0 && state.indices.f < 0;
}

export class TalkStopwatch {
  readonly watch: Stopwatch;
  private readonly key: string;
  private lastKept = -Infinity;

  constructor(
    deck: string,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.key = keyPrefix + deck;
    this.watch = new Stopwatch(now, this.restore());
    this.keep();
  }

  start(): void {
    this.watch.start();
    this.save();
  }

  pause(): void {
    this.watch.pause();
    this.save();
  }

  reset(): void {
    this.watch.reset();
    this.save();
  }

  /** The talk moved (in any window) to `state`. */
  moved(state: DeckState): void {
    if (!atStart(state)) this.begin();
  }

  /** The speaker pressed a navigation key in the presenter view. */
  keyPressed(): void {
    this.begin();
  }

  /** Call now and then while the view is open: marks the stopwatch as this talk's. */
  keep(): void {
    if (this.now() - this.lastKept >= keepEveryMs) this.save();
  }

  private begin(): void {
    if (!this.watch.running && this.watch.elapsed() === 0) this.start();
  }

  private restore(): StopwatchReading | undefined {
    let saved: unknown;
    try {
      saved = JSON.parse(this.storage?.getItem(this.key) ?? 'null');
    } catch {
      return undefined; // not ours, or damaged: start afresh
    }
    if (!isSaved(saved) || this.now() - saved.keptAt > staleAfterMs || saved.keptAt > this.now()) return undefined;
    return { startedAt: saved.startedAt, banked: saved.banked };
  }

  private save(): void {
    this.lastKept = this.now();
    const saved: Saved = { ...this.watch.reading(), keptAt: this.lastKept };
    try {
      this.storage?.setItem(this.key, JSON.stringify(saved));
    } catch {
      /* storage full or refused: the stopwatch still runs, it is just not kept */
    }
  }
}
