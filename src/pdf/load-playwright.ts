// Loads playwright-core with V8's code cache. The library is two bundles of ~3.5 MB of
// CommonJS each (utilsBundle.js, coreBundle.js), which Node compiles on every export:
// ~0.35 s, on the critical path of an export while the browser boots. Node 20 keeps no
// compiled code between runs (module.enableCompileCache arrived in Node 22), so the two
// bundles are compiled here with a cache kept beside ours and registered as the modules
// playwright-core's own require() then finds: ~0.15 s instead. Anything unexpected (a
// playwright-core that is laid out otherwise) falls back to a plain require().
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadWithCodeCache, type CodeCachedModule } from '../code-cache.js';

type Playwright = typeof import('playwright-core');

/** The bundles in the order playwright-core's index.js loads them (coreBundle requires utilsBundle). */
const bundles = ['utilsBundle.js', 'coreBundle.js'];

export interface LoadedPlaywright {
  playwright: Playwright;
  /** Writes the code caches that were missing, with the functions compiled so far. Never throws. */
  saveCache(): void;
}

export function loadPlaywright(cacheDir: string): LoadedPlaywright {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('playwright-core');
  const lib = join(dirname(entry), 'lib');
  const compiled: CodeCachedModule[] = [];
  if (!require.cache[entry] && bundles.every((name) => existsSync(join(lib, name)))) {
    require(join(lib, 'bootstrap.js'));
    for (const name of bundles) compiled.push(loadWithCodeCache(join(lib, name), cacheDir, 'pdf', 'file-stat'));
  }
  return {
    playwright: require('playwright-core') as Playwright,
    saveCache() {
      for (const bundle of compiled) bundle.saveCache();
    },
  };
}
