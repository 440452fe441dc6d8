/**
 * `unerased log [ID]`: every log entry that touched a record, source, entity or person — or,
 * without an id, the newest entries of the whole log.
 */
import type { Command } from 'commander';
import { getEntry, historyOf, type HistoryEntry } from '../../archive/index.ts';
import { printJson, withCommandArchive } from '../open-archive.ts';

/** Entries shown by `unerased log` without an id, unless --limit says otherwise. */
const DEFAULT_TAIL = 20;

function line(entry: HistoryEntry): string {
  const tomb = entry.redaction ? `  [payload redacted ${entry.redaction.time} by ${entry.redaction.actor}: ${entry.redaction.reason}]` : '';
  return `${String(entry.seq).padStart(8)}  ${entry.time}  ${entry.kind.padEnd(14)} ${entry.actor}  ${entry.hash.slice(0, 16)}…${tomb}`;
}

export function register(program: Command): void {
  program
    .command('log')
    .description('the history of a record, source, entity or person (every entry that touched it), or the newest entries')
    .argument('[id]', 'rec_…, src_…, an entity or person id; omit for the newest entries')
    .option('--limit <n>', 'entries to show without an id', String(DEFAULT_TAIL))
    .option('--json', 'print the entries (with payloads or tombstones) as JSON')
    .action(async (id: string | undefined, options: { limit: string; json?: boolean }, command: Command) => {
      await withCommandArchive(command, (archive) => {
        let entries: HistoryEntry[];
        if (id === undefined) {
          const limit = Number(options.limit);
          if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit must be a positive whole number, not "${options.limit}"`);
          const head = archive.head().seq;
          entries = [];
          for (let seq = Math.max(1, head - limit + 1); seq <= head; seq++) entries.push(getEntry(archive, seq)!);
        } else {
          entries = historyOf(archive, id);
          if (entries.length === 0) throw new Error(`no log entries about ${id}`);
        }
        if (options.json) printJson(entries);
        else process.stdout.write(`${entries.map(line).join('\n')}\n`);
      });
    });
}
