/**
 * The memory of a process that only serves searches: the search bench's own process also
 * holds the generator's state and the queries' truth, so its RSS says little about what a
 * server needs. This runs in a child process, once for each method the bench compares: open
 * the archive, load what the method searches from (unerased: its documents, restored from the
 * saved store; the baselines: nothing beyond SQLite's own cache), run the queries, report RSS.
 *
 *   node --import tsx bench/suites/search-serving-process.ts METHOD ARCHIVE QUERIES_FILE
 *   METHOD: unerased | exact | trigram; QUERIES_FILE: one JSON query a line ({ text, surname, givenName, year })
 *   → one line of JSON: { held, readySeconds, rssAfterOpenMiB, rssPeakMiB, queries }
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../../src/archive/index.ts';
import { search, searchProjection, warmSearch } from '../../src/search/index.ts';
import { exactBaseline, trigramBaseline, type BaselineQuery } from './search-baselines.ts';

export const SERVING_METHODS = ['unerased', 'exact', 'trigram'] as const;
export type ServingMethod = (typeof SERVING_METHODS)[number];

/** A query as the serving process reads it: the text for unerased, the fields for the baselines. */
export type ServingQuery = BaselineQuery & { text: string };

export interface ServingProcessMemory {
  /** Documents held in memory for ranking (0 for a baseline: it holds none). */
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
export function measureServingProcess(method: ServingMethod, archivePath: string, queriesFile: string): ServingProcessMemory {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, method, archivePath, queriesFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`search bench: the serving process (${method}) failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as ServingProcessMemory;
}

function serve(method: ServingMethod, archivePath: string, queriesFile: string): ServingProcessMemory {
  const queries = readFileSync(queriesFile, 'utf8').split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as ServingQuery);
  const started = performance.now();
  const archive = openArchive(archivePath, { projections: method === 'unerased' ? [searchProjection] : [] });
  const held = method === 'unerased' ? warmSearch(archive) : 0;
  const readySeconds = (performance.now() - started) / 1000;
  const rssAfterOpenMiB = rssMiB();
  let rssPeakMiB = rssAfterOpenMiB;
  const run: (q: ServingQuery) => unknown =
    method === 'unerased' ? (q) => search(archive, { q: q.text, pageSize: 20 }) : method === 'exact' ? (q) => exactBaseline(archive.db, q) : (q) => trigramBaseline(archive.db, q);
  queries.forEach((q, i) => {
    run(q);
    if (i % RSS_EVERY === 0) rssPeakMiB = Math.max(rssPeakMiB, rssMiB());
  });
  rssPeakMiB = Math.max(rssPeakMiB, rssMiB());
  archive.close();
  return { held, readySeconds, rssAfterOpenMiB, rssPeakMiB, queries: queries.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [method, archivePath, queriesFile] = process.argv.slice(2);
  if (!SERVING_METHODS.includes(method as ServingMethod) || !archivePath || !queriesFile) {
    process.stderr.write(`usage: search-serving-process.ts ${SERVING_METHODS.join('|')} ARCHIVE QUERIES_FILE\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(serve(method as ServingMethod, archivePath, queriesFile))}\n`);
}
