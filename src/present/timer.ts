// The presenter's elapsed-time stopwatch: start, pause, reset. Pure logic over an
// injected clock so it is tested without waiting.
/** A stopwatch as plain data: when it last started (on the clock it was given; null when stopped), and the time counted before that. */
export interface StopwatchReading {
  startedAt: number | null;
  banked: number;
}

export class Stopwatch {
  private startedAt: number | null = null;
  private banked = 0;

  constructor(
    private readonly now: () => number = () => Date.now(),
    from?: StopwatchReading,
  ) {
    if (from) ({ startedAt: this.startedAt, banked: this.banked } = from);
  }

  /** What it holds, to be given to a later Stopwatch on the same clock (a reloaded page: Date.now). */
  reading(): StopwatchReading {
    return { startedAt: this.startedAt, banked: this.banked };
  }

  get running(): boolean {
    return this.startedAt !== null;
  }

  /** Milliseconds counted so far. */
  elapsed(): number {
    return this.banked + (this.startedAt === null ? 0 : this.now() - this.startedAt);
  }

  start(): void {
    if (this.startedAt === null) this.startedAt = this.now();
  }

  pause(): void {
    if (this.startedAt === null) return;
    this.banked += this.now() - this.startedAt;
    this.startedAt = null;
  }

  reset(): void {
    this.banked = 0;
    this.startedAt = this.running ? this.now() : null;
  }
}

/** 75_000 → "1:15"; an hour and more → "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
