import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DeckError, exitCodes } from '../../../src/errors.js';
import { candidatePaths, findBrowser, isExecutableFile, type FinderEnvironment } from '../../../src/export/browser-finder.js';

/** A folder of fake browsers: executable shell scripts, as marp-cli tests its finder. */
function fakeBin(names: string[], { executable = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-finder-'));
  for (const name of names) {
    const path = join(dir, name);
    writeFileSync(path, '#!/bin/sh\nexit 0\n');
    chmodSync(path, executable ? 0o755 : 0o644);
  }
  return dir;
}

/** Only files under `root` exist, so the machine's own browsers never leak into the test. */
function linuxIn(root: string, env: Record<string, string | undefined> = {}): FinderEnvironment {
  return { platform: 'linux', env: { PATH: root, ...env }, isExecutable: (path) => path.startsWith(root) && isExecutableFile(path) };
}

describe('findBrowser', () => {
  test('the --browser flag wins over CHROME_PATH and the install places', () => {
    const dir = fakeBin(['my-chrome', 'env-chrome', 'chromium']);
    const env = linuxIn(dir, { CHROME_PATH: join(dir, 'env-chrome') });
    expect(findBrowser(join(dir, 'my-chrome'), env)).toBe(join(dir, 'my-chrome'));
  });

  test('CHROME_PATH is used when no flag is given', () => {
    const dir = fakeBin(['env-chrome', 'chromium']);
    expect(findBrowser(undefined, linuxIn(dir, { CHROME_PATH: join(dir, 'env-chrome') }))).toBe(join(dir, 'env-chrome'));
  });

  test('a --browser path that is not an executable is an error, not a silent fall-back', () => {
    const dir = fakeBin(['chromium']);
    const notExecutable = fakeBin(['chrome'], { executable: false });
    for (const path of [join(dir, 'missing'), join(notExecutable, 'chrome'), dir]) {
      const error = (() => {
        try {
          findBrowser(path, linuxIn(dir));
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(DeckError);
      expect((error as DeckError).exitCode).toBe(exitCodes.noBrowser);
      expect((error as DeckError).message).toContain(path);
    }
  });

  test('on Linux the usual names are found on PATH, Chromium before Chrome before Edge', () => {
    expect(findBrowser(undefined, linuxIn(fakeBin(['microsoft-edge', 'google-chrome-stable', 'chromium-browser'])))).toMatch(/chromium-browser$/);
    expect(findBrowser(undefined, linuxIn(fakeBin(['microsoft-edge', 'google-chrome-stable'])))).toMatch(/google-chrome-stable$/);
    expect(findBrowser(undefined, linuxIn(fakeBin(['microsoft-edge'])))).toMatch(/microsoft-edge$/);
  });

  test('a non-executable file with a browser name is skipped', () => {
    const dir = fakeBin(['chromium'], { executable: false });
    mkdirSync(join(dir, 'google-chrome'));
    expect(() => findBrowser(undefined, linuxIn(dir))).toThrow(DeckError);
  });

  test('when nothing is found the error names every place it looked and what to do', () => {
    const dir = fakeBin([]);
    let error: DeckError | undefined;
    try {
      findBrowser(undefined, linuxIn(dir));
    } catch (e) {
      error = e as DeckError;
    }
    expect(error?.exitCode).toBe(exitCodes.noBrowser);
    expect(error?.message).toContain('--browser');
    expect(error?.message).toContain('CHROME_PATH');
    expect(error?.message).toContain('/usr/bin/chromium');
    expect(error?.message).toContain(`${dir}/google-chrome`);
    expect(error?.hint).toMatch(/--browser <path>.*CHROME_PATH/);
  });
});

describe('candidatePaths', () => {
  test('macOS looks in /Applications and ~/Applications for Chromium, Chrome and Edge', () => {
    const paths = candidatePaths({ platform: 'darwin', env: { HOME: '/Users/li' } });
    expect(paths).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(paths).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(paths).toContain('/Users/li/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  test('Windows looks under Program Files and the user\'s local app data', () => {
    const paths = candidatePaths({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' } });
    expect(paths).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(paths).toContain('C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  test('Linux checks the system folders even with an empty PATH', () => {
    const paths = candidatePaths({ platform: 'linux', env: {} });
    expect(paths).toEqual(expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge']));
  });
});
