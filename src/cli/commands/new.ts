import { relative } from 'node:path';
import { Argument, type Command } from 'commander';
import { createStarterDeck } from '../../edit/new-deck.js';

export function registerNew(program: Command): void {
  program
    .command('new')
    .description('Write a small starter deck (deck.yaml and one markdown file) into a new or empty folder.')
    .addArgument(new Argument('<dir>', 'folder for the new deck (created when missing)'))
    .action((dir: string) => {
      const files = createStarterDeck(dir);
      const shown = relative(process.cwd(), dir) || '.';
      process.stdout.write(`Created ${files.map((f) => `${shown}/${f}`).join(', ')}.\nPresent it: deck serve ${shown}    Edit it: deck edit ${shown}\n`);
    });
}
