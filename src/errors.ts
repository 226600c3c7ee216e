// One error type for failures that stop a command (as opposed to Diagnostics, which
// describe the user's deck and never throw). Each carries a code from the table below,
// a message, where it happened when known, and what to do.

import { printable } from './printable.js';

export const exitCodes = {
  ok: 0,
  /** The deck has errors (deck check, or a build refused because of them). */
  deckErrors: 1,
  /** Wrong command-line usage. */
  usage: 2,
  /** A file or folder could not be read or written. */
  io: 3,
  /** No browser was found for PDF export or tests. */
  noBrowser: 4,
  /** Anything unexpected: a bug. */
  internal: 70,
} as const;

const exitCodeMeaning: Record<keyof typeof exitCodes, string> = {
  ok: 'success',
  deckErrors: 'the deck has errors (check), or was not built, exported or served because of them',
  usage: 'wrong command-line usage',
  io: 'a file or folder could not be read or written, or the output folder is not ours to write',
  noBrowser: 'no Chromium/Chrome/Edge was found (PDF export)',
  internal: 'unexpected failure: a bug',
};

/** The exit code table as printed by `deck --help` (and kept in the README). */
export function exitCodeHelp(): string {
  return (Object.keys(exitCodes) as (keyof typeof exitCodes)[]).map((k) => `  ${String(exitCodes[k]).padStart(2)}  ${exitCodeMeaning[k]}`).join('\n');
}

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

export interface ErrorPlace {
  file: string;
  line?: number;
}

export class DeckError extends Error {
  constructor(
    readonly code: keyof typeof exitCodes,
    message: string,
    readonly hint: string,
    readonly place?: ErrorPlace,
  ) {
    super(message);
    this.name = 'DeckError';
  }

  get exitCode(): ExitCode {
    return exitCodes[this.code];
  }

  /** The one-paragraph form printed to a terminal (paths and deck text in it made printable). */
  format(): string {
    return printable(this.unsafeFormat());
  }

  private unsafeFormat(): string {
    // A message that already names the file reads better without it repeated in front.
    const named = this.place && !this.place.line && this.message.includes(this.place.file);
    const where = this.place && !named ? `${this.place.file}${this.place.line ? `:${this.place.line}` : ''}: ` : '';
    return `${where}${this.message}\n  ${this.hint}`;
  }
}
