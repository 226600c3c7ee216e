import { Argument, type Command } from 'commander';
import { exitCodes } from '../../errors.js';
import { bundledDeckDir } from '../../paths.js';
import { hasErrors, summarize } from '../../deck/diagnostics.js';
import { loadDeck } from '../../deck/load.js';
import { printDiagnostics } from '../diagnostics-output.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Print the problems in a deck as file:line:col: severity: message; exit 1 when there are errors.')
    .addArgument(new Argument('[dir]', 'deck folder or single .md file').default(bundledDeckDir, 'the bundled deck'))
    .addHelpText('after', `\nExit status: ${exitCodes.ok} when the deck has no errors (warnings allowed), ${exitCodes.deckErrors} when it has errors.`)
    .action((dir: string) => {
      const { deck, diagnostics } = loadDeck(dir);
      printDiagnostics(dir, diagnostics, process.stdout);
      const slides = deck ? deck.stacks.reduce((n, s) => n + s.slides.length, 0) : 0;
      process.stderr.write(`${summarize(diagnostics)} in ${slides} slide${slides === 1 ? '' : 's'}.\n`);
      if (!deck || hasErrors(diagnostics)) process.exitCode = exitCodes.deckErrors;
    });
}
