import type { Command } from 'commander';
import { loadDeck } from '../../deck/load.js';
import { bundledDeckDir } from '../../paths.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Print the problems in a deck; exit 1 when there are errors.')
    .argument('[dir]', 'deck folder or .md file', bundledDeckDir)
    .action((dir: string) => {
      const { diagnostics } = loadDeck(dir);
      for (const d of diagnostics) process.stdout.write(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}\n  ${d.hint}\n`);
      if (diagnostics.some((d) => d.severity === 'error')) process.exitCode = 1;
    });
}
