// `npm start`'s decision, kept pure: Electron when its binary is on disk, the browser
// mode (`deck serve`) otherwise. The binary is looked for the way node_modules/electron
// finds it, but without require('electron'), which would try to download it.
import { isAbsolute, join, resolve } from 'node:path';

export interface FileSystemView {
  exists(path: string): boolean;
  readText(path: string): string | undefined;
}

export interface ElectronLookup {
  /** The binary, when found. */
  binary: string | undefined;
  /** Where it was looked for, for the message when it is missing. */
  lookedAt: string;
}

/** Mirrors electron/index.js: ELECTRON_OVERRIDE_DIST_PATH, else dist/<path.txt>. */
export function findElectronBinary(electronDir: string, env: NodeJS.ProcessEnv, fs: FileSystemView): ElectronLookup {
  const relative = fs.readText(join(electronDir, 'path.txt'))?.trim();
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, relative || 'electron');
    return { binary: fs.exists(binary) ? binary : undefined, lookedAt: binary };
  }
  if (!relative) return { binary: undefined, lookedAt: join(electronDir, 'path.txt') };
  const binary = join(electronDir, 'dist', relative);
  return { binary: fs.exists(binary) ? binary : undefined, lookedAt: binary };
}

export type StartPlan =
  | { mode: 'electron'; deck: string; command: string; args: string[] }
  | { mode: 'browser'; deck: string; message: string };

export interface StartInputs {
  /** Arguments after `npm start --`: an optional deck path. */
  argv: readonly string[];
  cwd: string;
  packageRoot: string;
  bundledDeck: string;
  electron: ElectronLookup;
}

export function missingElectronMessage(lookedAt: string): string {
  return [
    `Electron's binary is not installed (looked for ${lookedAt}), so the deck opens in your browser instead, with the same presenter view and live reload.`,
    'To get the desktop app, run `npx install-electron` in this folder, or run `npm install` again with network access;',
    'where the default download is blocked, set an Electron mirror first, e.g. `ELECTRON_MIRROR=https://<your mirror>/electron/ npx install-electron`.',
  ].join(' ');
}

export function planStart(inputs: StartInputs): StartPlan {
  const arg = inputs.argv.find((a) => !a.startsWith('-'));
  const deck = arg === undefined ? inputs.bundledDeck : isAbsolute(arg) ? arg : resolve(inputs.cwd, arg);
  if (inputs.electron.binary) return { mode: 'electron', deck, command: inputs.electron.binary, args: [inputs.packageRoot, deck] };
  return { mode: 'browser', deck, message: missingElectronMessage(inputs.electron.lookedAt) };
}
