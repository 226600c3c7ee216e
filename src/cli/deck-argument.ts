// The [dir] argument every command takes, said the same way in every --help: the deck's
// path, or the bundled deck when none is given.
import { Argument } from 'commander';
import { bundledDeckDir } from '../paths.js';

export function deckArgument(what = 'deck folder or single .md file'): Argument {
  return new Argument('[dir]', what).default(bundledDeckDir, 'the bundled deck');
}
