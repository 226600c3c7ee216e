// Loads playwright-core with V8's code cache. The library is two bundles of ~3.5 MB of
// CommonJS each (utilsBundle.js, coreBundle.js), which Node compiles on every export:
// ~0.35 s, on the critical path of an export while the browser boots. Node 20 keeps no
// compiled code between runs (module.enableCompileCache arrived in Node 22), so the two
// bundles are compiled here with a cache kept beside ours and registered as the modules
// playwright-core's own require() then finds: ~0.15 s instead. Anything unexpected (a
// playwright-core that is laid out otherwise) falls back to a plain require().
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

type Playwright = typeof import('playwright-core');

/** The bundles in the order playwright-core's index.js loads them (coreBundle requires utilsBundle). */
const bundles = ['utilsBundle.js', 'coreBundle.js'];

interface CompiledBundle {
  script: Script;
  cacheFile: string;
  /** Start of the names of this bundle's caches. */
  prefix: string;
  /** True when the cache was missing or refused, so a new one is worth writing. */
  stale: boolean;
}

export interface LoadedPlaywright {
  playwright: Playwright;
  /** Writes the code caches that were missing, with the functions compiled so far. Never throws. */
  saveCache(): void;
}

export function loadPlaywright(cacheDir: string): LoadedPlaywright {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('playwright-core');
  const lib = join(dirname(entry), 'lib');
  const compiled: CompiledBundle[] = [];
  if (!require.cache[entry] && bundles.every((name) => existsSync(join(lib, name)))) {
    require(join(lib, 'bootstrap.js'));
    for (const name of bundles) compiled.push(runCached(join(lib, name), cacheDir));
  }
  return {
    playwright: require('playwright-core') as Playwright,
    saveCache() {
      for (const bundle of compiled) {
        if (bundle.stale) writeCache(bundle);
        bundle.stale = false;
      }
    },
  };
}

function runCached(file: string, cacheDir: string): CompiledBundle {
  const source = readFileSync(file, 'utf8');
  // V8 checks a cache against its own version and flags and the code's length only, so
  // the name says which file it was made from: its size and time of installation.
  const { size, mtimeMs } = statSync(file);
  const key = createHash('sha256').update(`${process.version}\0${process.arch}\0${file}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 16);
  const prefix = `${name(file)}-`;
  const cacheFile = join(cacheDir, `${prefix}${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // First export with this playwright-core.
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
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
  return { script, cacheFile, prefix, stale: !cachedData || script.cachedDataRejected === true };
}

function name(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1).replace(/\.js$/, '');
}

function writeCache({ script, cacheFile, prefix }: CompiledBundle): void {
  try {
    const dir = dirname(cacheFile);
    mkdirSync(dir, { recursive: true });
    // Caches of an earlier playwright-core or Node are dead weight.
    for (const old of readdirSync(dir)) if (old.startsWith(prefix) && old.endsWith('.bin') && join(dir, old) !== cacheFile) rmSync(join(dir, old), { force: true });
    // Written aside and renamed, so an export starting meanwhile never reads half a file.
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    // A read-only install or a full disk: exports stay correct, only slower.
  }
}
