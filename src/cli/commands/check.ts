import type { Command } from 'commander';
import { exitCodes } from '../../errors.js';
import { hasErrors, summarize } from '../../deck/diagnostics.js';
import { deckArgument } from '../deck-argument.js';
import { printDiagnostics } from '../diagnostics-output.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Print the problems in a deck as file:line:col: severity: message; exit 1 when there are errors.')
    .addArgument(deckArgument())
    .option('--no-layout', 'do not lay the slides out in a browser to find the ones that overflow their frame')
    .option('--browser <path>', 'Chromium, Chrome or Edge for the layout check (default: CHROME_PATH, then the usual install places)')
    .addHelpText(
      'after',
      `
Slides that run past their frame are found by laying the deck out in the browser the PDF
export uses; without one, that check is skipped and the summary says so.

Exit status: ${exitCodes.ok} when the deck has no errors (warnings allowed), ${exitCodes.deckErrors} when it has errors.`,
    )
    .action(async (dir: string, opts: { layout: boolean; browser?: string }) => {
      const { loadDeck, requireDeck } = await import('../../deck/load.js');
      requireDeck(dir);
      const { deck, diagnostics } = loadDeck(dir);
      const layout = deck && opts.layout ? await (await import('../../export/overflow.js')).checkLayout(deck, opts.browser) : null;
      const all = layout?.checked ? [...diagnostics, ...layout.diagnostics] : diagnostics;
      printDiagnostics(dir, all, process.stdout);
      const slides = deck ? deck.stacks.reduce((n, s) => n + s.slides.length, 0) : 0;
      // All of it is the result, for `deck check > report.txt`; stderr is for the tool's own failures.
      process.stdout.write(`${summarize(all)} in ${slides} slide${slides === 1 ? '' : 's'}.\n`);
      if (layout && !layout.checked) process.stdout.write(`Slide overflow not checked: ${layout.reason}\n`);
      if (!deck || hasErrors(all)) process.exitCode = exitCodes.deckErrors;
    });
}
