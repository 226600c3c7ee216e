// `deck export pdf [dir]`: the deck as a PDF printed by a found Chromium, Chrome or Edge.
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Command } from 'commander';
import { hasErrors } from '../../deck/diagnostics.js';
import { printable } from '../../printable.js';
import { DeckError, exitCodes } from '../../errors.js';
import { bundledDeckDir } from '../../paths.js';
import { findBrowser } from '../../pdf/browser-finder.js';
import { parsePdfFlags } from '../../pdf/options.js';
import { defaultPdfName } from '../../pdf/output-name.js';
import { progressLine } from '../../pdf/progress.js';
import { printDiagnostics } from '../diagnostics-output.js';

interface ExportFlags {
  output?: string;
  layout?: string;
  notes?: boolean;
  fragments?: string;
  browser?: string;
}

async function exportPdfCommand(dir: string, flags: ExportFlags): Promise<void> {
  const options = parsePdfFlags(flags);
  if ('error' in options) throw new DeckError('usage', options.error, 'See deck export pdf --help.');
  // Find the browser before any work, so a missing one is reported at once.
  const browser = findBrowser(flags.browser);
  // Loaded here, not at the top, so other deck commands do not load the export code.
  const [{ exportPdf, slideCount }, { PlaywrightRenderer }, { loadDeck }] = await Promise.all([import('../../pdf/export.js'), import('../../pdf/playwright-renderer.js'), import('../../deck/load.js')]);
  const renderer = new PlaywrightRenderer(browser);
  try {
    const { deck, diagnostics } = loadDeck(dir);
    printDiagnostics(dir, diagnostics, process.stderr);
    if (!deck || hasErrors(diagnostics)) {
      process.stderr.write('deck: no PDF written, because the deck has errors (listed above).\n');
      process.exitCode = exitCodes.deckErrors;
      return;
    }
    // Started only for a deck that will be printed (a launched browser is not cheap to
    // end); it boots while the site is built.
    renderer.start();
    const output = resolve(flags.output ?? defaultPdfName(deck.config.title, deck.root, options.layout));
    const progress = progressLine(process.stderr, 'deck export pdf');
    const pdf = await exportPdf(deck, options, renderer, { onProgress: progress }).finally(() => progress.stop());
    try {
      writeFileSync(output, pdf);
    } catch (error) {
      throw new DeckError('io', `Cannot write ${output}: ${(error as Error).message}.`, 'Choose another file with -o, or check that its folder exists and is writable.', { file: output });
    }
    process.stdout.write(`Wrote ${printable(relative(process.cwd(), output) || output)} (${slideCount(deck)} slides, ${Math.round(pdf.byteLength / 1024)} KB).\n`);
  } finally {
    await renderer.close();
  }
}

export function registerExport(program: Command): void {
  const exportCommand = program.command('export').description('Export a deck to another format (pdf).');
  exportCommand
    .command('pdf')
    .description('Print the deck to a PDF: one page per slide, real (selectable) Chinese text, outline from the chapters.')
    .argument('[dir]', 'deck folder or single .md file', bundledDeckDir)
    .option('-o, --output <file>', 'PDF to write (default: "<deck title>.pdf" in the current folder)')
    .option('--layout <layout>', 'slides: one page per slide; handout: each slide with its speaker notes on an A4 sheet', 'slides')
    .option('--notes', 'print the speaker script (slide titles and notes, no slide images) on A4')
    .option('--fragments <mode>', 'final: fragments shown as at the end of the slide; steps: one page per fragment step', 'final')
    .option('--browser <path>', 'Chromium, Chrome or Edge executable to print with (default: CHROME_PATH, then the usual install places)')
    .addHelpText(
      'after',
      `
Pages are the size of the slide's frame (e.g. 1280×720 px for 16:9) with backgrounds;
fonts are embedded (the bundled Noto Sans SC), links stay clickable, and the document
carries title, author and language. A deck with errors is not exported (exit ${exitCodes.deckErrors});
no browser found: exit ${exitCodes.noBrowser}; wrong options: exit ${exitCodes.usage}.`,
    )
    .action(exportPdfCommand);
}
