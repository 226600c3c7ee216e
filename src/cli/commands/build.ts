import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadDeck } from '../../deck/load.js';
import { bundledDeckDir } from '../../paths.js';
import { buildSite } from '../../site/site.js';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Write a self-contained offline folder for the deck.')
    .argument('[dir]', 'deck folder or .md file', bundledDeckDir)
    .option('--out <dir>', 'output folder', 'dist')
    .action(async (dir: string, opts: { out: string }) => {
      const { deck } = loadDeck(dir);
      if (!deck) throw new Error('empty deck');
      const files = await buildSite(deck);
      for (const [path, content] of files) {
        const target = join(resolve(opts.out), path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    });
}
