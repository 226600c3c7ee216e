// `deck edit [dir]`: browser mode with the editor. The audience and presenter pages keep
// working beside it (a speaker fixes a typo mid-talk); they show saved files only.
import { Argument, type Command } from 'commander';
import { bundledDeckDir } from '../../paths.js';
import { printDiagnostics } from '../diagnostics-output.js';

export function registerEdit(program: Command): void {
  program
    .command('edit')
    .description('Edit the deck in the browser, with the slide under the cursor beside it; the audience and presenter pages are served too.')
    .addArgument(new Argument('[dir]', 'deck folder').default(bundledDeckDir, 'the bundled deck'))
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .action(async (dir: string, opts: { port: string }) => {
      const { startDeckServer } = await import('../../serve/server.js');
      const server = await startDeckServer({ path: dir, port: Number(opts.port), editor: {}, onDiagnostics: (d) => printDiagnostics(dir, d, process.stderr) });
      await server.ready;
      process.stdout.write(`Editor:    ${server.editorUrl}\nAudience:  ${server.url}\nPresenter: ${server.presenterUrl}\nUnsaved text is journaled; Ctrl+C stops.\n`);
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
