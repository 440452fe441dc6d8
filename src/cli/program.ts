/**
 * The `unerased` program: the root command, and the subcommands a run needs. Only the module of
 * the command being run is loaded; when no known command is named (`unerased --help`, `unerased
 * help`, a typo) every command is listed from its entry in ./commands/index.ts without loading
 * any module, so that the listing (and commander's "did you mean") costs nothing.
 */
import { Command, Help } from 'commander';
import { commandEntries, type CommandEntry } from './commands/index.ts';

/** Root options that take a value: the word after them is not a command name. */
const ROOT_OPTIONS_WITH_VALUE = new Set(['--archive']);

export function rootCommand(): Command {
  return new Command('unerased')
    .description('An append-only, cited archive of the victims and the machinery of state terror.')
    .option('--archive <path>', 'archive file (default: $UNERASED_ARCHIVE or ~/.local/share/unerased/archive.sqlite)')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: false });
}

/**
 * The command a command line runs: the first word that is not a root option or its value
 * (`unerased --archive a.sqlite import f.csv` → "import"); for `help X`, X.
 */
export function commandNameIn(args: readonly string[]): string | undefined {
  const words: string[] = [];
  for (let i = 0; i < args.length && words.length < 2; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (ROOT_OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) words.push(arg);
    else if (words.length === 1) break; // options after "help" belong to it, not to a command name
  }
  return words[0] === 'help' && words.length === 2 ? words[1] : words[0];
}

/** Lists every command (name, arguments, description) without loading any module. */
function listCommands(program: Command, entries: readonly CommandEntry[]): void {
  const terms = new Map(entries.map((e) => [e.name, e.term]));
  const defaultTerm = Help.prototype.subcommandTerm;
  program.configureHelp({
    sortSubcommands: false,
    subcommandTerm(cmd: Command) {
      return terms.get(cmd.name()) ?? defaultTerm.call(this, cmd);
    },
  });
  for (const entry of entries) {
    program
      .command(entry.name)
      .description(entry.description)
      .allowUnknownOption()
      .allowExcessArguments()
      .action(() => {
        // Unreachable: a named command loads its module instead of this listing.
        throw new Error(`internal: "${entry.name}" was listed but its module was not loaded`);
      });
  }
}

/** The program for a command line (process.argv without node and the script). */
export async function programFor(args: readonly string[], entries: readonly CommandEntry[] = commandEntries): Promise<Command> {
  const program = rootCommand();
  const name = commandNameIn(args);
  const entry = entries.find((e) => e.name === name);
  if (entry) (await entry.load()).register(program);
  else listCommands(program, entries);
  return program;
}

/** The program with every module loaded (for tests that compare the lazy listing with it). */
export async function fullProgram(entries: readonly CommandEntry[] = commandEntries): Promise<Command> {
  const program = rootCommand();
  const loaded = new Set<unknown>();
  for (const entry of entries) {
    const module = await entry.load();
    if (loaded.has(module)) continue;
    loaded.add(module);
    module.register(program);
  }
  return program;
}
