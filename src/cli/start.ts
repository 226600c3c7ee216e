#!/usr/bin/env node
// `npm start [-- deck]`: present in Electron when its binary is installed, otherwise say
// so in one paragraph and present in the browser (`deck serve`) instead. The decision is
// in start-plan.ts; this file only carries it out.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { requireDeck } from '../deck/load.js';
import { DeckError } from '../errors.js';
import { bundledDeckDir, electronPackageDir, packageRoot } from '../paths.js';
import { presentInBrowser } from './browser-mode.js';
import { findElectronBinary, planStart } from './start-plan.js';

const electron = findElectronBinary(electronPackageDir, process.env, {
  exists: existsSync,
  readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
});
const plan = planStart({ argv: process.argv.slice(2), cwd: process.cwd(), packageRoot, bundledDeck: bundledDeckDir, electron });

/** Carries out the plan; a DeckError (no deck there, nothing to present) ends it with one message. */
async function run(): Promise<void> {
  // Checked before either mode starts, so a typo is one clear line, not a window or URLs that never answer.
  requireDeck(plan.deck);
  if (plan.mode === 'electron') {
    // ELECTRON_RUN_AS_NODE from a parent shell would turn the app into a plain Node process.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(plan.command, plan.args, { stdio: 'inherit', env });
    child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    return;
  }
  process.stderr.write(`${plan.message}\n\n`);
  await presentInBrowser(plan.deck, { port: 0 });
}

try {
  await run();
} catch (error) {
  if (!(error instanceof DeckError)) throw error;
  process.stderr.write(`deck: ${error.format()}\n`);
  process.exit(error.exitCode);
}
