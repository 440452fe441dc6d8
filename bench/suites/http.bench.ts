/**
 * HTTP benchmark: the archive served by `unerased serve` in its own process, loaded from this
 * process with autocannon over localhost. A SYNTHETIC archive of 1,000,000 records
 * (× BENCH_SCALE) is imported through the real archive; the queries are spellings of people's
 * names that differ from every spelling in their records. Beside the searches per second over
 * HTTP stand two baselines measured in the same run: the same search() called in-process (no
 * HTTP, one core), and the cheapest endpoint (/api/head), the ceiling of the HTTP stack itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { addSource, openArchive, RecordWriter, type Archive } from '../../src/archive/index.ts';
import { createRandom, latinSpelling, synthesize, syntheticSources, toRecordData, type LatinStyle } from '../../src/synth/index.ts';
import { search, searchProjection, warmSearch } from '../../src/search/index.ts';
import { WARM_NOTICE_RECORDS } from '../../src/cli/commands/serve.ts';
import { median, quantile, table } from '../report.ts';

export const name = 'http';
export const title = 'HTTP: searches over the JSON API and pages (issue 7)';

const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const RECORDS = Math.round(1_000_000 * SCALE);
/** Distinct query strings cycled through by the load. */
const QUERY_COUNT = 2_000;
/** Concurrent connections of the load generator (a busy public site, on a 2-core machine). */
const CONNECTIONS = 16;
/** Seconds of load per run, after a warm-up of WARMUP_SECONDS; each row is the median of RUNS runs. */
const DURATION_SECONDS = 10;
const RUNS = 3;
const WARMUP_SECONDS = 3;
/** Targets from the issue. */
const TARGET_PER_SECOND = 300;
const TARGET_P99_MS = 100;
const SEED = 20251122;
/** Server processes for the main rows: one per core of this machine. */
const WORKERS = 2;
const BATCH = 10_000;
const STYLES: readonly LatinStyle[] = ['wikipedia', 'bgn_pcgn', 'scientific', 'polish', 'german'];
const CLI = fileURLToPath(new URL('../../bin/unerased.js', import.meta.url));

/**
 * Where the imported archive is kept between runs (bench/out is not committed): importing a
 * million records takes minutes, and the HTTP figures do not depend on a fresh import.
 * HTTP_BENCH_FRESH=1 imports anew.
 */
const KEPT_ARCHIVE = fileURLToPath(new URL(`../out/http-${RECORDS}-${SEED}.sqlite`, import.meta.url));

/** The query strings (same seed, same queries) without importing anything. */
function queriesOnly(): string[] {
  const random = createRandom(SEED + 7);
  const people = Math.ceil(RECORDS / 2.05);
  const every = Math.max(1, Math.floor(people / QUERY_COUNT));
  const queries: string[] = [];
  for (const { person } of synthesize({ people, seed: SEED })) {
    if (queries.length >= QUERY_COUNT) break;
    if (person.id % every === 0) queries.push(querySpelling(person, random));
  }
  return queries;
}

function querySpelling(person: { surname: string; given: string; birthYear: number }, random: ReturnType<typeof createRandom>): string {
  const style = random.pick(STYLES);
  const year = person.birthYear + random.pick([-1, 0, 0, 1]);
  return `${latinSpelling(person.surname, style)} ${latinSpelling(person.given, style)} ${year}`;
}

function importArchive(path: string): { queries: string[]; seconds: number } {
  const random = createRandom(SEED + 7);
  const people = Math.ceil(RECORDS / 2.05);
  const every = Math.max(1, Math.floor(people / QUERY_COUNT));
  const queries: string[] = [];
  const archive: Archive = openArchive(path);
  const sources = new Map(syntheticSources().map((s) => [s.code, addSource(archive, s.data, 'bench').id]));
  const writer = new RecordWriter(archive, 'bench');
  let batch: ReturnType<typeof toRecordData>[] = [];
  let imported = 0;
  const t0 = performance.now();
  const flush = () => {
    const records = batch;
    batch = [];
    archive.transaction(() => writer.add(records));
  };
  for (const { person, records } of synthesize({ people, seed: SEED })) {
    if (imported >= RECORDS) break;
    if (person.id % every === 0 && queries.length < QUERY_COUNT) queries.push(querySpelling(person, random));
    for (const record of records) batch.push(toRecordData(record, sources.get(record.sourceCode)!));
    imported += records.length;
    if (batch.length >= BATCH) flush();
    if (imported % 100_000 < records.length) process.stderr.write(`  imported ${imported}\n`);
  }
  flush();
  archive.close();
  return { queries, seconds: (performance.now() - t0) / 1000 };
}

/**
 * Starts `unerased serve` on a free port in a child process; resolves with its URL once every
 * process has loaded its search documents (it serves before that, more slowly: the figures are
 * of a server that is ready).
 */
