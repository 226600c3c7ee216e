// Runs a compiled CommonJS file with V8's code cache. Node 20 keeps no compiled code
// between runs (module.enableCompileCache arrived in Node 22), so every `deck` command
// would compile its ~1 MB bundle, and then each function it calls, again: ~50 ms of a
// 0.3 s build. The cache is written after the command's work, so it holds the functions
// that work ran, and one is kept per command.
//
// V8 refuses a cache made by another V8 version or other flags, but of the code it only
// compares the length: the cache file name carries a hash of the code itself.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface CodeCachedModule {
  exports: unknown;
  /** What became of the cache: none yet, used, or refused by V8 (then compiled afresh). */
  cache: 'none' | 'used' | 'rejected';
  /** Writes the cache if there was none or V8 refused it. Never throws: a cache is only a speed-up. */
  saveCache(): void;
}

/**
 * Loads `file` (CommonJS, no dynamic import(): V8 drops the import hook from cached code)
 * as Node's loader would, with its code cache from `cacheDir`. `variant` names the
 * command the cache is for.
 */
export function loadWithCodeCache(file: string, cacheDir: string, variant: string): CodeCachedModule {
  const source = readFileSync(file, 'utf8');
  const prefix = `${basename(file)}-`;
  const key = createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(source).digest('hex').slice(0, 16);
  const cacheFile = join(cacheDir, `${prefix}${key}-${variant}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    /* first run of this build */
  }
  // Node's own CommonJS wrapper, on the first line so line numbers in stack traces hold.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.replace(/^#!/, '//')}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));

  const cache = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  return {
    exports: module.exports,
    cache,
    saveCache() {
      if (cache === 'used') return;
      try {
        mkdirSync(cacheDir, { recursive: true });
        // Caches of earlier builds of the file are dead weight.
        for (const name of readdirSync(cacheDir)) if (name.startsWith(prefix) && !name.startsWith(`${prefix}${key}-`)) rmSync(join(cacheDir, name), { force: true });
        // Written aside and renamed, so a process starting meanwhile never reads half a file.
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
      } catch {
        /* read-only install or full disk: run uncached */
      }
    },
  };
}
