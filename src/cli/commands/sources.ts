/**
 * `unerased sources`: every source with its id, kind and number of records — the ids that
 * claims, relations and imports cite.
 */
import type { Command } from 'commander';
import { addSource, listSources } from '../../archive/index.ts';
import { printJson, withCommandArchive } from '../open-archive.ts';

export function register(program: Command): void {
  const sources = program
    .command('sources')
    .description('list the sources (documents cited) with their ids and record counts')
    .option('--json', 'print them as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withCommandArchive(command, (archive) => {
        const counts = new Map(
          (archive.db.prepare('SELECT source_id, count(*) AS n FROM record_rows GROUP BY source_id').all() as { source_id: string; n: number }[]).map((r) => [r.source_id, r.n]),
        );
        const list = listSources(archive).map((s) => ({ ...s, records: counts.get(s.id) ?? 0 }));
        if (options.json) printJson(list);
        else if (list.length === 0) process.stdout.write('No sources yet (unerased import FILE --source "citation").\n');
        else for (const s of list) process.stdout.write(`${s.id}  ${String(s.records).padStart(8)} records  ${s.citation}${s.kind ? ` [${s.kind}]` : ''}${s.synthetic ? ' [SYNTHETIC]' : ''}\n`);
      });
    });
  sources
    .command('add')
    .description('add a source without records (for claims and relations to cite)')
    .argument('<citation>', 'the citation as a reader would write it')
    .option('--kind <kind>', 'book-of-memory, execution-list, archival-file, article, testimony…')
    .option('--detail <text>', 'archival reference, URL or publisher')
    .option('--synthetic', 'generated test data')
    .option('--actor <name>', 'who adds it, for the log', process.env.USER ?? 'editor')
    .option('--json', 'print the result as JSON')
    .action(async (citation: string, options: { kind?: string; detail?: string; synthetic?: boolean; actor: string; json?: boolean }, command: Command) => {
      await withCommandArchive(
        command,
        (archive) => {
          const result = addSource(
            archive,
            { citation, ...(options.kind ? { kind: options.kind } : {}), ...(options.detail ? { detail: options.detail } : {}), ...(options.synthetic ? { synthetic: true } : {}) },
            options.actor,
          );
          if (options.json) printJson(result);
          else process.stdout.write(`${result.id}${result.added ? '' : ' (already there)'}\n`);
        },
        { create: true },
      );
    });
}
