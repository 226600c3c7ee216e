#!/usr/bin/env node
// `npm start [-- deck]`: present in Electron when its binary is installed, otherwise say
// so in one paragraph and present in the browser (`deck serve`) instead. The decision is
// in start-plan.ts; this file only carries it out.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeckError, exitCodes } from '../errors.js';
import { bundledDeckDir, packageRoot } from '../paths.js';
import { startDeckServer } from '../serve/server.js';
import { printDiagnostics } from './diagnostics-output.js';
import { findElectronBinary, planStart } from './start-plan.js';

const electron = findElectronBinary(join(packageRoot, 'node_modules', 'electron'), process.env, {
  exists: existsSync,
  readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
});
const plan = planStart({ argv: process.argv.slice(2), cwd: process.cwd(), packageRoot, bundledDeck: bundledDeckDir, electron });

if (plan.mode === 'electron') {
  // ELECTRON_RUN_AS_NODE from a parent shell would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(plan.command, plan.args, { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
} else {
  process.stderr.write(`${plan.message}\n\n`);
  try {
    const server = await startDeckServer({ path: plan.deck, onDiagnostics: (diagnostics) => printDiagnostics(plan.deck, diagnostics, process.stderr) });
    process.stdout.write(`Audience:  ${server.url}\nPresenter: ${server.presenterUrl}\nOpen these in a browser. Watching ${plan.deck} for changes. Press Ctrl+C to stop.\n`);
    const stop = (): void => void server.close().then(() => process.exit(exitCodes.ok));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    if (!(error instanceof DeckError)) throw error;
    process.stderr.write(`deck: ${error.format()}\n`);
    process.exit(error.exitCode);
  }
}
