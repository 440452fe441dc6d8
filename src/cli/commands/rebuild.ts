/**
 * `unerased rebuild`: empties every projection (records, sources, entities, persons, the search
 * index…) and replays the whole log into them.
 */
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { rebuild } from '../../archive/index.ts';
import { printJson, withCommandArchive } from '../open-archive.ts';

export function register(program: Command): void {
  program
    .command('rebuild')
    .description('rebuild every table from the log (they are only ever derived from it)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withCommandArchive(command, (archive) => {
        const started = performance.now();
        const bar = process.stderr.isTTY && !options.json ? new SingleBar({ stream: process.stderr, format: 'rebuilding {bar} {value}/{total} entries | ETA {eta_formatted}' }) : undefined;
        bar?.start(archive.head().seq, 0);
        const entries = rebuild(archive, (seq) => bar?.update(seq));
        bar?.stop();
        const seconds = (performance.now() - started) / 1000;
        const projections = archive.projections.map((p) => p.name);
        if (options.json) printJson({ entries, projections, seconds });
        else process.stdout.write(`rebuilt ${projections.join(', ')} from ${entries} entries in ${seconds.toFixed(1)} s\n`);
      });
    });
}
