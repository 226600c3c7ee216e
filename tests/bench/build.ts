// Offline build figures, measured as a user meets them:
//  - build time: wall time of the whole `node out/cli.mjs build` process (node start,
//    deck load, render, fonts, writing the folder), median of several runs, with the
//    font subset cache warm (the normal case after the first build on a machine);
//  - cold font cache: the same build in-process with an empty subset cache (what the very
//    first build, or one after adding many new characters, costs on top);
//  - peak memory: maximum resident set size of that whole process, from /usr/bin/time;
//  - folder size: the bytes of every file written (font included);
//  - first slide visible: from page.goto() of the built index.html (file://, a fresh
//    browser context each time, browser already running) until the first slide is laid
//    out on screen with every web font loaded, median of several runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildOfflineFolder } from '../../src/build/offline.js';
import { bundledDeckDir, packageRoot } from '../../src/paths.js';
import { launchBrowser } from '../helpers/browser.js';
import { tempDir, writeLargeDeck } from '../helpers/decks.js';
import { peers, versusBest, versusFloor } from './peers.js';

const cli = join(packageRoot, 'out', 'cli.mjs');
const timeBinary = '/usr/bin/time';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

export interface ProcessRun {
  ms: number;
  /** Peak resident memory of the build process in KB, when /usr/bin/time is there. */
  maxRssKb?: number;
  /** CPU time (user + system) of the process in ms: less affected by other load on the machine than wall time. */
  cpuMs?: number;
}

export function runBuild(deck: string, out: string): ProcessRun {
  const withTime = existsSync(timeBinary);
  const start = performance.now();
  const result = withTime
    ? spawnSync(timeBinary, ['-f', 'maxrss=%M cpu=%U+%S', process.execPath, cli, 'build', deck, '--out', out, '--no-layout'], { encoding: 'utf8' })
    : spawnSync(process.execPath, [cli, 'build', deck, '--out', out, '--no-layout'], { encoding: 'utf8' });
  const ms = performance.now() - start;
  // On one line: the bench table shows an error's first line only.
  if (result.status !== 0) throw new Error(`deck build ${deck} failed (status ${result.status}, ${result.signal ?? 'no signal'}): ${(result.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
  const stats = /maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? '');
  return stats ? { ms, maxRssKb: Number(stats[1]), cpuMs: (Number(stats[2]) + Number(stats[3])) * 1000 } : { ms };
}

export function measureBuilds(deck: string, out: string, runs: number): ProcessRun {
  runBuild(deck, out); // warms the font cache and the OS file cache
  const results = Array.from({ length: runs }, () => runBuild(deck, out));
  const rss = results.map((r) => r.maxRssKb).filter((v): v is number => v !== undefined);
  const cpu = results.map((r) => r.cpuMs).filter((v): v is number => v !== undefined);
  return { ms: median(results.map((r) => r.ms)), maxRssKb: rss.length ? Math.max(...rss) : undefined, cpuMs: cpu.length ? median(cpu) : undefined };
}

const cpuNote = (run: ProcessRun) => (run.cpuMs === undefined ? '' : `, cpu ${seconds(run.cpuMs)}`);

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

/** The floor of a build: a Node process that does nothing (`node -e 0`), median wall time of `runs`. */
export function nodeFloorMs(runs = 7): number {
  return median(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      return performance.now() - start;
    }),
  );
}

export async function firstSlideTimes(indexHtml: string, runs: number): Promise<number[]> {
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(pathToFileURL(indexHtml).href, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => {
          const slide = document.querySelector('.reveal.ready .slides section.present');
          return !!slide && slide.getBoundingClientRect().width > 0 && document.fonts.status === 'loaded';
        },
        null,
        { polling: 'raf' },
      );
      // The first run warms Chromium's own caches (process start of a renderer), not ours.
      if (i > 0) times.push(performance.now() - start);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}

export async function bench(): Promise<Record<string, string>> {
  const runs = 7;
  const shippedOut = join(tempDir('deck-bench-shipped'), 'dist');
  const shipped = measureBuilds(bundledDeckDir, shippedOut, runs);

  const largeDeck = writeLargeDeck(join(tempDir('deck-bench-large'), 'deck'), 1000);
  const largeOut = join(tempDir('deck-bench-large-out'), 'dist');
  const large = measureBuilds(largeDeck, largeOut, 5);
  // The same deck with math and highlighting on: a formula (KaTeX) on one slide in ten, a
  // highlighted code block with step highlights on another one in ten.
  const richDeck = writeLargeDeck(join(tempDir('deck-bench-rich'), 'deck'), 1000, { mathAndCode: true, every: 10 });
  const rich = measureBuilds(richDeck, join(tempDir('deck-bench-rich-out'), 'dist'), 5);

  const coldStart = performance.now();
  await buildOfflineFolder(bundledDeckDir, join(tempDir('deck-bench-cold'), 'dist'), { fontCacheDir: tempDir('deck-bench-font-cache') });
  const coldMs = performance.now() - coldStart;

  const first = await firstSlideTimes(join(shippedOut, 'index.html'), runs);
  const kb = (v?: number) => (v === undefined ? 'n/a (no /usr/bin/time)' : `${(v / 1024).toFixed(0)} MB`);
  const fontBytes = folderBytes(join(shippedOut, 'fonts'));
  const floor = nodeFloorMs();

  return {
    [`build, shipped deck (whole process, warm font cache, median of ${runs})`]: `${seconds(shipped.ms)}${cpuNote(shipped)} (goal: 4× faster than the best peer; ${versusBest(shipped.ms, peers.build)}; ${versusFloor(shipped.ms, floor, 'node -e 0')})`,
    'build, shipped deck, cold font cache (in-process, extra on a first build)': seconds(coldMs),
    'build, 1,000 slides (whole process, median of 5)': `${seconds(large.ms)}${cpuNote(large)} (goal: 4× faster than the best peer; ${versusBest(large.ms, peers.build1000)}; ${versusFloor(large.ms, floor, 'node -e 0')})`,
    'build, 1,000 slides, 100 with a formula, 100 with a stepped code block (whole process, median of 5)': `${seconds(rich.ms)}${cpuNote(rich)} (goal < 1 s; ${(rich.ms / large.ms).toFixed(2)}× the plain deck)`,
    'build, peak memory (max RSS of the process), shipped / 1,000 slides': `${kb(shipped.maxRssKb)} / ${kb(large.maxRssKb)}`,
    'offline folder, shipped deck (font included)': `${(folderBytes(shippedOut) / 1024 / 1024).toFixed(2)} MB, font ${(fontBytes / 1024).toFixed(0)} KB (goal < 2 MB)`,
    [`first slide visible from file:// (median of ${runs})`]: `${seconds(median(first))} (goal < 0.4 s; ${versusBest(median(first), peers.firstSlideFromFile)})`,
  };
}
