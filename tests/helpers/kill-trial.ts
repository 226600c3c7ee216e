// Kills the writer (tests/helpers/kill-trial-child.ts) or `deck edit`'s server
// (kill-trial-server.ts) with SIGKILL at a random moment while it types and saves, then
// checks what a user would find: the saved file whole (one version or the other, never a
// mix, never empty) and every keystroke older than one second back from the recovery
// journal. A server is killed while a save it was asked for is still unanswered.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { RecoveryJournal } from '../../src/edit/recovery-journal.js';
import { textHash } from '../../src/edit/session.js';
import { packageRoot } from '../../src/paths.js';

export interface KillTrialResult {
  trials: number;
  /** Trials after which the saved file was neither version (a torn or empty file). */
  tornFiles: number;
  /** Trials after which a keystroke older than one second was missing from the journal. */
  lostKeystrokes: number;
  /** Server trials: kills that landed while a save was being answered. */
  duringSave?: number;
}

export interface KillTrialOptions {
  /** The kill comes this long after the first keystroke, at random in between. */
  minMs?: number;
  maxMs?: number;
  parallel?: number;
  /** What is killed: the writer process, or the editor's server. */
  target?: 'writer' | 'server';
}

async function compile(name: string): Promise<string> {
  // Inside the package, where src/paths.ts finds the package root from the bundle's place.
  const outfile = join(packageRoot, 'node_modules', '.cache', 'deck-kill-trial', `${name}.mjs`);
  await build({
    entryPoints: [join(packageRoot, 'tests', 'helpers', `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** The child's first line on stdout, or its death. */
function firstLine(proc: ChildProcess, exited: Promise<unknown>): Promise<string> {
  return Promise.race([
    new Promise<string>((resolve) => {
      let text = '';
      const onData = (chunk: Buffer) => {
        text += chunk.toString();
        if (!text.includes('\n')) return;
        proc.stdout!.off('data', onData);
        resolve(text.slice(0, text.indexOf('\n')));
      };
      proc.stdout!.on('data', onData);
    }),
    exited.then(() => Promise.reject(new Error('the kill-trial child ended by itself (see its stderr)'))),
  ]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runKillTrials(trials: number, { minMs = 50, maxMs = 1500, parallel = 2, target = 'writer' }: KillTrialOptions = {}): Promise<KillTrialResult> {
  const child = await compile(target === 'writer' ? 'kill-trial-child' : 'kill-trial-server');
  // Big enough that a write takes several system calls, so a kill can land inside one.
  // (The server also renders the saved file for its live decks: a smaller one there.)
  const size = target === 'writer' ? 1 : 0.2;
  const versionA = `# A\n${'甲'.repeat(200_000 * size)}\n`;
  const versionB = `# B\n${'乙'.repeat(150_000 * size)}\n`;
  const result: KillTrialResult = { trials, tornFiles: 0, lostKeystrokes: 0, ...(target === 'server' ? { duringSave: 0 } : {}) };
  let next = 0;
  const one = async () => {
    const root = mkdtempSync(join(tmpdir(), 'kill-trial-'));
    const deck = join(root, 'deck');
    const stateDir = join(root, 'state');
    mkdirSync(deck);
    writeFileSync(join(deck, 'saved.md'), versionA);
    writeFileSync(join(root, 'a'), versionA);
    writeFileSync(join(root, 'b'), versionB);
    const args = target === 'writer' ? [deck, stateDir, join(root, 'a'), join(root, 'b')] : [deck, stateDir];
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((r) => proc.once('exit', r));
    const first = await firstLine(proc, exited);
    // [when, how many keystrokes the journal had been given by then]
    const typed: [number, number][] = [];
    let killedAt: number;
    if (target === 'writer') {
      typed.push([Date.now(), Number(first)]);
      let rest = '';
      proc.stdout!.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop()!;
        const now = Date.now();
        for (const l of lines) typed.push([now, Number(l)]);
      });
      await sleep(minMs + Math.random() * (maxMs - minMs));
      killedAt = Date.now();
      proc.kill('SIGKILL');
    } else {
      killedAt = await typeAndSaveUntilKilled(proc, new URL(first), minMs + Math.random() * (maxMs - minMs), [versionA, versionB], typed, () => result.duringSave!++);
    }
    await exited;
    const saved = readFileSync(join(deck, 'saved.md'), 'utf8');
    if (saved !== versionA && saved !== versionB) result.tornFiles++;
    const mustHave = Math.max(0, ...typed.filter(([at]) => at <= killedAt - 1000).map(([, n]) => n));
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

/**
 * Types (one keystroke per edit request, as the editor page sends them) and saves the two
 * versions in turn through the editor's API; after `killAfterMs`, kills the server at a
 * random moment while the next save is unanswered. Returns when it killed.
 */
async function typeAndSaveUntilKilled(proc: ChildProcess, editorUrl: URL, killAfterMs: number, versions: [string, string], typed: [number, number][], duringSave: () => void): Promise<number> {
  const post = async (route: string, body: unknown) => {
    const res = await fetch(new URL(`api/${route}`, editorUrl), { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: editorUrl.origin }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${route}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as { saved?: boolean; hash?: string };
  };
  const start = Date.now();
  let base = textHash(versions[0]);
  let keys = 0;
  let killedAt = 0;
  for (let i = 1; killedAt === 0; i++) {
    await post('edit', { file: 'typing.md', text: 'k'.repeat(++keys) });
    typed.push([Date.now(), keys]);
    const saving = post('save', { file: 'saved.md', text: versions[i % 2], base });
    if (Date.now() - start >= killAfterMs) {
      // Somewhere inside the save: its write, flush and rename take a few milliseconds.
      await sleep(Math.random() * 8);
      killedAt = Date.now();
      proc.kill('SIGKILL');
      const answered = await Promise.race([saving.then(() => true, () => false), sleep(0).then(() => false)]);
      if (!answered) duringSave();
      await saving.catch(() => undefined);
      break;
    }
    const outcome = await saving;
    if (!outcome.saved) throw new Error('the kill trial\'s own save was refused as a conflict');
    base = outcome.hash!;
  }
  return killedAt;
}
