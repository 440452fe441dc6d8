/**
 * Every subcommand module. Each exports `register(program)`; add a line here for a new one.
 */
import type { Command } from 'commander';
import * as synth from './synth.ts';

export interface CommandModule {
  register(program: Command): void;
}

export const commandModules: CommandModule[] = [synth];
