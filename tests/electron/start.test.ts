import { describe, expect, test } from 'vitest';
import { findElectronBinary, planStart, type FileSystemView } from '../../src/cli/start-plan.js';

function fakeFs(files: Record<string, string>): FileSystemView {
  return { exists: (p) => p in files, readText: (p) => files[p] };
}
const electronDir = '/app/node_modules/electron';

describe('finding the Electron binary without requiring electron', () => {
  test('path.txt and the binary it names: found', () => {
    const fs = fakeFs({ [`${electronDir}/path.txt`]: 'electron', [`${electronDir}/dist/electron`]: '' });
    expect(findElectronBinary(electronDir, {}, fs).binary).toBe(`${electronDir}/dist/electron`);
  });
  test('path.txt but no dist (download failed half-way): missing', () => {
    const fs = fakeFs({ [`${electronDir}/path.txt`]: 'electron' });
    expect(findElectronBinary(electronDir, {}, fs)).toEqual({ binary: undefined, lookedAt: `${electronDir}/dist/electron` });
  });
  test('no path.txt (never downloaded, as on this machine): missing', () => {
    expect(findElectronBinary(electronDir, {}, fakeFs({}))).toEqual({ binary: undefined, lookedAt: `${electronDir}/path.txt` });
  });
  test('ELECTRON_OVERRIDE_DIST_PATH is honoured as electron itself does', () => {
    const fs = fakeFs({ '/opt/electron/electron': '' });
    expect(findElectronBinary(electronDir, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, fs).binary).toBe('/opt/electron/electron');
  });
  test('macOS path.txt names the app bundle binary', () => {
    const inner = 'Electron.app/Contents/MacOS/Electron';
    const fs = fakeFs({ [`${electronDir}/path.txt`]: inner, [`${electronDir}/dist/${inner}`]: '' });
    expect(findElectronBinary(electronDir, {}, fs).binary).toBe(`${electronDir}/dist/${inner}`);
  });
});

describe('planStart', () => {
  const base = { cwd: '/home/u', packageRoot: '/app', bundledDeck: '/app/slides' };
  test('with Electron: it runs the app with the bundled deck by default', () => {
    expect(planStart({ ...base, argv: [], electron: { binary: '/e/electron', lookedAt: '/e/electron' } })).toEqual({ mode: 'electron', deck: '/app/slides', command: '/e/electron', args: ['/app', '/app/slides'] });
  });
  test('with Electron and a deck path: that deck, resolved', () => {
    const plan = planStart({ ...base, argv: ['talks/q3'], electron: { binary: '/e/electron', lookedAt: '' } });
    expect(plan).toMatchObject({ mode: 'electron', args: ['/app', '/home/u/talks/q3'] });
  });
  test('without Electron: browser mode, with one paragraph saying why and how to install it', () => {
    const plan = planStart({ ...base, argv: ['/decks/x'], electron: { binary: undefined, lookedAt: '/app/node_modules/electron/path.txt' } });
    expect(plan.mode).toBe('browser');
    if (plan.mode !== 'browser') return;
    expect(plan.deck).toBe('/decks/x');
    expect(plan.message).not.toContain('\n');
    expect(plan.message).toContain("Electron's binary is not installed");
    expect(plan.message).toContain('npx install-electron');
    expect(plan.message).toContain('npm install');
    expect(plan.message).toContain('ELECTRON_MIRROR=');
    expect(plan.message).toContain('/app/node_modules/electron/path.txt');
  });
});