function startServer(path: string, workers: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, '--archive', path, 'serve', '--port', '0', '--search-rate', '0', '--no-reference', '--workers', String(workers)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const ready = () => {
      const match = / at (http:\/\/\S+)/.exec(out);
      const warmed = (err.match(/records ready to search/g) ?? []).length;
      if (match && (RECORDS < WARM_NOTICE_RECORDS || warmed >= workers)) resolve({ url: match[1]!, child });
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      ready();
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      process.stderr.write(chunk);
      ready();
    });
    child.once('exit', (code) => reject(new Error(`unerased serve exited with ${code} before listening`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Load {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, paths: readonly string[], seconds = DURATION_SECONDS): Promise<Load> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
  });
  return { perSecond: result['2xx'] / result.duration, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** RUNS runs of the load: the medians of each figure, the errors of all, and each run's p99. */
async function loadMedian(url: string, paths: readonly string[]): Promise<Load & { p99s: number[] }> {
  const runs: Load[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await load(url, paths));
  return {
    perSecond: median(runs.map((r) => r.perSecond)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    p99s: runs.map((r) => r.p99),
  };
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'unerased-http-bench-'));
  const fresh = process.env.HTTP_BENCH_FRESH === '1' || !existsSync(KEPT_ARCHIVE);
  const path = fresh ? join(dir, 'archive.sqlite') : KEPT_ARCHIVE;
  let child: ChildProcess | undefined;
  try {
    const { queries, seconds: importSeconds } = fresh ? importArchive(path) : { queries: queriesOnly(), seconds: Number.NaN };
    // Build the search index once, before serving (what the first open of an archive does).
    const t1 = performance.now();
    const archive = openArchive(path, { projections: [searchProjection] });
    const indexSeconds = (performance.now() - t1) / 1000;

    // Baseline 1: the same searches in-process, one after another (no HTTP), with the ranking
    // documents loaded first as the server loads them (else the first search pays for it).
    warmSearch(archive);
    const inProcess: number[] = [];
    for (const q of queries.slice(0, 1000)) {
      const t = performance.now();
      search(archive, { q, pageSize: 20 });
      inProcess.push(performance.now() - t);
    }
    archive.close();
    const inProcessPerSecond = 1000 / (inProcess.reduce((a, b) => a + b, 0) / inProcess.length);

    const apiPaths = queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
    const pagePaths = queries.map((q) => `/search?q=${encodeURIComponent(q)}`);
    const single = await startServer(path, 1);
    child = single.child;
    await load(single.url, apiPaths, WARMUP_SECONDS);
    const apiSingle = await loadMedian(single.url, apiPaths);
    await stopServer(single.child);
    const server = await startServer(path, WORKERS);
    child = server.child;
    await load(server.url, apiPaths, WARMUP_SECONDS);
    const api = await loadMedian(server.url, apiPaths);
    const pages = await loadMedian(server.url, pagePaths);
    const head = await loadMedian(server.url, ['/api/head']);
    // The machine is shared: say how busy it was while the load ran.
    const loadAverage = loadavg()[0]!;

    await stopServer(server.child);
    child = undefined;
    if (fresh) {
      // Keep the archive (with its index) for the next run.
      mkdirSync(dirname(KEPT_ARCHIVE), { recursive: true });
      const kept = openArchive(path, { projections: [searchProjection] });
      kept.db.pragma('wal_checkpoint(TRUNCATE)');
      kept.close();
      renameSync(path, KEPT_ARCHIVE);
    }
    const f = (n: number, d = 0) => n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
    const verdict = api.perSecond >= TARGET_PER_SECOND && api.p99 <= TARGET_P99_MS ? 'met' : 'not met';
    return [
      `Archive: ${f(RECORDS)} SYNTHETIC records (synth generator, seed ${SEED}, BENCH_SCALE=${SCALE}), ${fresh ? `imported in ${f(importSeconds, 1)} s; search index built in ${f(indexSeconds, 1)} s` : `kept from an earlier run of this bench (${KEPT_ARCHIVE.split('/').slice(-2).join('/')}); opened in ${f(indexSeconds, 1)} s`}.`,
      `Server: \`unerased serve\` in its own process (search rate limit off); load: autocannon in the bench process, ${CONNECTIONS} connections; each row is the median of ${RUNS} runs of ${DURATION_SECONDS} s after a ${WARMUP_SECONDS} s warm-up, cycling through ${f(queries.length)} name queries ("Jeschow Nikolai 1895": a romanisation, Polish or German spelling, a birth year up to one out).`,
      `Load average (1 min) at the end of the measurements: ${f(loadAverage, 1)} on ${availableParallelism()} cores${loadAverage > availableParallelism() + 1 ? ' — other work was running on the machine, so these figures understate an idle machine' : ''}.`,
      '',
      table(['what', 'requests/s', 'p50 ms', 'p99 ms', 'errors or non-2xx'], [
        [`GET /api/search (JSON), --workers ${WORKERS}`, f(api.perSecond), f(api.p50, 1), f(api.p99, 1), api.errors],
        [`GET /search (HTML page), --workers ${WORKERS}`, f(pages.perSecond), f(pages.p50, 1), f(pages.p99, 1), pages.errors],
        ['GET /api/search (JSON), one process', f(apiSingle.perSecond), f(apiSingle.p50, 1), f(apiSingle.p99, 1), apiSingle.errors],
        [`baseline: GET /api/head (HTTP stack ceiling), --workers ${WORKERS}`, f(head.perSecond), f(head.p50, 1), f(head.p99, 1), head.errors],
        ['baseline: search() in-process, one at a time', f(inProcessPerSecond), f(median(inProcess), 1), f(quantile(inProcess, 0.99), 1), 0],
      ]),
      '',
      `p99 of each run, GET /api/search with ${WORKERS} processes: ${api.p99s.map((p) => f(p)).join(', ')} ms; HTML page: ${pages.p99s.map((p) => f(p)).join(', ')} ms.`,
      '',
      `Ratios: ${WORKERS} processes ÷ one process = ${f(api.perSecond / apiSingle.perSecond, 2)}×; API searches/s ÷ in-process searches/s = ${f(api.perSecond / inProcessPerSecond, 2)}× (two cores serve what one sequential caller gets, minus HTTP and JSON); API searches/s ÷ /api/head requests/s = ${f(api.perSecond / head.perSecond, 2)}×.`,
      `Target (≥ ${TARGET_PER_SECOND} searches/s, p99 ≤ ${TARGET_P99_MS} ms on this 2-core machine, load generator included): ${verdict}.`,
    ].join('\n');
  } finally {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
