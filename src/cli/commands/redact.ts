/**
 * `unerased redact SEQ --reason "…"`: removes one log entry's payload (privacy, legal). The
 * entry's hash stays, the chain still verifies, and a tombstone says when, by whom and why.
 */
import type { Command } from 'commander';
import { redact } from '../../archive/index.ts';
import { printJson, withCommandArchive } from '../open-archive.ts';

export function register(program: Command): void {
  program
    .command('redact')
    .description("remove one entry's payload for privacy or legal reasons (its hash and a tombstone stay, visible forever)")
    .argument('<seq>', 'the log entry (see unerased log ID)')
    .requiredOption('--reason <text>', 'why, shown publicly in the tombstone')
    .requiredOption('--actor <name>', 'who redacts, for the log')
    .option('--json', 'print the redaction entry as JSON')
    .action(async (seq: string, options: { reason: string; actor: string; json?: boolean }, command: Command) => {
      if (!/^\d+$/.test(seq)) throw new Error(`<seq> must be a log entry number, not "${seq}"`);
      await withCommandArchive(command, (archive) => {
        const entry = redact(archive, Number(seq), options.reason, options.actor);
        if (options.json) printJson(entry);
        else process.stdout.write(`entry ${seq} redacted by entry ${entry.seq}: ${options.reason}\n`);
      });
    });
}
