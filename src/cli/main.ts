// The `deck` command line: one sub-command per file in ./commands, parsed by commander.
// Started by bin.ts (the `deck` executable).
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { DeckError, exitCodeHelp, exitCodes } from '../errors.js';
import { packageJsonFile } from '../paths.js';
import { printable } from '../printable.js';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerExport } from './commands/export.js';
import { registerNew } from './commands/new.js';
import { registerServe } from './commands/serve.js';

/** Runs the command in `argv` (as process.argv: node, script, then the arguments). */
export async function main(argv: readonly string[]): Promise<void> {
  const { version } = JSON.parse(readFileSync(packageJsonFile, 'utf8')) as { version: string };

  const program = new Command('deck')
    .description('Present, check, build and export markdown slide decks.')
    .version(version, '-V, --version', 'print the version')
    .addHelpText('after', `\nExit codes:\n${exitCodeHelp()}`)
    // Sub-commands created below inherit both: usage errors exit 2, not commander's 1.
    .exitOverride()
    .showHelpAfterError();
  registerBuild(program);
  registerCheck(program);
  registerExport(program);
  registerNew(program);
  registerServe(program);

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? exitCodes.ok : exitCodes.usage);
    if (error instanceof DeckError) {
      process.stderr.write(`deck: ${error.format()}\n`);
      process.exit(error.exitCode);
    }
    process.stderr.write(`deck: unexpected failure (a bug): ${printable(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    process.exit(exitCodes.internal);
  }
}
