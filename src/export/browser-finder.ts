// Finds a Chromium-family browser to print with: the --browser flag, then CHROME_PATH,
// then the usual install places of Chromium, Chrome and Edge on this platform. The file
// system and environment come in as a seam so tests can point it at fake executables.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DeckError } from '../errors.js';

export interface FinderEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** True when `path` is a file this process may execute. */
  isExecutable(path: string): boolean;
}

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const systemEnvironment: FinderEnvironment = { platform: process.platform, env: process.env, isExecutable: isExecutableFile };

const linuxNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

/** Where each platform's browsers are usually installed, in order of preference. */
export function candidatePaths(environment: Pick<FinderEnvironment, 'platform' | 'env'>): string[] {
  const { platform, env } = environment;
  if (platform === 'darwin') {
    const apps = [
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    const roots = ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((root) => apps.map((app) => `${root}/${app}`));
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'].filter(
      (root): root is string => Boolean(root),
    );
    const exes = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return roots.flatMap((root) => exes.map((exe) => `${root}\\${exe}`));
  }
  // Linux and the other Unixes: the well-known places first, then every folder on PATH.
  const dirs = ['/usr/bin', '/usr/local/bin', '/snap/bin', ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  const unique = [...new Set(dirs)];
  return linuxNames.flatMap((name) => unique.map((dir) => `${dir}/${name}`));
}

/**
 * The browser to print with. An explicit choice (flag or CHROME_PATH) that does not exist
 * is an error rather than a silent fall-back, so a typo is never hidden.
 */
export function findBrowser(flag: string | undefined, environment: FinderEnvironment = systemEnvironment): string {
  for (const [explicit, source] of [
    [flag, '--browser'],
    [environment.env.CHROME_PATH, 'CHROME_PATH'],
  ] as const) {
    if (!explicit) continue;
    if (environment.isExecutable(explicit)) return explicit;
    throw new DeckError('noBrowser', `The browser given by ${source} (${explicit}) is not an executable file.`, `Give the path of a Chromium, Chrome or Edge executable.`);
  }
  const candidates = candidatePaths(environment);
  const found = candidates.find((path) => environment.isExecutable(path));
  if (found) return found;
  throw new DeckError(
    'noBrowser',
    `No Chromium, Chrome or Edge was found to print the PDF. Looked for: --browser (not given), CHROME_PATH (not set), ${candidates.join(', ')}.`,
    'Install Chromium or Google Chrome, or give its path with --browser <path> or the CHROME_PATH environment variable.',
  );
}
