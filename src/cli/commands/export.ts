// `deck export pdf|pptx|html [dir]`: the deck as a PDF or a PowerPoint file printed by a
// found Chromium, Chrome or Edge, or as one self-contained HTML file. One order for all
// three, so every refusal comes before the work: options, the output path, the browser,
// then the deck; only then rendering.
import { Command, Option } from 'commander';
import { hasErrors } from '../../deck/diagnostics.js';
import type { Deck } from '../../deck/model.js';
import { DeckError, exitCodes } from '../../errors.js';
import { findBrowser } from '../../export/browser-finder.js';
import { parsePdfFlags, type PdfOptions } from '../../export/options.js';
import { defaultOutputName, type ExportKind } from '../../export/output-name.js';
import type { ExportProgress } from '../../export/progress.js';
import { progressLine } from '../../export/progress.js';
import type { PageRenderer } from '../../export/renderer.js';
import { printable } from '../../printable.js';
import { deckArgument } from '../deck-argument.js';
import { printDiagnostics } from '../diagnostics-output.js';
import { checkOutputFile, shownPath, writeOutputFile } from '../output-file.js';

interface CommonFlags {
  output?: string;
  browser?: string;
}

interface ExportJob {
  /** The sub-command, for messages: `deck export <format>`. */
  format: 'pdf' | 'pptx' | 'html';
  kind: ExportKind;
  /** Needs a browser to render the slides (PDF, PowerPoint). */
  browser: boolean;
  produce(deck: Deck, renderer: PageRenderer | undefined, onProgress: (progress: ExportProgress) => void): Promise<Uint8Array>;
}

async function runExport(dir: string, flags: CommonFlags, job: ExportJob): Promise<void> {
  const example = defaultOutputName('talk', dir, job.kind);
  // A path given with -o is checked before anything else is done.
  if (flags.output !== undefined) checkOutputFile(flags.output, example);
  const executable = job.browser ? findBrowser(flags.browser) : undefined;
  const { loadDeck, requireDeck } = await import('../../deck/load.js');
  requireDeck(dir);
  // Loaded here, not at the top, so other deck commands do not load the export code.
  const renderer = executable ? new (await import('../../export/playwright-renderer.js')).PlaywrightRenderer(executable) : undefined;
  // It boots while the deck loads and its site is built; a deck with errors ends it unused.
  renderer?.start();
  try {
    const { deck, diagnostics } = loadDeck(dir);
    printDiagnostics(dir, diagnostics, process.stderr);
    if (!deck || hasErrors(diagnostics)) {
      process.stderr.write(`deck: not exported, because the deck has errors (listed above).\n`);
      process.exitCode = exitCodes.deckErrors;
      return;
    }
    const output = checkOutputFile(flags.output ?? defaultOutputName(deck.config.title, deck.root, job.kind), example);
    const progress = progressLine(process.stderr, `deck export ${job.format}`);
    const bytes = await job.produce(deck, renderer, progress).finally(() => progress.stop());
    writeOutputFile(output, bytes);
    const slides = deck.stacks.reduce((n, stack) => n + stack.slides.length, 0);
    process.stdout.write(`Wrote ${printable(shownPath(output))} (${slides} slides, ${Math.round(bytes.byteLength / 1024)} KB).\n`);
  } finally {
    await renderer?.close();
  }
}

interface PdfFlags extends CommonFlags {
  layout?: string;
  perPage?: string;
  notes?: boolean;
  fragments?: string;
}

function pdfJob(options: PdfOptions): ExportJob {
  return {
    format: 'pdf',
    kind: options.layout,
    browser: true,
    produce: async (deck, renderer, onProgress) => (await import('../../export/pdf.js')).exportPdf(deck, options, renderer!, { onProgress }),
  };
}

const browserOption = () => new Option('--browser <path>', 'Chromium, Chrome or Edge executable to render with (default: CHROME_PATH, then the usual install places)');
const outputOption = (what: 'PDF' | 'PowerPoint file' | 'HTML file') =>
  new Option('-o, --output <file>', `${what} to write (default: "<deck title>${{ PDF: '.pdf', 'PowerPoint file': '.pptx', 'HTML file': '.html' }[what]}" in the current folder)`);

