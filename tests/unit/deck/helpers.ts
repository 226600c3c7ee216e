import { join } from 'node:path';
import type { Diagnostic, LoadResult } from '../../../src/deck/model.js';

export const decks = join(import.meta.dirname, '../../fixtures/decks');

/** The deck's shape: per stack, per slide: [file, startLine, endLine, title]. */
export function shape(result: LoadResult): [string, number, number, string][][] {
  return result.deck!.stacks.map((s) => s.slides.map((x) => [x.file, x.startLine, x.endLine, x.title]));
}

/** Diagnostics without their prose, for exact comparison. */
export function where(list: Diagnostic[]): string[] {
  return list.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`);
}
