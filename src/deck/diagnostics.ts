// Making and printing Diagnostics. Every problem in a user's deck goes through here so
// they all look the same: `file:line:col: severity: message` and an indented hint, the
// shape editors and terminals turn into clickable links.
import { isAbsolute } from 'node:path';
import type { Diagnostic, DiagnosticCode, Severity } from './model.js';
import { printable } from '../printable.js';

export interface Place {
  file: string;
  line: number;
  column?: number;
}

export function diagnostic(place: Place, severity: Severity, code: DiagnosticCode, message: string, hint: string): Diagnostic {
  return { file: place.file, line: Math.max(1, place.line), column: Math.max(1, place.column ?? 1), severity, code, message, hint };
}

export const error = (place: Place, code: DiagnosticCode, message: string, hint: string): Diagnostic =>
  diagnostic(place, 'error', code, message, hint);

export const warning = (place: Place, code: DiagnosticCode, message: string, hint: string): Diagnostic =>
  diagnostic(place, 'warning', code, message, hint);

export interface FormatOptions {
  /**
   * Prefix for the file names, e.g. the deck folder as the user typed it (`slides/`), so
   * the printed location opens from the user's shell. Diagnostics hold paths relative
   * to the deck folder.
   */
  prefix?: string;
}

/**
 * `file:line:col: severity: message` and, on the next line, the indented hint; deck text
 * in it (file names, quoted markup) with terminal controls escaped, one line per part.
 */
export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}): string {
  const line = (text: string) => printable(text).replace(/\n/g, ' ');
  // The prefix leads to the deck folder; a path of its own (the deck itself, given as /tmp/x.md) needs none.
  const file = isAbsolute(d.file) ? d.file : `${options.prefix ?? ''}${d.file}`;
  const head = `${line(file)}:${d.line}:${d.column}: ${d.severity}: ${line(d.message)}`;
  return d.hint ? `${head}\n  ${line(d.hint)}\n` : `${head}\n`;
}

export function formatDiagnostics(list: readonly Diagnostic[], options: FormatOptions = {}): string {
  return list.map((d) => formatDiagnostic(d, options)).join('');
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** A one-line summary for the end of `deck check`: "2 errors, 1 warning". */
export function summarize(list: readonly Diagnostic[]): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Levenshtein distance, for "did you mean" hints on short words. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate, when it is close enough to be a likely typo (or a prefix match). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = c.startsWith(lower) || lower.startsWith(c) ? 1 : distance(lower, c.toLowerCase());
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
