// Hostile input figures: `deck check` (a whole process, as a user runs it) on each input
// of tests/helpers/hostile-markdown.ts: wall time and peak memory of each, and the worst.
// Goal: every one under 10 s and 1 GB, ending with its diagnostic.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { hostileMarkdown } from '../helpers/hostile-markdown.js';
import { tempDir } from '../helpers/decks.js';

const cli = join(packageRoot, 'out', 'cli.mjs');
const timeBinary = '/usr/bin/time';

export async function bench(): Promise<Record<string, string>> {
  const figures: Record<string, string> = {};
  let worstMs = 0;
  let worstKb = 0;
  for (const input of hostileMarkdown) {
    const dir = tempDir('bench-hostile');
    writeFileSync(join(dir, 'slides.md'), input.markdown());
    const withTime = existsSync(timeBinary);
    const start = performance.now();
    const result = withTime
      ? spawnSync(timeBinary, ['-f', 'maxrss=%M', process.execPath, cli, 'check', dir], { encoding: 'utf8', maxBuffer: 1 << 30 })
      : spawnSync(process.execPath, [cli, 'check', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - start;
    const kb = Number(/maxrss=(\d+)/.exec(result.stderr ?? '')?.[1] ?? 0);
    if (input.code && !/slides\.md:\d+:\d+: (error|warning): /.test(result.stdout)) {
      throw new Error(`${input.name}: no diagnostic printed (exit ${result.status})`);
    }
    worstMs = Math.max(worstMs, ms);
    worstKb = Math.max(worstKb, kb);
    figures[input.name] = `${(ms / 1000).toFixed(2)} s${kb ? `, ${Math.round(kb / 1024)} MB` : ''}`;
  }
  // No peer takes these in: the goal is the measure.
  figures['worst (goal < 10 s, < 1 GB)'] = `${(worstMs / 1000).toFixed(2)} s, ${Math.round(worstKb / 1024)} MB (${((worstMs / 10_000) * 100).toFixed(0)}% / ${((worstKb / 1024 / 1024) * 100).toFixed(0)}% of the goal)`;
  return figures;
}
