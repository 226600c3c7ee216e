// The electron-builder configuration, checked with electron-builder's own schema
// validator (the packager itself cannot run here: it needs the Electron binary).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/paths.js';

const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  build: Record<string, unknown> & {
    files: string[];
    electronFuses: Record<string, boolean>;
    linux: { target: string[] };
    mac: { target: string[] };
    win: { target: string[] };
  };
};
const { build } = manifest;
const require = createRequire(import.meta.url);

describe('electron-builder configuration', () => {
  test('passes electron-builder 26 schema validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(build, { isEnabled: false, add() {} })).resolves.toBeUndefined();
  });

  test('an unknown key is caught by that validator (so the check above means something)', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration({ ...build, electronFusez: {} }, { isEnabled: false, add() {} })).rejects.toThrow();
  });

  test('targets: Linux AppImage + deb, macOS dmg, Windows nsis', () => {
    expect(build.linux.target).toEqual(['AppImage', 'deb']);
    expect(build.mac.target).toEqual(['dmg']);
    expect(build.win.target).toEqual(['nsis']);
  });

  test('the fuses close Node escape hatches and pin the app to its asar', () => {
    expect(build.asar).toBe(true);
    expect(build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  test('the package holds the compiled app, its assets and the bundled deck, and starts at the main bundle', () => {
    for (const pattern of ['out/**', 'assets/**', 'slides/**', 'package.json']) expect(build.files).toContain(pattern);
    expect(build.icon).toBe('assets/icon.png');
    expect(manifest.main).toBe('out/electron/main.cjs');
    expect(manifest.scripts.dist).toMatch(/esbuild\.config\.mjs.*electron-builder/);
  });
});
