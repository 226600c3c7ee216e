// The phases of an export, and its progress line: one line rewritten in place with '\r' on a terminal,
// its clock ticking while a phase runs (printing 200 slides is one long call to the
// browser); on a pipe or a log file, where '\r' would pile up, only the final line.
import type { Deck } from '../deck/model.js';

export type ExportPhase = 'building' | 'printing' | 'finishing' | 'done';

export interface ExportProgress {
  phase: ExportPhase;
  /** Number of slides in the deck, for the progress line. */
  slides: number;
}

export interface ExportSeams {
  onProgress?: (progress: ExportProgress) => void;
}

export function slideCount(deck: Deck): number {
  return deck.stacks.reduce((sum, stack) => sum + stack.slides.length, 0);
}

const phaseText: Record<ExportPhase, string> = {
  building: 'building the deck',
  printing: 'laying out and printing',
  finishing: 'writing metadata',
  done: 'done',
};

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressLine {
  (progress: ExportProgress): void;
  /** Ends the line when the export stopped before 'done' (an error follows on its own line). */
  stop(): void;
}

export function progressLine(stream: ProgressStream, label: string, now: () => number = Date.now): ProgressLine {
  const start = now();
  let current: ExportProgress | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  const text = ({ phase, slides }: ExportProgress) => `${label}: ${slides} slides, ${phaseText[phase]} (${((now() - start) / 1000).toFixed(1)} s)`;
  const draw = () => current && stream.write(`\r\x1b[K${text(current)}`);
  const stop = () => {
    clearInterval(ticker);
    ticker = undefined;
  };
  const report = (progress: ExportProgress) => {
    current = progress;
    if (!stream.isTTY) {
      if (progress.phase === 'done') stream.write(`${text(progress)}\n`);
      return;
    }
    draw();
    if (progress.phase === 'done') {
      stop();
      stream.write('\n');
    } else ticker ??= setInterval(draw, 250).unref();
  };
  return Object.assign(report, {
    stop() {
      if (ticker && current?.phase !== 'done') stream.write('\n');
      stop();
    },
  });
}