export function registerExport(program: Command): void {
  const exportCommand = program.command('export').description('Export a deck to a PDF, a PowerPoint file or one self-contained HTML file.');
  exportCommand
    .command('pdf')
    .description('Print the deck to a PDF: slide pages, handouts or the speaker script, with real (selectable) Chinese text and an outline.')
    .addArgument(deckArgument())
    .addOption(outputOption('PDF'))
    .addOption(new Option('--layout <layout>', 'slides: one page per slide; handout: slides with their notes on A4 sheets; script: titles and notes only, on A4 (default: slides)'))
    .addOption(new Option('--per-page <n>', 'handouts: 1 (notes below), 2 or 3 (notes beside; 3 with lines to write on) or 6 slides per sheet (default: 3)'))
    .option('--notes', 'short for --layout script: the speaker script')
    .addOption(new Option('--fragments <mode>', 'slide pages: final (fragments as at the end of the slide) or steps (one page per fragment step) (default: final)'))
    .addOption(browserOption())
    .addHelpText(
      'after',
      `
--layout chooses the pages; every other option belongs to one layout (--fragments to
slides, --per-page to handout) and is refused with any other, never silently ignored.

Slide pages are the size of the slide's frame (e.g. 1280×720 px for 16:9) with
backgrounds; fonts are embedded (the bundled Noto Sans SC), links stay clickable, and
the document carries title, author and language. A deck with errors is not exported
(exit ${exitCodes.deckErrors}); an output file that cannot be written: exit ${exitCodes.io}, before any work;
no browser found: exit ${exitCodes.noBrowser}; wrong options: exit ${exitCodes.usage}.`,
    )
    .action(async (dir: string, flags: PdfFlags) => {
      const options = parsePdfFlags(flags);
      if ('error' in options) throw new DeckError('usage', options.error, 'See deck export pdf --help.');
      await runExport(dir, flags, pdfJob(options));
    });

  exportCommand
    .command('pptx')
    .description('Write a PowerPoint file: each slide as a picture of the slide as printed, with its speaker notes as PowerPoint notes.')
    .addArgument(deckArgument())
    .addOption(outputOption('PowerPoint file'))
    .addOption(browserOption())
    .addHelpText(
      'after',
      `
For someone who has only PowerPoint (or Keynote, LibreOffice Impress): the slides look
as they do in the PDF (1920×1080 pictures for 16:9, fragments shown as at the end of the
slide) and cannot be edited as text; the notes are real notes, shown in the presenter
view and printed with Notes Pages. A deck with errors is not exported (exit ${exitCodes.deckErrors}); an
output file that cannot be written: exit ${exitCodes.io}, before any work; no browser found: exit ${exitCodes.noBrowser}.`,
    )
    .action((dir: string, flags: CommonFlags) =>
      runExport(dir, flags, {
        format: 'pptx',
        kind: 'pptx',
        browser: true,
        produce: async (deck, renderer, onProgress) => (await import('../../export/pptx.js')).exportPptx(deck, renderer!, { onProgress }),
      }),
    );

  exportCommand
    .command('html')
    .description('Write the deck as one self-contained HTML file that presents from disk or a mail attachment, with no network.')
    .addArgument(deckArgument())
    .addOption(outputOption('HTML file'))
    .addHelpText(
      'after',
      `
Everything is inside the file: the runtime, the styles, the Chinese font cut down to the
characters the deck uses, and the deck's images and media as data: URLs. It presents as
the built folder does (keys, overview, fragments); the presenter view needs the folder
(deck build) or deck serve. A deck with errors is not exported (exit ${exitCodes.deckErrors}); an output
file that cannot be written: exit ${exitCodes.io}, before any work.`,
    )
    .action((dir: string, flags: CommonFlags) =>
      runExport(dir, flags, {
        format: 'html',
        kind: 'html',
        browser: false,
        produce: async (deck, _renderer, onProgress) => (await import('../../export/html.js')).exportHtml(deck, { onProgress }),
      }),
    );
}
