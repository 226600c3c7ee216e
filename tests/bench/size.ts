// The same figures at 1,000 and 10,000 slides (generated decks, tests/helpers/decks.ts),
// printed side by side with their growth, 10,000 / 1,000: ×10 is linear in the number
// of slides, and nothing may grow faster.
//  - build: the whole `deck build` process, median wall time (CPU beside), peak memory;
//  - first slide visible from file:// of the built deck;
//  - launch: `deck serve` spawned → first slide visible; and → the whole deck on the page;
//  - live reload: a save → its text on screen, median and first save (once the whole
//    deck is on the page); the server's peak memory and the page's JS heap after them.
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser.js';
import { tempDir, writeLargeDeck } from '../helpers/decks.js';
import { firstSlideTimes, measureBuilds, nodeFloorMs, type ProcessRun } from './build.js';
import { formatMs, peers, versusBest, versusFloor } from './peers.js';
import { launchTimes, median, reloadTimes } from './present.js';

const sizes = [1000, 10_000] as const;
/** Fewer runs at 10,000 slides, so the bench stays a few minutes long. */
const runs = { 1000: { build: 3, open: 3, launch: 3, saves: 8 }, 10_000: { build: 1, open: 1, launch: 2, saves: 5 } } as const;

interface AtSize {
  build: ProcessRun;
  fromFile: number;
  launch: number;
  wholeDeck: number;
  save: number;
  firstSave: number;
  serverRssKb: number;
  pageHeapBytes: number;
}

async function measure(slides: (typeof sizes)[number]): Promise<AtSize> {
  const n = runs[slides];
  const deck = writeLargeDeck(join(tempDir(`deck-bench-${slides}`), 'deck'), slides);
  const out = join(tempDir(`deck-bench-${slides}-out`), 'dist');
  const build = measureBuilds(deck, out, n.build);
  const fromFile = median(await firstSlideTimes(join(out, 'index.html'), n.open));
  const browser = await launchBrowser();
  try {
    const launch = median(await launchTimes(browser, n.launch, deck));
    const reload = await reloadTimes(browser, n.saves, deck, false);
    return {
      build,
      fromFile,
      launch,
      wholeDeck: reload.wholeDeckMs,
      save: median(reload.latencies),
      firstSave: reload.latencies[0]!,
      serverRssKb: reload.serverRssKb,
      pageHeapBytes: reload.pageHeapBytes,
    };
  } finally {
    await browser.close();
  }
}

/** "a / b, ×growth" for the two sizes. */
function row(a: number, b: number, format: (v: number) => string): string {
  return `${format(a)} / ${format(b)}, ×${(b / a).toFixed(1)}`;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

export async function bench(): Promise<Record<string, string>> {
  const floor = nodeFloorMs();
  const [k, tenK] = [await measure(1000), await measure(10_000)];
  const cpu = (r: ProcessRun) => r.cpuMs ?? NaN;
  return {
    'slides': '1,000 / 10,000, growth (×10 is linear)',
    'build (whole process, median)': `${row(k.build.ms, tenK.build.ms, formatMs)}; 1,000: ${versusBest(k.build.ms, peers.build1000)}, ${versusFloor(k.build.ms, floor, 'node -e 0')}`,
    'build, CPU (user + sys)': row(cpu(k.build), cpu(tenK.build), formatMs),
    'build, peak memory (max RSS)': row(k.build.maxRssKb ?? NaN, tenK.build.maxRssKb ?? NaN, mb),
    'first slide visible from file:// of the built deck': row(k.fromFile, tenK.fromFile, formatMs),
    'launch, deck serve → first slide visible': `${row(k.launch, tenK.launch, formatMs)}; 1,000: ${versusBest(k.launch, peers.launch)}`,
    'launch, deck serve → the whole deck on the page': row(k.wholeDeck, tenK.wholeDeck, formatMs),
    'live reload, save → new text on screen (median)': `${row(k.save, tenK.save, formatMs)} (goal at 1,000 ≤ 50 ms; ${versusBest(k.save, peers.saveToScreen)})`,
    'live reload, first save': row(k.firstSave, tenK.firstSave, formatMs),
    'deck serve, peak memory (max RSS) after the saves': row(k.serverRssKb, tenK.serverRssKb, mb),
    'page, JS heap after the saves': row(k.pageHeapBytes / 1024, tenK.pageHeapBytes / 1024, mb),
  };
}
