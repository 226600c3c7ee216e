// What a packaged app needs, checked where the packager itself cannot run (it needs the
// Electron binary): the configuration passes electron-builder's own validator, every file
// the compiled app loads is inside the `files` globs, every package it loads at run time
// is a production dependency (electron-builder packs only those), and the fuses are ones
// @electron/fuses knows, in a combination that holds. Needs `npm run compile` first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, matchesGlob, relative, sep } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, test } from 'vitest';
import * as paths from '../../src/paths.js';

const { packageRoot } = paths;
const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  build: Record<string, unknown> & { files: string[]; asar: boolean; electronFuses: Record<string, boolean> };
};
const { build } = manifest;
const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};

/** electron-builder's rule: the last pattern that matches a path decides, `!` excluding. */
function packaged(path: string): boolean {
  let included = false;
  for (const pattern of build.files) {
    const negated = pattern.startsWith('!');
    if (matchesGlob(path, negated ? pattern.slice(1) : pattern)) included = !negated;
  }
  return included;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [relative(packageRoot, dir).split(sep).join('/')];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(packageRoot, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The install paths the app reads (src/paths.ts), split into the package's own folders and installed packages. */
const installPaths = Object.values(paths).filter((value): value is string => typeof value === 'string' && value !== packageRoot && value.startsWith(packageRoot));
const ownFolders = installPaths.map((p) => relative(packageRoot, p).split(sep).join('/')).filter((p) => !p.startsWith('node_modules/'));
const readPackages = installPaths.map((p) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(p)?.[1]?.replace(/\\/g, '/')).filter((name): name is string => name !== undefined && name !== '.cache')
  // The packaged app is Electron: its npm package is read only by `npm start` in a checkout.
  .filter((name) => name !== 'electron');

describe('electron-builder configuration', () => {
  test('passes electron-builder 26 schema validation, which does catch an unknown key', async () => {
    await expect(validateConfiguration(build, { isEnabled: false, add() {} })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...build, electronFusez: {} }, { isEnabled: false, add() {} })).rejects.toThrow();
    // Loading the validator's schema takes seconds on a busy machine.
  }, 120_000);

  test('the compiled main, its preload and the browser runtime are packaged', () => {
    const needed = [manifest.main, 'out/electron/preload.cjs', ...filesUnder(paths.webDir)];
    expect(needed.length).toBeGreaterThan(2);
    for (const file of needed) {
      expect(existsSync(join(packageRoot, file)), `${file} exists after compile`).toBe(true);
      expect(packaged(file), `${file} is in build.files`).toBe(true);
    }
    // The manifest itself: the app finds its install folder by it (src/paths.ts).
    expect(packaged('package.json')).toBe(true);
  });

  test('every file and folder of the app that src/paths.ts names is packaged with all its files', () => {
    expect(ownFolders.length).toBeGreaterThan(0);
    for (const folder of ownFolders) {
      const files = filesUnder(join(packageRoot, folder));
      expect(files.length, `${folder} has files`).toBeGreaterThan(0);
      expect(files.filter((file) => !packaged(file)), `${folder}: files left out of build.files`).toEqual([]);
    }
  });

  test('every package the main process loads at run time is a production dependency', () => {
    const main = readFileSync(join(packageRoot, manifest.main), 'utf8');
    // What esbuild left outside the bundle: require("x"), import("x"), and createRequire(...)("x").
    const specifiers = [...main.matchAll(/(?:\brequire|\bimport|\bcreateRequire\)?\([^()]*\))\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!);
    const external = specifiers
      .filter((name) => !name.startsWith('node:') && !name.startsWith('.') && !builtinModules.includes(name) && name !== 'electron')
      .map((name) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/'));
    expect(external.length).toBeGreaterThan(0);
    for (const name of new Set([...external, ...readPackages])) expect(manifest.dependencies, `${name} must be in dependencies to be packaged`).toHaveProperty([name]);
  });

  test('every fuse is one @electron/fuses knows, Node cannot be reached through the binary, and the asar ones have an asar', () => {
    const fuseOf = (key: string) => (FuseV1Options as unknown as Record<string, number>)[key[0]!.toUpperCase() + key.slice(1)];
    for (const key of Object.keys(build.electronFuses)) expect(fuseOf(key), `${key} is a fuse of the V1 wire`).toBeTypeOf('number');
    for (const value of Object.values(build.electronFuses)) expect(value).toBeTypeOf('boolean');
    // A fuse left unset keeps Electron's default, which for these lets the binary run as Node.
    for (const escape of ['runAsNode', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments']) expect(build.electronFuses[escape], escape).toBe(false);
    if (build.electronFuses.onlyLoadAppFromAsar || build.electronFuses.enableEmbeddedAsarIntegrityValidation) expect(build.asar).toBe(true);
  });
});
