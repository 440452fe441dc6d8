/**
 * `unerased serve`: the archive on the web — pages for people and a JSON API with its OpenAPI
 * document — over the archive file. On first start the archive is created and the reference
 * archive (organisations, operations, camps, published figures) is loaded into it.
 */
import cluster from 'node:cluster';
import { createServer, type AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { openArchive } from '../../archive/index.ts';
import { loadReference } from '../../apparatus/load-reference.ts';
import { searchProjection, warmSearchInBackground } from '../../search/index.ts';
import { openArchiveView } from '../../http/open-archive-view.ts';
import { startServer } from '../../http/server.ts';
import { DEFAULT_SEARCH_RATE } from '../../http/rate-limit.ts';
import { archivePath } from '../archive-path.ts';

/** Default port; `PORT` in the environment or `--port` chooses another. */
export const DEFAULT_PORT = 8080;
/** Archives at least this large say how long loading the search documents took (small ones load at once). */
export const WARM_NOTICE_RECORDS = 100_000;

/** How the primary tells its workers the port they share. */
const WORKER_PORT_ENV = 'UNERASED_SERVE_PORT';

/** Server processes replaced after a crash before the supervisor gives up. */
const MAX_RESTARTS = 10;

/** Only this machine by default: opening to the network is a deliberate choice (`--host 0.0.0.0`). */
export const DEFAULT_HOST = '127.0.0.1';

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: ${text} is not a port number (0–65535)`);
  return port;
}

function parseWorkers(text: string): number {
  const workers = Number(text);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error(`--workers: ${text} is not a number of processes (1–64)`);
  return workers;
}

function parseRate(text: string): number {
  const rate = Number(text);
  if (!Number.isFinite(rate) || rate < 0) throw new Error(`--search-rate: ${text} is not a number of searches per second (0 = no limit)`);
  return rate;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the archive on the web: search, person and entity pages, statistics, history, and a JSON API (/api/openapi.json)')
    .option('--port <n>', `port to listen on (0 = any free port; default $PORT or ${DEFAULT_PORT})`, parsePort)
    .option('--host <address>', `address to listen on (default ${DEFAULT_HOST}; 0.0.0.0 for every interface)`, DEFAULT_HOST)
    .option('--search-rate <n>', `searches per second allowed per client, 0 = no limit (default ${DEFAULT_SEARCH_RATE.perSecond}, bursts of ${DEFAULT_SEARCH_RATE.burst})`, parseRate)
    .option('--no-reference', 'do not load the reference archive into an archive that has none')
    .option('--workers <n>', `server processes sharing the port (SQLite serves readers in parallel; this machine has ${availableParallelism()} cores)`, parseWorkers, 1)
    .action(async (options: ServeOptions, command: Command) => {
      const path = archivePath(command);
      if (cluster.isPrimary) prepareArchive(path, options.reference);
      if (options.workers > 1 && cluster.isPrimary) return superviseWorkers(path, options.workers, await concretePort(options));
      await serveArchive(path, options);
    });
}

interface ServeOptions {
  port?: number;
  host: string;
  searchRate?: number;
  reference: boolean;
  workers: number;
}

/** Creates the archive if missing and loads the reference archive into one that has none. */
function prepareArchive(path: string, reference: boolean): void {
  const archive = openArchive(path, { projections: [searchProjection] });
  try {
    const hasReference = archive.db.prepare('SELECT 1 FROM entities LIMIT 1').get() !== undefined;
    if (reference && !hasReference) {
      const summary = loadReference(archive);
      process.stderr.write(`unerased: loaded the reference archive: ${summary.sources} sources, ${summary.entities} entities, ${summary.claims} claims, ${summary.relations} relations\n`);
    }
  } finally {
    archive.close();
  }
}

/** The port to listen on; `0` becomes a free port chosen now. */
async function concretePort(options: ServeOptions): Promise<number> {
  const port = chosenPort(options);
  if (port !== 0) return port;
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, options.host, () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

function chosenPort(options: ServeOptions): number {
  const fromPrimary = process.env[WORKER_PORT_ENV];
  if (cluster.isWorker && fromPrimary) return Number(fromPrimary);
  return options.port ?? (process.env.PORT ? parsePort(process.env.PORT) : DEFAULT_PORT);
}

/**
 * The primary of `--workers N`: forks the servers, prints the address once, replaces one that
 * dies, stops them together. Every worker gets the same concrete port: with `listen(0)` each
 * cluster worker would get a random port of its own.
 */
function superviseWorkers(path: string, workers: number, port: number): void {
  let announced = false;
  let stopping = false;
  let restarts = 0;
  const fork = () => {
    const worker = cluster.fork({ [WORKER_PORT_ENV]: String(port) });
    worker.on('message', (message: { url?: string }) => {
      if (message.url && !announced) {
        announced = true;
        process.stdout.write(`unerased: serving ${path} at ${message.url} (${workers} processes)\n`);
      }
    });
  };
  for (let i = 0; i < workers; i++) fork();
  cluster.on('exit', (_worker, code, signal) => {
    if (stopping) return;
    process.stderr.write(`unerased: a server process stopped (${signal ?? code})\n`);
    // Replace it, unless processes keep dying (then something is wrong that a restart will not fix).
    if (++restarts <= MAX_RESTARTS) fork();
    else process.stderr.write('unerased: too many server processes stopped; not restarting them\n');
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function serveArchive(path: string, options: ServeOptions): Promise<void> {
  const archive = openArchive(path, { projections: [searchProjection] });
  const port = chosenPort(options);
  const rate = options.searchRate;
  const searchRate = rate === undefined ? DEFAULT_SEARCH_RATE : rate === 0 ? false : { ...DEFAULT_SEARCH_RATE, perSecond: rate, burst: Math.max(rate, DEFAULT_SEARCH_RATE.burst) };
  // Load what ranking reads while serving: searches answer at once, faster when it is done.
  const warmStarted = performance.now();
  void warmSearchInBackground(archive).then((warmed) => {
    if (warmed >= WARM_NOTICE_RECORDS) process.stderr.write(`unerased: ${warmed.toLocaleString('en')} records ready to search in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s\n`);
  }, (error: unknown) => process.stderr.write(`unerased: loading the search documents stopped: ${error instanceof Error ? error.message : String(error)}\n`));
  const view = openArchiveView(archive);
  const server = await startServer({ view, port, host: options.host, searchRate });
  if (cluster.isWorker) process.send?.({ url: server.url });
  else process.stdout.write(`unerased: serving ${path} at ${server.url}\n`);
  const stop = () => {
    void server.close().then(() => {
      view.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
