// Which deck a launch asks for: the first argument that is not a Chromium/Electron flag.
// The second instance passes its request as additionalData (validated here), because its
// argv carries flags Chromium adds and differs between `electron .` and a packaged app.
import { isAbsolute, resolve } from 'node:path';

/** `args`: process.argv after the executable (and, unpackaged, after the app path). */
export function deckArgument(args: readonly string[], cwd: string): string | undefined {
  const arg = args.find((a) => a !== '' && !a.startsWith('-'));
  return arg === undefined ? undefined : resolve(cwd, arg);
}

export interface SecondInstanceData {
  deckPath?: string;
}

/** The deck a second launch asked for, or undefined (then the first instance just comes forward). */
export function secondInstanceDeck(additionalData: unknown): string | undefined {
  if (typeof additionalData !== 'object' || additionalData === null) return undefined;
  const path = (additionalData as Record<string, unknown>).deckPath;
  return typeof path === 'string' && isAbsolute(path) && path.length < 4096 ? path : undefined;
}
