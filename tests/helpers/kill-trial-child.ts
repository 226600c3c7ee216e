// The writer killed in the kill trial: it types into a buffer (journaled as the editor does)
// and saves a file over and over, alternating two versions, printing each keystroke's count.
import { readFileSync } from 'node:fs';
import { RecoveryJournal } from '../../src/edit/recovery-journal.js';
import { writeDeckFile } from '../../src/edit/deck-write.js';

const [deckDir, stateDir, fileA, fileB] = process.argv.slice(2) as [string, string, string, string];
const versionA = readFileSync(fileA, 'utf8');
const versionB = readFileSync(fileB, 'utf8');
const journal = new RecoveryJournal(deckDir, { stateDir });
let typed = '';
let saves = 0;
const tick = () => {
  typed += 'k';
  journal.note('typing.md', typed);
  process.stdout.write(`${typed.length}\n`);
  writeDeckFile(deckDir, 'saved.md', saves++ % 2 ? versionB : versionA);
  setTimeout(tick, 2);
};
tick();
