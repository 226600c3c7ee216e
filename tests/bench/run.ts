// npm run bench: prints the benchmark figures, one section per area. Each area module
// exports `bench(): Promise<Record<figure, printed value>>`; values carry their goal.
// A failing area is reported and the others still run.
import { bench as buildBench } from './build.js';
import { bench as hostileBench } from './hostile.js';
import { bench as editBench } from './edit.js';
import { bench as pdfBench } from './pdf.js';
import { bench as presentBench } from './present.js';
import { bench as sizeBench } from './size.js';

const areas: [string, () => Promise<Record<string, string>>][] = [
  ['offline build', buildBench],
  ['presenting', presentBench],
  ['at size', sizeBench],
  ['pdf export', pdfBench],
  ['hostile input', hostileBench],
  ['editing', editBench],
];

const rows: [string, string, string][] = [];
let failed = false;
// BENCH_ONLY=presenting (a substring of an area name) measures just that area.
const only = process.env.BENCH_ONLY;
for (const [area, run] of areas) {
  if (only && !area.includes(only)) continue;
  process.stderr.write(`measuring ${area}…\n`);
  try {
    for (const [figure, value] of Object.entries(await run())) rows.push([area, figure, value]);
  } catch (error) {
    failed = true;
    rows.push([area, 'FAILED', error instanceof Error ? error.message.split('\n')[0]! : String(error)]);
  }
}

const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c)).join('  │ ');
process.stdout.write(`${line(['area', 'figure', 'value'])}\n${'─'.repeat(widths[0]! + widths[1]! + 40)}\n`);
for (const row of rows) process.stdout.write(`${line(row)}\n`);
process.stdout.write(`\n${process.platform} ${process.arch}, node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
if (failed) process.exitCode = 1;
