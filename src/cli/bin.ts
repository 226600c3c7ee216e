#!/usr/bin/env node
// The `deck` executable (out/cli.mjs). It turns on Node's compile cache before it loads
// the command line (cli-main.mjs beside it), so a later run loads that bundle, and
// playwright-core for an export, already compiled.
import { enableCompileCache } from 'node:module';
import { setFlagsFromString } from 'node:v8';

enableCompileCache();
// V8 runs a regular expression in its interpreter until it has been used a few times,
// and only then compiles it. marked's are large and each runs on every line, so a
// process that renders a few slides and ends spends most of its markdown time there:
// compiled at once, the first three slides of the shipped deck render in 18 ms instead
// of 50, and `deck build` takes ~20 ms less CPU.
setFlagsFromString('--no-regexp-tier-up');
const { main } = (await import(new URL('./cli-main.mjs', import.meta.url).href)) as typeof import('./main.js');
await main(process.argv);
