#!/usr/bin/env node
// The `deck` command line: one sub-command per file in ./commands, parsed by commander.
import { Command, CommanderError } from 'commander';
import { DeckError, exitCodes } from '../errors.js';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';

const program = new Command('deck')
  .description('Present, check, build and export markdown slide decks.')
  .exitOverride()
  .showHelpAfterError();
registerBuild(program);
registerCheck(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : exitCodes.usage);
  if (error instanceof DeckError) {
    process.stderr.write(`deck: ${error.format()}\n`);
    process.exit(error.exitCode);
  }
  throw error;
}
