// Runs a CommonJS file with V8's code cache. Node 20 keeps no compiled code between runs
// (module.enableCompileCache arrived in Node 22), so every `deck` command would compile
// its ~1 MB bundle, and PDF export playwright-core's ~7 MB, again on every run: ~50 ms
// of a 0.3 s build, ~0.2 s of an export. The cache is written after the caller's work,
// so it holds the functions that work ran.
//
// V8 refuses a cache made by another V8 version or other flags, but of the code it only
// compares the length: the cache file name carries what identifies the code itself.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
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
 * How the cache knows the code: by a hash of its text (our own bundles, rebuilt in
 * place), or by the file's size and time (an installed package's files, too large to
 * hash on every run and replaced, not edited, when the package changes).
 */
export type CodeIdentity = 'content' | 'file-stat';

/**
 * Loads `file` as Node's loader would (registered in require.cache, so a later require()
 * of it finds this instance), with its code cache from `cacheDir`. `variant` names the
 * use the cache is for (the CLI keeps one per command). The file must not use dynamic
 * import(): V8 drops the import hook from cached code.
 */
export function loadWithCodeCache(file: string, cacheDir: string, variant: string, identity: CodeIdentity = 'content'): CodeCachedModule {
  const source = readFileSync(file, 'utf8');
  const prefix = `${basename(file)}-`;
  const hash = createHash('sha256').update(`${process.version}\0${process.arch}\0`);
  if (identity === 'content') hash.update(source);
  else {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file}\0${size}\0${mtimeMs}`);
  }
  const key = hash.digest('hex').slice(0, 16);
  const cacheFile = join(cacheDir, `${prefix}${key}-${variant}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    /* first run of this code */
  }
  // Node's own CommonJS wrapper, on the first line so line numbers in stack traces hold.
  const script = new Script(Module.wrap(source.replace(/^#!/, '//')), { filename: file, cachedData });
  const module = new Module(file);
  module.filename = file;
  const require = createRequire(file);
  require.cache[file] = module;
  try {
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  module.loaded = true;

  const cache = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  let saved = cache === 'used';
  return {
    exports: module.exports,
    cache,
    saveCache() {
      if (saved) return;
      saved = true;
      try {
        mkdirSync(cacheDir, { recursive: true });
        // Caches of earlier versions of the code are dead weight.
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
