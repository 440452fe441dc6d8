/**
 * The `unerased` command: parses arguments and hands each subcommand to its module in
 * ./commands, loading only the module of the command being run. Commands parse input, call
 * one function of a lower layer, and shape output.
 */
import { programFor } from './program.ts';

const program = await programFor(process.argv.slice(2));

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
