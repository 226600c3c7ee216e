// The compiled main process (out/electron/main.cjs), run in Node with a stand-in for the
// 'electron' module (fake-electron-driver.cjs): checks the composition root end to end
// where Electron cannot run — scheme registered before ready, windows and their pages,
// the protocol serving the deck, live reload reaching both windows and diagnostics
// reaching only the presenter. Needs `npm run compile` first (npm test does it).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/paths.js';

type Step = { step: string } & Record<string, unknown>;

class Driver {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly steps: Step[] = [];
  private waiters: (() => void)[] = [];
  stderr = '';

  constructor(displays: 1 | 2, deck: string) {
    const userData = mkdtempSync(join(tmpdir(), 'deck-user-'));
    this.child = spawn(process.execPath, ['--no-warnings', join(import.meta.dirname, 'fake-electron-driver.cjs'), join(packageRoot, 'out/electron/main.cjs'), userData, String(displays), deck]);
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      this.steps.push(JSON.parse(line) as Step);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on('exit', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  async next(step: string): Promise<Step> {
    for (;;) {
      const index = this.steps.findIndex((s) => s.step === step);
      if (index >= 0) return this.steps.splice(index, 1)[0]!;
      if (this.child.exitCode !== null) throw new Error(`driver exited: ${this.stderr}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  async ask(command: object, step: string): Promise<Step> {
    this.child.stdin.write(`${JSON.stringify(command)}\n`);
    return this.next(step);
  }

  close(): void {
    this.child.kill();
  }
}

interface WindowSeen {
  url: string;
  options: { fullscreen: boolean; x: number; webPreferences: Record<string, unknown> };
}

function deckFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-shell-'));
  writeFileSync(join(dir, 'slides.md'), '# 第一页\n\nNote: 开场\n\n---\n\n# Second\n');
  return dir;
}

describe('main process with two displays', () => {
  const deck = deckFolder();
  let driver: Driver;
  let started: Step;

  beforeAll(async () => {
    driver = new Driver(2, deck);
    const loaded = await driver.next('loaded');
    expect(loaded.privileged).toEqual([{ schemes: [{ scheme: 'deck', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) }], beforeReady: true }]);
    started = await driver.next('started');
  }, 30_000);
  afterAll(() => driver?.close());

  test('opens the audience full screen on the projector and the presenter on the laptop, both locked down', () => {
    expect(started.errors).toEqual([]);
    expect(started.scheme).toBe('deck');
    const windows = started.windows as WindowSeen[];
    expect(windows.map((w) => w.url)).toEqual(['deck://app/index.html', 'deck://app/presenter.html']);
    expect(windows[0]!.options).toMatchObject({ fullscreen: true, x: 1440 });
    expect(windows[1]!.options).toMatchObject({ fullscreen: false });
    expect(windows[1]!.options.x).toBeLessThan(1440);
    for (const w of windows) {
      expect(w.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      expect(String(w.options.webPreferences.preload)).toMatch(/out[\\/]electron[\\/]preload\.cjs$/);
    }
    expect(started.menu).toEqual(['File', 'View', 'windowMenu', 'Help']);
  });

  test('the protocol serves the deck, the presenter page and the runtime, with the CSP header', async () => {
    const index = await driver.ask({ get: 'index.html' }, 'get');
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(index.text).toContain('第一页');
    expect(index.csp).toContain("default-src 'none'");
    expect(await driver.ask({ get: 'presenter.html' }, 'get')).toMatchObject({ status: 200 });
    expect(await driver.ask({ get: 'app/deck.js' }, 'get')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await driver.ask({ get: 'fonts/fonts.css' }, 'get')).toMatchObject({ status: 200 });
    expect(await driver.ask({ get: 'nope.css' }, 'get')).toMatchObject({ status: 404 });
  });

  test('a save updates the served deck and tells both windows', async () => {
    await driver.ask({ sent: true }, 'sent');
    writeFileSync(join(deck, 'slides.md'), '# 改过的第一页\n\n---\n\n# Second\n');
    await expect.poll(async () => (await driver.ask({ get: 'index.html' }, 'get')).text, { timeout: 5000 }).toContain('改过的第一页');
    const { sent } = (await driver.ask({ sent: true }, 'sent')) as unknown as { sent: { window: number; channel: string }[] };
    const updates = sent.filter((s) => s.channel === 'deck-updated').map((s) => s.window);
    expect(updates.sort()).toEqual([1, 2]);
  });

  test('a save that breaks the deck keeps the last good one and tells only the presenter', async () => {
    writeFileSync(join(deck, 'slides.md'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]));
    let sent: { window: number; channel: string }[] = [];
    await expect
      .poll(async () => {
        sent = [...sent, ...((await driver.ask({ sent: true }, 'sent')) as unknown as { sent: typeof sent }).sent];
        return sent.some((s) => s.channel === 'diagnostics');
      }, { timeout: 5000 })
      .toBe(true);
    expect(sent.filter((s) => s.channel === 'diagnostics').every((s) => s.window === 2)).toBe(true);
    expect(sent.some((s) => s.channel === 'deck-updated')).toBe(false);
    expect((await driver.ask({ get: 'index.html' }, 'get')).text).toContain('改过的第一页');
  });
});

test('with one display, only the audience opens, as a normal window', async () => {
  const driver = new Driver(1, deckFolder());
  try {
    const started = await driver.next('started');
    const windows = started.windows as WindowSeen[];
    expect(windows.map((w) => w.url)).toEqual(['deck://app/index.html']);
    expect(windows[0]!.options.fullscreen).toBe(false);
  } finally {
    driver.close();
  }
}, 30_000);

interface WindowState {
  id: number;
  url: string;
  bounds: { x: number; y: number; width: number; height: number };
  fullscreen: boolean;
  reloads: number;
  input: string[];
  destroyed: boolean;
}
interface ShellSeen {
  windows: WindowState[];
  errors: string[];
  printed: { url: string; status: number; options: { pageSize: { width: number; height: number }; printBackground: boolean } }[];
  menu: { label?: string; submenu?: { label?: string; submenu?: { label?: string }[] }[] }[];
}

describe('the menu commands, clicked in the composed shell (Commands, Presentation, ElectronPageRenderer)', () => {
  const good = deckFolder();
  let driver: Driver;
  const look = async () => (await driver.ask({ windows: true }, 'windows')) as unknown as ShellSeen;
  const click = async (menu: string, item: string, answer?: string) => expect((await driver.ask({ click: [menu, item], answer }, 'clicked')).found, `${menu} → ${item}`).toBe(true);
  const served = async () => (await driver.ask({ get: 'index.html' }, 'get')).text as string;
  const screens = (seen: ShellSeen) => seen.windows.filter((w) => !w.destroyed && !w.url.includes('/print'));

  beforeAll(async () => {
    driver = new Driver(2, good);
    expect((await driver.next('started')).errors).toEqual([]);
  }, 30_000);
  afterAll(() => driver?.close());

  test('opening a deck that cannot be opened says why and keeps the good one on screen', async () => {
    const missing = join(tmpdir(), 'deck-no-such-folder-for-the-shell');
    await click('File', 'Open Deck Folder…', missing);
    await expect.poll(async () => (await look()).errors.join('\n'), { timeout: 5000 }).toMatch(/cannot be opened[\s\S]*deck-no-such-folder/);
    const seen = await look();
    expect(screens(seen).map((w) => w.reloads)).toEqual([0, 0]);
    expect(await served()).toContain('第一页');
    const recent = seen.menu.find((m) => m.label === 'File')!.submenu!.find((i) => i.label === 'Open Recent')!.submenu!.map((r) => r.label);
    expect(recent).not.toContain(missing);
    // …and still live: a save of the good deck still reaches the screen.
    writeFileSync(join(good, 'slides.md'), '# 还在的第一页\n');
    await expect.poll(served, { timeout: 5000 }).toContain('还在的第一页');

    const other = mkdtempSync(join(tmpdir(), 'deck-shell-other-'));
    writeFileSync(join(other, 'slides.md'), '# 另一个演示\n');
    await click('File', 'Open Deck Folder…', other);
    await expect.poll(served, { timeout: 5000 }).toContain('另一个演示');
    // Another deck: both pages reload (the old position means nothing there).
    expect(screens(await look()).map((w) => w.reloads)).toEqual([1, 1]);
  });

  test('Swap Displays moves the audience to the laptop and the presenter to the projector, and back', async () => {
    const before = screens(await look());
    expect(before.map((w) => [w.bounds.x >= 1440, w.fullscreen])).toEqual([
      [true, true],
      [false, false],
    ]);
    await click('View', 'Swap Displays');
    const swapped = screens(await look());
    expect(swapped.map((w) => w.bounds.x >= 1440)).toEqual([false, true]);
    expect(swapped[0]!.fullscreen).toBe(true);
    await click('View', 'Swap Displays');
    expect(screens(await look()).map((w) => w.bounds.x >= 1440)).toEqual([true, false]);
  });

  test('Black Screen presses B in the audience window only', async () => {
    await click('View', 'Black Screen');
    const [audience, presenter] = screens(await look());
    expect(audience!.input).toEqual(['keyDown:B', 'char:B', 'keyUp:B']);
    expect(presenter!.input).toEqual([]);
  });

  test('Export PDF prints the deck page served on deck:// at the slide size and writes the PDF with its metadata', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deck-shell-pdf-')), 'talk.pdf');
    await click('File', 'Export PDF…', out);
    await expect.poll(() => existsSync(out), { timeout: 10_000 }).toBe(true);
    const seen = await look();
    expect(seen.errors).toEqual([]);
    expect(seen.printed).toHaveLength(1);
    const [printed] = seen.printed;
    expect(printed!.url).toMatch(/^deck:\/\/app\/.+index\.html\?/);
    expect(printed!.status).toBe(200);
    expect(printed!.options).toMatchObject({ pageSize: { width: 1280 / 96, height: 720 / 96 }, printBackground: true });
    // The print window is gone, and its site unmounted.
    expect(seen.windows.filter((w) => w.url === printed!.url).every((w) => w.destroyed)).toBe(true);
    expect((await driver.ask({ get: new URL(printed!.url).pathname.slice(1) }, 'get')).status).toBe(404);
    // The metadata step ran on what printToPDF answered.
    const pdf = await PDFDocument.load(readFileSync(out));
    expect(pdf.getCreator()).toBe('Deck Presenter');
    expect(pdf.getPageCount()).toBe(1);
  });
});
