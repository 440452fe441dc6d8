/**
 * `unerased checkpoint`: a signed statement of (archive, entry, head hash, time) that a third
 * party keeps; `unerased verify --checkpoint FILE` checks it later, here or on a mirror.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { checkpoint } from '../../archive/index.ts';
import { withCommandArchive } from '../open-archive.ts';

export function register(program: Command): void {
  program
    .command('checkpoint')
    .description('print a signed checkpoint of the log head (JSON) for others to keep')
    .option('--out <file>', 'also write it to this file')
    .action(async (options: { out?: string }, command: Command) => {
      await withCommandArchive(command, (archive) => {
        const text = `${JSON.stringify(checkpoint(archive), null, 2)}\n`;
        if (options.out) writeFileSync(options.out, text);
        process.stdout.write(text);
      });
    });
}
