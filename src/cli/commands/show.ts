/**
 * `unerased show ID`: one record (rec_…), source (src_…) or log entry (a number), as stored.
 */
import type { Command } from 'commander';
import { getEntry, getRecord, getSource, historyOf } from '../../archive/index.ts';
import { RECORD_FIELDS } from '../../domain/record.ts';
import { printJson, withCommandArchive } from '../open-archive.ts';

export function register(program: Command): void {
  program
    .command('show')
    .description('show a record (rec_…), a source (src_…) or a log entry (its number)')
    .argument('<id>', 'rec_…, src_… or a log sequence number')
    .option('--json', 'print it as JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      await withCommandArchive(command, (archive) => {
        if (/^\d+$/.test(id)) {
          const entry = getEntry(archive, Number(id));
          if (!entry) throw new Error(`no log entry ${id} (the log ends at ${archive.head().seq})`);
          if (options.json) printJson(entry);
          else {
            process.stdout.write(`entry ${entry.seq}  ${entry.kind}  ${entry.time}  by ${entry.actor}\n  hash ${entry.hash}\n  prev ${entry.prevHash}\n`);
            if (entry.redaction) process.stdout.write(`  payload REDACTED ${entry.redaction.time} by ${entry.redaction.actor}: ${entry.redaction.reason}\n`);
            else process.stdout.write(`${JSON.stringify(entry.payload, null, 2)}\n`);
          }
          return;
        }
        if (id.startsWith('src_')) {
          const source = getSource(archive, id);
          if (!source) throw new Error(`no source ${id}`);
          if (options.json) printJson(source);
          else process.stdout.write(`${source.id}${source.synthetic ? '  [SYNTHETIC]' : ''}\n  ${source.citation}\n${source.kind ? `  kind: ${source.kind}\n` : ''}${source.detail ? `  ${source.detail}\n` : ''}`);
          return;
        }
        const record = getRecord(archive, id);
        if (!record) {
          const history = historyOf(archive, id);
          if (history.some((e) => e.redaction)) throw new Error(`record ${id} was redacted (see unerased log ${id})`);
          throw new Error(`no record ${id}`);
        }
        const source = getSource(archive, record.sourceId);
        if (options.json) {
          printJson({ ...record, source });
          return;
        }
        const lines = [`${record.id}${record.synthetic ? '  [SYNTHETIC — generated test data, not a real person]' : ''}`];
        lines.push(`  source   ${source?.citation ?? record.sourceId}${record.locator ? `, ${record.locator}` : ''}`);
        for (const field of RECORD_FIELDS) {
          const value = record.fields[field];
          if (!value) continue;
          lines.push(`  ${field.padEnd(19)} ${value.text}${value.norm && value.norm !== value.text ? `  → ${value.norm}` : ''}`);
        }
        if (record.originalText) lines.push('  as printed:', `    ${record.originalText}`);
        lines.push(`  added in entry ${record.seq}${record.updatedSeq !== record.seq ? `, last corrected in ${record.updatedSeq}` : ''} (unerased log ${record.id})`);
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}
