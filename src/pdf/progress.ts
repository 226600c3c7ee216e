// The progress line of a long export: one line rewritten in place with '\r' on a terminal;
// on a pipe or a log file, where '\r' would pile up, only the final line.
import type { ExportPhase, ExportProgress } from './export.js';

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

export function progressLine(stream: ProgressStream, label: string, now: () => number = Date.now): (progress: ExportProgress) => void {
  const start = now();
  return ({ phase, slides }) => {
    const seconds = ((now() - start) / 1000).toFixed(1);
    const line = `${label}: ${slides} slides, ${phaseText[phase]} (${seconds} s)`;
    if (stream.isTTY) stream.write(`\r\x1b[K${line}${phase === 'done' ? '\n' : ''}`);
    else if (phase === 'done') stream.write(`${line}\n`);
  };
}
