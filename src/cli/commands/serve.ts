// `deck serve [dir]`: browser mode. Serves the audience page and the presenter view on
// 127.0.0.1 with live reload, for machines without Electron and for presenting from a
// browser.
//
// The server, its watcher and node:http are loaded when the command runs, not when the
// CLI starts: `deck build` and `deck check` would otherwise pay for loading them.
import type { Command } from 'commander';
import { DeckError } from '../../errors.js';
import { deckArgument } from '../deck-argument.js';

async function openInBrowser(url: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  const child = spawn(command as string, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`deck: could not open a browser; open ${url} yourself.\n`));
  child.unref();
}

function browserModeCommand(program: Command, name: 'serve' | 'edit', description: string): void {
  program
    .command(name)
    .description(description)
    .addArgument(deckArgument(name === 'edit' ? 'deck folder' : undefined))
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .option('--open', `open the ${name === 'edit' ? 'editor' : 'audience page'} in the default browser`)
    .action(async (dir: string, opts: { port: string; open?: boolean }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new DeckError('usage', `--port ${opts.port} is not a port number.`, 'Give a number from 1 to 65535, or 0 for a free port.');
      }
      const { presentInBrowser } = await import('../browser-mode.js');
      await presentInBrowser(dir, { port, open: opts.open ? openInBrowser : undefined, edit: name === 'edit' });
    });
}

export function registerServe(program: Command): void {
  browserModeCommand(program, 'serve', 'Present in a browser: serve the deck and its presenter view on 127.0.0.1, reloading on every save.');
  browserModeCommand(program, 'edit', 'Edit the deck in the browser, the slide under the cursor beside it; the audience and presenter pages are served too and show saved files.');
}
