// Editing figures for `npm run bench`, with `deck edit`'s server in-process and Chromium:
//  - editor opened → ready (the file's text in CodeMirror, the outline, the slide beside them);
//  - keystroke → slide repainted: a character typed into a slide's heading until the
//    preview iframe shows it (median and max of 50), on the shipped deck;
//  - save: Ctrl+S → the file on disk;
//  - the kill trials: the writer killed with SIGKILL at random moments while typing and
//    saving (BENCH_KILL_TRIALS, 1,000 by default), and `deck edit`'s server killed while
//    a save is unanswered (BENCH_SERVER_KILL_TRIALS, 300): torn files and lost keystrokes.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser.js';
import { runKillTrials } from '../helpers/kill-trial.js';
import { bundledDeckDir } from '../../src/paths.js';
import { startDeckServer } from '../../src/serve/server.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** CPU time of this process (the server) per edit request, as the editor page sends them, one keystroke each. */
async function serverCpuPerEdit(editorUrl: string, file: string): Promise<number> {
  const text = readFileSync(file, 'utf8');
  const url = new URL('api/edit', editorUrl);
  const edit = (n: number) =>
    fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: url.origin }, body: JSON.stringify({ file: '01-opening.md', text: text.replace('\n', `${'k'.repeat(n)}\n`) }) }).then((r) => r.json());
  for (let i = 1; i <= 20; i++) await edit(i); // warm
  const before = process.cpuUsage();
  for (let i = 21; i <= 120; i++) await edit(i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / 100;
}

export async function bench(): Promise<Record<string, string>> {
  const root = mkdtempSync(join(tmpdir(), 'bench-edit-'));
  const deckDir = join(root, 'deck');
  cpSync(bundledDeckDir, deckDir, { recursive: true });
  const server = await startDeckServer({ path: deckDir, editor: { stateDir: join(root, 'state') } });
  await server.ready;
  const browser = await launchBrowser();
  const figures: Record<string, string> = {};
  try {
    // Ready: the first file's text in the editor, the outline drawn, the slide beside them.
    // Each time in a fresh page (and browser context: nothing cached); the median of 5.
    const openTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
      const page = await context.newPage();
      const opened = performance.now();
      await page.goto(server.editorUrl!);
      await page.locator('.cm-line', { hasText: /^# / }).first().waitFor();
      await page.locator('#outline li.slide').first().waitFor();
      await page.frameLocator('#preview-frame').locator('.reveal.ready').waitFor();
      openTimes.push(performance.now() - opened);
      await context.close();
    }
    figures['editor opened → ready (text, outline and slide shown), median of 5'] = ms(median(openTimes));

    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    await page.goto(server.editorUrl!);
    await page.frameLocator('#preview-frame').locator('.reveal.ready').waitFor();

    await page.locator('#autosave').uncheck();
    // To the end of the title slide's heading (line 3 of 01-opening.md).
    await page.locator('.cm-line', { hasText: /^# / }).first().click();
    await page.keyboard.press('End');
    const frame = page.frames().find((f) => f.url().includes('role=preview'))!;
    const times: number[] = [];
    let heading = '';
    // The page's main thread (the editor and its preview frame share it) busy per keystroke.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
    const busyBefore = await busy();
    for (let i = 0; i < 50; i++) {
      const mark = String.fromCharCode(0x4e00 + i); // a new CJK character each time
      heading += mark;
      await frame.evaluate(
        // Returns nothing: a returned promise would be awaited here, before the key is typed.
        // The heading's text so far, not the one character: 一 and 七 are on the slide already.
        (text) => {
          (window as unknown as { seen: Promise<number> }).seen = new Promise((resolve) => {
            const check = () => (document.querySelector('.reveal .slides section.present h1')?.textContent?.endsWith(text) ? resolve(performance.timeOrigin + performance.now()) : requestAnimationFrame(check));
            check();
          });
        },
        heading,
      );
      const typed = await page.evaluate(() => performance.timeOrigin + performance.now());
      await page.keyboard.type(mark);
      const seen = await frame.evaluate(() => (window as unknown as { seen: Promise<number> }).seen);
      times.push(seen - typed);
    }
    figures['keystroke → slide repainted, median (goal ≤ 50 ms)'] = `${ms(median(times))} (${(median(times) / 50).toFixed(2)}× goal)`;
    figures['keystroke → slide repainted, max'] = ms(Math.max(...times));
    figures['  browser main thread busy per keystroke (CDP TaskDuration, with the wait loop)'] = ms((await busy() - busyBefore) / times.length);
    figures['  server CPU per keystroke (edit → draft rebuilt → patch), mean of 100'] = ms(await serverCpuPerEdit(server.editorUrl!, join(deckDir, '01-opening.md')));

    const file = join(deckDir, '01-opening.md');
    const before = readFileSync(file, 'utf8');
    const saving = performance.now();
    await page.keyboard.press('Control+s');
    while (readFileSync(file, 'utf8') === before) await new Promise((r) => setTimeout(r, 2));
    figures['Ctrl+S → file on disk'] = ms(performance.now() - saving);
  } finally {
    await browser.close();
    await server.close();
  }
  const trials = Number(process.env.BENCH_KILL_TRIALS ?? 1000);
  const kills = await runKillTrials(trials, { minMs: 20, maxMs: 1400, parallel: 4 });
  figures[`kill trial: writer SIGKILLed ${trials}× while typing and saving`] = `${kills.tornFiles} torn files, ${kills.lostKeystrokes} trials lost a keystroke older than 1 s`;
  // Each of these starts a whole server (its draft and live deck): fewer by default.
  const serverTrials = Number(process.env.BENCH_SERVER_KILL_TRIALS ?? 300);
  const started = performance.now();
  const serverKills = await runKillTrials(serverTrials, { minMs: 100, maxMs: 1400, parallel: 3, target: 'server' });
  figures[`kill trial: deck edit's server SIGKILLed ${serverTrials}× while typing and saving`] =
    `${serverKills.tornFiles} torn files, ${serverKills.lostKeystrokes} trials lost a keystroke older than 1 s; ${serverKills.duringSave} kills with a save unanswered (${((performance.now() - started) / 1000).toFixed(0)} s)`;
  return figures;
}
