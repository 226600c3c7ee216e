// Browser mode as both `deck serve` and `npm start` (without Electron) run it: decide
// first (the deck path exists, the port is bound), only then print the URLs, and end with
// a one-line error and its exit code when the deck has nothing to present.
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
  const server = await startDeckServer({
    path: deck,
    port: options.port,
    editor: options.edit ? {} : undefined,
    onDiagnostics: (diagnostics) => printDiagnostics(deck, diagnostics, process.stderr),
  });
  const editor = server.editorUrl ? `Editor:    ${server.editorUrl}\n` : '';
  const journal = server.editorUrl ? ' Unsaved text is journaled until saved.' : '';
  process.stdout.write(`${editor}Audience:  ${server.url}\nPresenter: ${server.presenterUrl}\nOpen these in a browser. Watching ${deck} for changes.${journal} Press Ctrl+C to stop.\n`);
  await options.open?.(server.editorUrl ?? server.url);
  try {
    await server.ready;
  } catch (error) {
    await server.close();
    throw error;
  }
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
