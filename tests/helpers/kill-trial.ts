// Kills the writer (tests/helpers/kill-trial-child.ts) with SIGKILL at a random moment while
// it types and saves, then checks what a user would find: the saved file whole (one version
// or the other, never a mix, never empty) and every keystroke older than one second back
// from the recovery journal.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { RecoveryJournal } from '../../src/edit/recovery-journal.js';
import { packageRoot } from '../../src/paths.js';

export interface KillTrialResult {
  trials: number;
  /** Trials after which the saved file was neither version (a torn or empty file). */
  tornFiles: number;
  /** Trials after which a keystroke older than one second was missing from the journal. */
  lostKeystrokes: number;
}

async function compileChild(): Promise<string> {
  // Inside the package, where src/paths.ts finds the package root from the bundle's place.
  const outfile = join(packageRoot, 'node_modules', '.cache', 'deck-kill-trial', 'child.mjs');
  await build({ entryPoints: [join(packageRoot, 'tests', 'helpers', 'kill-trial-child.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  return outfile;
}

export async function runKillTrials(trials: number, { minMs = 50, maxMs = 1500, parallel = 2 } = {}): Promise<KillTrialResult> {
  const child = await compileChild();
  // Big enough that a write takes several system calls, so a kill can land inside one.
  const versionA = `# A\n${'甲'.repeat(200_000)}\n`;
  const versionB = `# B\n${'乙'.repeat(150_000)}\n`;
  const result: KillTrialResult = { trials, tornFiles: 0, lostKeystrokes: 0 };
  let next = 0;
  const one = async () => {
    const root = mkdtempSync(join(tmpdir(), 'kill-trial-'));
    const deck = join(root, 'deck');
    const stateDir = join(root, 'state');
    mkdirSync(deck);
    writeFileSync(join(deck, 'saved.md'), versionA);
    writeFileSync(join(root, 'a'), versionA);
    writeFileSync(join(root, 'b'), versionB);
    const proc = spawn(process.execPath, [child, deck, stateDir, join(root, 'a'), join(root, 'b')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const seen: [number, number][] = [];
    let rest = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop()!;
      const now = Date.now();
      for (const l of lines) seen.push([now, Number(l)]);
    });
    const exited = new Promise((r) => proc.once('exit', r));
    await Promise.race([new Promise<void>((r) => proc.stdout.once('data', () => r())), exited.then(() => Promise.reject(new Error('the kill-trial writer ended by itself (see its stderr)')))]);
    await new Promise((r) => setTimeout(r, minMs + Math.random() * (maxMs - minMs)));
    const killedAt = Date.now();
    proc.kill('SIGKILL');
    await exited;
    const saved = readFileSync(join(deck, 'saved.md'), 'utf8');
    if (saved !== versionA && saved !== versionB) result.tornFiles++;
    const mustHave = Math.max(0, ...seen.filter(([at]) => at <= killedAt - 1000).map(([, n]) => n));
    const recovered = new RecoveryJournal(deck, { stateDir }).recover().find((r) => r.file === 'typing.md')?.text ?? '';
    if (recovered.length < mustHave || /[^k]/.test(recovered)) result.lostKeystrokes++;
  };
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next++ < trials) await one();
    }),
  );
  return result;
}
