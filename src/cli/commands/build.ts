import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { sitePaths } from '../../contract.js';
import { exitCodes } from '../../errors.js';
import { deckArgument } from '../deck-argument.js';
import { printDiagnostics } from '../diagnostics-output.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Write the deck as a self-contained folder that opens from disk or any static server, with no network.')
    .addArgument(deckArgument())
    .option('-o, --out <dir>', 'output folder (created when missing; refused if it holds files deck build did not write)', 'dist')
    .option('--no-layout', 'do not lay the slides out in a browser to find the ones that overflow their frame')
    .option('--browser <path>', 'Chromium, Chrome or Edge for the layout check (default: CHROME_PATH, then the usual install places)')
    .addHelpText(
      'after',
      `
The folder holds index.html, the reveal.js runtime, the theme, the Chinese font cut
down to the characters the deck uses, and the deck's images. A deck with errors is not
built (exit ${exitCodes.deckErrors}); warnings are printed and the deck is built. Slides that
run past their frame are reported after the build when a Chromium, Chrome or Edge is found.`,
    )
    .action(async (dir: string, opts: { out: string; layout: boolean; browser?: string }) => {
      // Loaded when the command runs (here and in the other commands): each command pays
      // only for the code it uses, not for the server's, the exporter's or the browser's.
      const [{ buildOfflineFolder }, { requireDeck }] = await Promise.all([import('../../build/offline.js'), import('../../deck/load.js')]);
      requireDeck(dir);
      const result = await buildOfflineFolder(dir, opts.out);
      printDiagnostics(dir, result.diagnostics, process.stderr);
      if (!result.ok) {
        process.stderr.write('deck: not built, because the deck has errors (listed above).\n');
        process.exitCode = exitCodes.deckErrors;
        return;
      }
      const kb = Math.round(result.bytes / 1024);
      const shown = relative(process.cwd(), result.outDir);
      const where = shown === '' ? '.' : shown.startsWith('..') ? result.outDir : shown;
      process.stdout.write(`Built ${where}/ (${result.files} files, ${kb} KB). Open ${join(where, sitePaths.page)} in a browser, or serve the folder with any static web server.\n`);
      if (!opts.layout) return;
      const { checkLayout } = await import('../../export/overflow.js');
      const layout = await checkLayout(result.deck, opts.browser);
      if (!layout.checked) {
        process.stderr.write(`Slide overflow not checked: ${layout.reason}\n`);
        return;
      }
      printDiagnostics(dir, layout.diagnostics, process.stderr);
      const n = layout.diagnostics.length;
      process.stdout.write(n === 0 ? 'Every slide fits its frame.\n' : `${n} slide${n === 1 ? ' does' : 's do'} not fit ${n === 1 ? 'its' : 'their'} frame (listed above).\n`);
    });
}
