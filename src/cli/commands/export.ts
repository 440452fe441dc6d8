/**
 * `unerased export FILE`: the records as CSV or JSONL, which `unerased import` reads back into
 * a fresh archive with identical records.
 */
import type { Command } from 'commander';
import { exportRecords, type ExportFormat } from '../../ingest/index.ts';
import { printJson, withCommandArchive } from '../open-archive.ts';

export function register(program: Command): void {
  program
    .command('export')
    .description('write the records to a CSV or JSONL file that import reads back identically')
    .argument('<file>', 'output file (.csv or .jsonl)')
    .option('--format <format>', 'csv | jsonl (default: from the file name)')
    .option('--source <id>', 'only the records of this source (src_…)')
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, options: { format?: string; source?: string; json?: boolean }, command: Command) => {
      const format = (options.format ?? (file.endsWith('.jsonl') ? 'jsonl' : 'csv')) as ExportFormat;
      if (format !== 'csv' && format !== 'jsonl') throw new Error(`--format must be csv or jsonl, not "${String(format)}"`);
      const count = await withCommandArchive(command, (archive) =>
        exportRecords(archive, file, { format, ...(options.source ? { sourceId: options.source } : {}) }),
      );
      if (options.json) printJson({ file, format, records: count });
      else process.stdout.write(`${file}: ${count} records (${format})\n`);
    });
}
