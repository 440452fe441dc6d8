/**
 * Every subcommand module. Each exports `register(program)`; add a line here for a new one.
 */
import type { Command } from 'commander';
import * as init from './init.ts';
import * as importCommand from './import.ts';
import * as show from './show.ts';
import * as log from './log.ts';
import * as exportCommand from './export.ts';
import * as verify from './verify.ts';
import * as rebuild from './rebuild.ts';
import * as checkpoint from './checkpoint.ts';
import * as sources from './sources.ts';
import * as redact from './redact.ts';
import * as synth from './synth.ts';
import * as search from './search.ts';
import * as link from './link.ts';
import * as review from './review.ts';
import * as person from './person.ts';
import * as entity from './entity.ts';
import * as serve from './serve.ts';
import * as names from './names.ts';
import * as parse from './parse.ts';

export interface CommandModule {
  register(program: Command): void;
}

export const commandModules: CommandModule[] = [init, importCommand, show, log, exportCommand, verify, rebuild, checkpoint, sources, redact, synth, search, link, review, person, entity, serve, names, parse];
