/**
 * The lazy command list: each entry in src/cli/commands/index.ts must match what its module
 * registers, `unerased --help` must list every command exactly as the fully loaded program
 * does, and a run must load only the module of the command it names.
 */
import { Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandEntries } from '../../src/cli/commands/index.ts';
import { commandNameIn, fullProgram, programFor } from '../../src/cli/program.ts';
import { cli } from './run-cli.ts';

describe('command entries', () => {
  it('name, help term and description of every command its modules register, and no other', async () => {
    const program = await fullProgram();
    const help = new Help();
    const registered = program.commands.map((c) => ({ name: c.name(), term: help.subcommandTerm(c), description: c.description() }));
    expect(commandEntries.map(({ name, term, description }) => ({ name, term, description }))).toEqual(registered);
  });

  it('each entry loads the module that registers its command', async () => {
    for (const entry of commandEntries) {
      const program = await programFor([entry.name]);
      expect(program.commands.map((c) => c.name())).toContain(entry.name);
    }
  });
});

describe('lazy loading', () => {
  it('the listing without any module is the same help as the fully loaded program', async () => {
    const lazy = await programFor(['--help']);
    const full = await fullProgram();
    lazy.configureOutput({ getOutHelpWidth: () => 80, getOutHasColors: () => false });
    full.configureOutput({ getOutHelpWidth: () => 80, getOutHasColors: () => false });
    expect(lazy.helpInformation()).toBe(full.helpInformation());
  });

  it('a run registers only the commands of the module it names', async () => {
    expect((await programFor(['--archive', 'a.sqlite', 'import', 'x.csv'])).commands.map((c) => c.name())).toEqual(['import']);
    expect((await programFor(['help', 'claims'])).commands.map((c) => c.name())).toEqual(['entity', 'claims', 'claim', 'reference']);
  });

  it('finds the command name after root options and their values', () => {
    expect(commandNameIn(['--archive', 'names', 'search', 'Ежов'])).toBe('search');
    expect(commandNameIn(['--archive=a.sqlite', 'names', 'keys'])).toBe('names');
    expect(commandNameIn(['help', 'import'])).toBe('import');
    expect(commandNameIn(['help'])).toBe('help');
    expect(commandNameIn(['--help'])).toBeUndefined();
    expect(commandNameIn([])).toBeUndefined();
  });

  it('the spawned command lists every command and still suggests one for a typo', () => {
    const listed = cli('unused.sqlite', ['--help']);
    expect(listed.status).toBe(0);
    for (const entry of commandEntries) expect(listed.stdout).toMatch(new RegExp(`^  ${entry.term.replace(/[[\].]/g, '\\$&')} +\\S`, 'm'));
    const typo = cli('unused.sqlite', ['serch']);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain("unknown command 'serch'");
    expect(typo.stderr).toContain('Did you mean search?');
  });
});
