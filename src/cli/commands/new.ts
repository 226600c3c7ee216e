import { relative } from 'node:path';
import { Argument, type Command } from 'commander';

export function registerNew(program: Command): void {
  program
    .command('new')
    .description('Write a small starter deck (deck.yaml and one markdown file) into a new or empty folder.')
    .addArgument(new Argument('<dir>', 'folder for the new deck (created when missing)'))
    .action(async (dir: string) => {
      const { createStarterDeck } = await import('../../edit/new-deck.js');
      const files = createStarterDeck(dir);
      const shown = relative(process.cwd(), dir) || '.';
      process.stdout.write(`Created ${files.map((f) => `${shown}/${f}`).join(', ')}.\nPresent it: deck serve ${shown}    Edit it: deck edit ${shown}\n`);
    });
}
