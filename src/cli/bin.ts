#!/usr/bin/env node
// The `deck` executable (out/cli.mjs). It turns on Node's compile cache before it loads
// the command line (cli-main.mjs beside it), so a later run loads that bundle, and
// playwright-core for an export, already compiled.
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { main } = (await import(new URL('./cli-main.mjs', import.meta.url).href)) as typeof import('./main.js');
await main(process.argv);
