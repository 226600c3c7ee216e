// Starts the print browser as a plain child process, before playwright-core is loaded:
// Chromium boots (~0.4 s) and loads the page to print while Node loads playwright-core
// (~0.4 s of compiling), and playwright then attaches to it over the DevTools protocol.
// playwright's own launch() cannot do this: it needs the library loaded first and
// refuses a page to open at start.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from './chromium.js';

/**
 * What playwright's launch() passes to a headless Chromium besides our own flags (its
 * chromiumSwitches), so a page prints as it did when playwright started the browser: no
 * scrollbars, sRGB colours, no throttling of an unseen window's timers and frames (the
 * print view waits on animation frames), and none of the start-up work a browser for
 * people does (extensions, background services, feature trials, crash reporting).
 */
const headlessArgs: readonly string[] = [
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  '--force-color-profile=srgb',
  '--disable-field-trial-config',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-back-forward-cache',
  '--disable-breakpad',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  // The network service inside the browser process: one process fewer to start, and
  // none left writing to the profile once the browser is ended.
  '--enable-features=NetworkServiceInProcess',
  '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
  '--allow-pre-commit-input',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--metrics-recording-only',
  '--no-default-browser-check',
  '--no-service-autorun',
  '--disable-search-engine-choice-screen',
  '--password-store=basic',
  '--use-mock-keychain',
];

export interface BrowserStart {
  /** The page the first tab opens, or about:blank. */
  url?: string;
  /** Size of the first tab's viewport in CSS pixels. */
  width: number;
  height: number;
}

export interface BrowserProcess {
  /** The DevTools WebSocket URL, once the browser is listening. */
  endpoint: Promise<string>;
  /** Ends the browser and removes its profile. */
  close(): Promise<void>;
}

/** How long a browser may take to start listening before we give up on it. */
const startTimeoutMs = 30_000;

export function startBrowserProcess(executablePath: string, start: BrowserStart): BrowserProcess {
  // A fresh profile per export: never the user's own, and nothing left behind.
  const profile = mkdtempSync(join(tmpdir(), 'deck-pdf-profile-'));
  // Port 0: the browser picks a free loopback port and names it on stderr. The DevTools
  // server refuses connections from web pages (Origin and Host checks), and lives only
  // while the export runs.
  const child = spawn(
    executablePath,
    [
      ...chromiumArgs,
      ...headlessArgs,
      `--window-size=${start.width},${start.height}`,
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      start.url ?? 'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const endpoint = new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`it did not start within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    child.once('error', fail);
    child.once('exit', (code, signal) => fail(new Error(`it exited (${signal ?? `code ${code}`}) before it was ready${output ? `: ${output.trim().split('\n').slice(-3).join(' ')}` : ''}`)));
    child.stderr!.setEncoding('utf8');
    const listen = (chunk: string) => {
      output = (output + chunk).slice(-4096);
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stderr!.off('data', listen);
      // Whatever else it logs is read and dropped, so a full pipe never blocks it.
      child.stderr!.resume();
      resolve(match[1]!);
    };
    child.stderr!.on('data', listen);
  });
  endpoint.catch(() => undefined);
  // Should Node exit without closing it (process.exit on an error), the browser goes too.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let closing: Promise<void> | undefined;
  return {
    endpoint,
    close: () =>
      (closing ??= stop(child, exited, profile).finally(() => {
        process.off('exit', killOnExit);
      })),
  };
}

async function stop(child: ChildProcess, exited: Promise<void>, profile: string): Promise<void> {
  // Ended, not asked to quit: a graceful shutdown saves the profile first, which takes
  // twice as long, and nothing in this profile is kept.
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await exited;
  child.stderr?.destroy();
  // A killed browser's helper processes may write to the profile for a moment after it
  // has gone (the network service does not: it runs inside the browser process, see
  // above), so removal is retried for up to ~2 s; a stray folder in the temporary
  // directory is no reason to fail an export that has been written.
  await rm(profile, { recursive: true, force: true, maxRetries: 8, retryDelay: 50 }).catch(() => undefined);
}
