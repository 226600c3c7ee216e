// Prints a deck's diagnostics with the engine's formatter (src/deck/diagnostics.ts),
// prefixing file names with the deck folder as seen from the working folder so that
// `file:line:col` opens from the user's shell.
import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { formatDiagnostics } from '../deck/diagnostics.js';
import type { Diagnostic } from '../deck/model.js';

/** `slides/` for a deck folder `slides` (diagnostics hold paths relative to the deck folder). */
export function deckPrefix(deckPath: string, cwd = process.cwd()): string {
  let root = resolve(cwd, deckPath);
  try {
    if (!statSync(root).isDirectory()) root = dirname(root);
  } catch {
    /* a missing path is reported before diagnostics exist */
  }
  const rel = relative(cwd, root);
  if (rel === '') return '';
  return `${rel.startsWith('..') && rel.split(sep).filter((p) => p === '..').length > 2 ? root : rel}${sep}`;
}

export function printDiagnostics(deckPath: string, diagnostics: readonly Diagnostic[], to: NodeJS.WritableStream): void {
  if (!diagnostics.length) return;
  // A path outside the deck (the deck path itself, when it does not exist) is shown as is.
  const prefix = deckPrefix(deckPath);
  to.write(formatDiagnostics(diagnostics.map((d) => (isAbsolute(d.file) ? d : { ...d, file: `${prefix}${d.file}` }))));
}
