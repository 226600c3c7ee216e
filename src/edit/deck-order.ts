// Reordering a deck's files writes deck.yaml's `order`, and renaming a file renames its
// entry there: the user's files keep their names (no renumbering, so links, history and
// other tools still find them). Only the `order` entry of the text changes: comments and
// every other setting stay as they were written.
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import { configFileName } from '../deck/files.js';
import { DeckError } from '../errors.js';

function orderBlock(files: readonly string[]): string {
  const list = stringify([...files]).trimEnd().replace(/^/gm, '  ');
  return files.length === 0 ? 'order: []' : `order:\n${list}`;
}

/** deck.yaml's text (null: there is none yet) with `order` set to `files`. */
export function withOrder(yamlText: string | null, files: readonly string[]): string {
  const text = yamlText ?? '';
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const line = doc.errors[0]!.linePos?.[0].line ?? 1;
    throw new DeckError('usage', `${configFileName} has an error, so the file order cannot be written into it`, `Fix ${configFileName} (line ${line}) first, then move the file again.`, { file: configFileName, line });
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new DeckError('usage', `${configFileName} is not a list of settings`, 'Make it `key: value` lines (see the README), then move the file again.', { file: configFileName });
  }
  const pair = doc.contents?.items.find((p) => isScalar(p.key) && p.key.value === 'order');
  if (pair && isScalar(pair.key) && pair.key.range) {
    const end = (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? pair.key.range[2];
    // A block list ends after its last line break; what follows the entry stays as it was.
    const tail = text.slice(pair.key.range[0], end).endsWith('\n') ? '\n' : '';
    return `${text.slice(0, pair.key.range[0])}${orderBlock(files)}${tail}${text.slice(end)}`;
  }
  const before = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${before}${orderBlock(files)}\n`;
}
