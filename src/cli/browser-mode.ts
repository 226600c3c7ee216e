// Browser mode as both `deck serve` and `npm start` (without Electron) run it: decide
// first (the deck path exists, the port is bound, the deck has something to present),
// only then print the URLs; a deck with nothing to present ends with its diagnostics, a
// one-line error and exit 1, and prints no URL. A deck with errors that still has slides
// is served: its diagnostics first, then the URLs and a line saying what is shown.
import type { Diagnostic } from '../deck/model.js';
import { startDeckServer } from '../serve/server.js';
import { printDiagnostics } from './diagnostics-output.js';

export interface BrowserModeOptions {
  /** 0 picks a free port. */
  port: number;
  /** Called with the first URL printed (the audience page, or the editor) once the server answers. */
  open?: (url: string) => Promise<void>;
  /** Serve the editor too (`deck edit`); its URL is printed first. */
  edit?: boolean;
}

/** Serves `deck` until SIGINT/SIGTERM. Throws a DeckError for a missing deck, a busy port or a deck with nothing to present. */
export async function presentInBrowser(deck: string, options: BrowserModeOptions): Promise<void> {
  let first: Diagnostic[] | undefined;
  const server = await startDeckServer({
    path: deck,
    port: options.port,
    editor: options.edit ? {} : undefined,
    onDiagnostics: (diagnostics) => {
      first ??= diagnostics;
      printDiagnostics(deck, diagnostics, process.stderr);
    },
  });
  try {
    await server.ready;
  } catch (error) {
    await server.close();
    throw error;
  }
  const errors = first?.filter((d) => d.severity === 'error').length ?? 0;
  if (errors > 0) process.stderr.write(`deck: the deck has ${errors} error${errors === 1 ? '' : 's'} (listed above); serving the slides that render. A save that fixes them updates every open window.\n`);
  const editor = server.editorUrl ? `Editor:    ${server.editorUrl}\n` : '';
  const journal = server.editorUrl ? ' Unsaved text is journaled until saved.' : '';
  process.stdout.write(`${editor}Audience:  ${server.url}\nPresenter: ${server.presenterUrl}\nOpen these in a browser. Watching ${deck} for changes.${journal} Press Ctrl+C to stop.\n`);
  await options.open?.(server.editorUrl ?? server.url);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
