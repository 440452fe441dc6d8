/**
 * Every subcommand module. Each exports `register(program)`; add a line here for a new one.
 */
import type { Command } from 'commander';
import * as synth from './synth.ts';
import * as search from './search.ts';
import * as link from './link.ts';
import * as review from './review.ts';
import * as person from './person.ts';
import * as entity from './entity.ts';
import * as serve from './serve.ts';
import * as names from './names.ts';

export interface CommandModule {
  register(program: Command): void;
}

export const commandModules: CommandModule[] = [synth, search, link, review, person, entity, serve, names];
