/**
 * The memory of a process that only serves searches: the search bench's own process also
 * holds the generator's state and the queries' truth, so its RSS says little about what a
 * server needs. This runs in a child process: open the archive, load the search documents
 * (restored from the saved store), run the queries, report RSS.
 *
 *   node --import tsx bench/suites/search-serving-process.ts ARCHIVE QUERIES_FILE
 *   → one line of JSON: { held, readySeconds, rssAfterOpenMiB, rssPeakMiB, queries }
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../../src/archive/index.ts';
import { search, searchProjection, warmSearch } from '../../src/search/index.ts';

export interface ServingProcessMemory {
  held: number;
  readySeconds: number;
  rssAfterOpenMiB: number;
  rssPeakMiB: number;
  queries: number;
}

/** Queries between two readings of RSS (reading it costs a system call). */
const RSS_EVERY = 50;

const rssMiB = (): number => Math.round(process.memoryUsage().rss / 2 ** 20);

/** Runs this file in a child process and returns what it measured. */
export function measureServingProcess(archivePath: string, queriesFile: string): ServingProcessMemory {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, archivePath, queriesFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`search bench: the serving process failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as ServingProcessMemory;
}

function serve(archivePath: string, queriesFile: string): ServingProcessMemory {
  const queries = readFileSync(queriesFile, 'utf8').split('\n').filter((q) => q.length > 0);
  const started = performance.now();
  const archive = openArchive(archivePath, { projections: [searchProjection] });
  const held = warmSearch(archive);
  const readySeconds = (performance.now() - started) / 1000;
  const rssAfterOpenMiB = rssMiB();
  let rssPeakMiB = rssAfterOpenMiB;
  queries.forEach((q, i) => {
    search(archive, { q, pageSize: 20 });
    if (i % RSS_EVERY === 0) rssPeakMiB = Math.max(rssPeakMiB, rssMiB());
  });
  rssPeakMiB = Math.max(rssPeakMiB, rssMiB());
  archive.close();
  return { held, readySeconds, rssAfterOpenMiB, rssPeakMiB, queries: queries.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [archivePath, queriesFile] = process.argv.slice(2);
  if (!archivePath || !queriesFile) {
    process.stderr.write('usage: search-serving-process.ts ARCHIVE QUERIES_FILE\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(serve(archivePath, queriesFile))}\n`);
}
