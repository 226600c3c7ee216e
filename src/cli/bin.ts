#!/usr/bin/env node
// The `deck` executable (out/cli.mjs). The command line itself (main.ts) is compiled to
// cli-main.cjs beside this file and run through V8's code cache, which takes ~50 ms off
// every command; see src/code-cache.ts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../paths.js';
import { loadWithCodeCache } from '../code-cache.js';

const command = process.argv[2] ?? '';
const cli = loadWithCodeCache(
  join(dirname(fileURLToPath(import.meta.url)), 'cli-main.cjs'),
  join(packageRoot, 'node_modules', '.cache', 'deck-cli'),
  /^[a-z]+$/.test(command) ? command : 'other',
);
await (cli.exports as typeof import('./main.js')).main(process.argv);
// A command that stopped early (a deck with errors) ran too little of the code to be worth caching.
if (!process.exitCode) cli.saveCache();
