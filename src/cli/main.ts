/**
 * The `unerased` command: parses arguments and hands each subcommand to its module in
 * ./commands. Commands parse input, call one function of a lower layer, and shape output.
 */
import { Command } from 'commander';
import { commandModules } from './commands/index.ts';

const program = new Command('unerased')
  .description('An append-only, cited archive of the victims and the machinery of state terror.')
  .option('--archive <path>', 'archive file (default: $UNERASED_ARCHIVE or ~/.local/share/unerased/archive.sqlite)')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: false });

for (const mod of commandModules) mod.register(program);

// `unerased names keys … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Errors meant for the user carry their own message; anything else is a bug, so show it.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`unerased: ${message}\n`);
  if (process.env.UNERASED_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
}
