// PDF export figures: whole-process time of `deck export pdf` (node start, deck load,
// browser start, print, metadata) for the shipped deck and a generated 200-slide deck,
// median of 3, plus the PDF's size and whether any font landed as Type 3.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultOutputName } from '../../src/export/output-name.js';
import { bundledDeckDir, packageRoot } from '../../src/paths.js';

const runs = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A long Chinese talk: a chapter every 20 slides, a list and notes on every slide. */
export function writeLongDeck(dir: string, slides: number): void {
  writeFileSync(join(dir, 'deck.yaml'), 'title: 两百页的测试演讲\nauthor: 基准测试\nlang: zh-CN\nduration: 120\n');
  const parts: string[] = [];
  for (let i = 1; i <= slides; i++) {
    const heading = i % 20 === 1 ? `# 第${Math.ceil(i / 20)}章 连接人和企业` : `## 第${i}页：定位决定功能`;
    parts.push(
      `${heading}\n\n- 企业微信把内部沟通和外部客户连在一起\n- 私域流量运营让服务变成了人即服务\n- 第${i}个要点：从 RTX 到企业号的传承\n\nNote:\n这是第${i}页的讲稿。定位是产品经理对市场的判断，抓住了定位，功能几乎可以自己推出来。`,
    );
  }
  writeFileSync(join(dir, 'slides.md'), parts.join('\n\n---\n\n'));
}

function timeExport(deckDir: string, output: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(packageRoot, 'out', 'cli.mjs'), 'export', 'pdf', deckDir, '-o', output], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`deck export pdf ${deckDir} failed (${result.status}): ${result.stderr}`);
  return ms;
}

function type3Fonts(file: string): number {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('Type 3')).length;
}

async function measure(label: string, deckDir: string, work: string, goalSeconds: number): Promise<Record<string, string>> {
  const output = join(work, `${label}.pdf`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeExport(deckDir, output));
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [output], { encoding: 'utf8' }))?.[1] ?? '?';
  return {
    [`pdf export ${label} (whole process, median of ${runs})`]: `${(median(times) / 1000).toFixed(2)} s (${pages} pages; goal < ${goalSeconds} s)`,
    [`pdf size ${label}`]: `${Math.round(statSync(output).size / 1024)} KB`,
    [`pdf Type 3 fonts ${label}`]: `${type3Fonts(output)} (goal 0)`,
  };
}

/** The PDF's default name for a hostile 150,000-character title (a run of spaces was quadratic: 9 s). */
function timeLongTitleName(): Record<string, string> {
  const titles = [`Talk${' '.repeat(150_000)}end`, `x${'-'.repeat(75_000)}${' '.repeat(75_000)}y`, `${'.'.repeat(150_000)}Talk`];
  const start = process.hrtime.bigint();
  for (const title of titles) defaultOutputName(title, '/deck', 'slides');
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / titles.length;
  return { 'pdf name of a 150k-character title': `${ms.toFixed(1)} ms (goal < 10 ms; was 9 s)` };
}

export async function bench(): Promise<Record<string, string>> {
  const work = mkdtempSync(join(tmpdir(), 'deck-bench-pdf-'));
  const long = mkdtempSync(join(tmpdir(), 'deck-bench-long-'));
  writeLongDeck(long, 200);
  return { ...timeLongTitleName(), ...(await measure('shipped deck', bundledDeckDir, work, 1.5)), ...(await measure('200 slides', long, work, 5)) };
}
