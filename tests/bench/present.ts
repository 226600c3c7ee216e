// Presenting figures for `npm run bench`, in browser mode (`deck serve`) with Chromium:
//  - live reload: a slide file written → its new text on screen, 20 saves of the shipped
//    deck, with the slide position kept and no full page reload;
//  - launch: `node out/cli.mjs serve slides` spawned → first slide visible, text drawn.
// The same measurements run on large decks in size.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { bundledDeckDir, packageRoot } from '../../src/paths.js';
import { formatMs, peers, versusBest } from './peers.js';

const cli = join(packageRoot, 'out', 'cli.mjs');
const now = () => performance.timeOrigin + performance.now();

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Spawns `deck serve` and resolves with the audience URL once it is printed. */
export function serve(dir: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [cli, 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Audience:\s+(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`deck serve exited with ${code}`)));
  });
  return { child, url };
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * When the first slide is on screen with its text drawn: reveal.js is ready, the current
 * slide has a box, and every piece of its text has its web font loaded (with
 * font-display: block, text whose font is still loading is invisible). Checked in the
 * page on every frame and timed there, so the figure does not depend on how often the
 * test driver polls.
 */
export async function firstSlideShown(page: Page): Promise<number> {
  const shown = await page.waitForFunction(
    () => {
      const slide = document.querySelector<HTMLElement>('.reveal.ready .slides section.present:not(.stack)');
      if (!slide || slide.getBoundingClientRect().height === 0) return false;
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.trim();
        if (!text || node.parentElement!.closest('aside.notes')) continue;
        const style = getComputedStyle(node.parentElement!);
        if (!document.fonts.check(`${style.fontStyle} ${style.fontWeight} 16px ${style.fontFamily}`, text)) return false;
      }
      return performance.timeOrigin + performance.now();
    },
    undefined,
    { polling: 'raf' },
  );
  return (await shown.jsonValue()) as number;
}

export async function launchTimes(browser: Browser, runs: number, dir = bundledDeckDir): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    const start = now();
    const { child, url } = serve(dir);
    await page.goto(await url, { waitUntil: 'commit' });
    times.push((await firstSlideShown(page)) - start);
    await page.close();
    await stop(child);
  }
  return times;
}

/** Peak resident memory of a process in KB (Linux), 0 when unknown. */
async function peakRssKb(pid: number | undefined): Promise<number> {
  const status = pid ? await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '') : '';
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/**
 * Saves to a copy of the deck at `from` (the deck itself when `copy` is false) while a
 * page shows it; also the server's peak memory and the page's JS heap after the saves.
 */
export async function reloadTimes(browser: Browser, saves: number, from = bundledDeckDir, copy = true) {
  let dir = from;
  if (copy) {
    dir = mkdtempSync(join(tmpdir(), 'deck-bench-present-'));
    cpSync(from, dir, { recursive: true });
  }
  const { child, url } = serve(dir);
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    const opened = now();
    await page.goto(await url);
    await page.locator('.reveal.ready').waitFor();
    // deck serve shows a first look, then the rest of the deck: saves are timed once it is all there.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.reveal .slides section:not(.stack)')).every((s) => s.childElementCount > 0), null, { timeout: 120_000, polling: 100 });
    const wholeDeckMs = now() - opened;
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.evaluate(() => ((window as unknown as { benchMarker: boolean }).benchMarker = true));
    if (process.env.BENCH_DEBUG) {
      const events = new URL('events', await url).href + '?' + new URL(await url).search.slice(1);
      await page.evaluate((u) => {
        new EventSource(u).onmessage = () => ((window as unknown as { lastSse: number }).lastSse = performance.timeOrigin + performance.now());
      }, events);
    }
    // Where the audience is: the slide's source line and how many of its fragments show.
    const where = () =>
      page.evaluate(() => {
        const section = document.querySelector<HTMLElement>('.reveal .slides section.present:not(.stack)')!;
        return `${section.dataset.sourceFile ?? ''}:${section.dataset.sourceLine ?? ''} +${section.querySelectorAll('.fragment.visible').length}`;
      });
    const start = await where();
    const [file, line] = start.split(/[: ]/) as [string, string];
    const path = join(dir, file);
    const original = readFileSync(path, 'utf8').split('\n');
    // The slide's first non-empty line gets a changing word appended: text the audience sees.
    const target = original.findIndex((text, index) => index >= Number(line) - 1 && text.trim() !== '' && !text.startsWith('<!--'));
    const latencies: number[] = [];
    let positionKept = true;
    for (let i = 0; i < saves; i++) {
      const word = `RELOAD${i}X`;
      const seen = page.evaluate(
        (w) =>
          new Promise<number>((resolve) => {
            const check = () => document.querySelector('.reveal .slides section.present')?.textContent?.includes(w);
            const observer = new MutationObserver(() => {
              if (!check()) return;
              observer.disconnect();
              // On screen means painted: the frame after the DOM changed.
              requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
            });
            observer.observe(document.querySelector('.reveal .slides')!, { childList: true, subtree: true, characterData: true });
          }),
        word,
      );
      await page.waitForTimeout(20); // the observer is in place
      const lines = [...original];
      lines[target] = `${lines[target]} ${word}`;
      const written = now();
      writeFileSync(path, lines.join('\n'));
      latencies.push((await seen) - written);
      if (process.env.BENCH_DEBUG) {
        const sse = await page.evaluate(() => (window as unknown as { lastSse: number }).lastSse);
        console.error(`save ${i}: server+SSE ${(sse - written).toFixed(1)} ms, total ${latencies.at(-1)!.toFixed(1)} ms`);
      }
      const after = await where();
      if (after !== start) {
        positionKept = false;
        if (process.env.BENCH_DEBUG) console.error('moved', start, after);
      }
      await page.waitForTimeout(150);
    }
    const noFullReload = await page.evaluate(() => (window as unknown as { benchMarker?: boolean }).benchMarker === true);
    const cdp = await page.context().newCDPSession(page);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { latencies, positionKept, noFullReload, wholeDeckMs, serverRssKb: await peakRssKb(child.pid), pageHeapBytes: heap.usedSize };
  } finally {
    await page.close();
    await stop(child);
  }
}

export async function bench(): Promise<Record<string, string>> {
  const browser = await launchBrowser();
  try {
    const reload = await reloadTimes(browser, 20);
    const launch = await launchTimes(browser, 9);
    const save = median(reload.latencies);
    const started = median(launch);
    return {
      'live reload, save → new text on screen (median of 20)': `${ms(save)} (goal ≤ 25 ms; ${versusBest(save, peers.saveToScreen)})`,
      'live reload, first save / max of 20': `${ms(reload.latencies[0]!)} / ${ms(Math.max(...reload.latencies))}`,
      'live reload, slide position kept': reload.positionKept ? 'yes' : 'NO',
      'live reload, without a full page reload': reload.noFullReload ? 'yes' : 'NO',
      'launch, deck serve → first slide visible (median of 9)': `${formatMs(started)} (goal ≤ 0.5 s; ${versusBest(started, peers.launch)})`,
    };
  } finally {
    await browser.close();
  }
}
