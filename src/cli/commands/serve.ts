/**
 * `unerased serve`: the archive on the web — pages for people and a JSON API with its OpenAPI
 * document — over the archive file. On first start the archive is created and the reference
 * archive (organisations, operations, camps, published figures) is loaded into it.
 */
import type { Command } from 'commander';
import { openArchive } from '../../archive/index.ts';
import { loadReference } from '../../apparatus/load-reference.ts';
import { searchProjection } from '../../search/index.ts';
import { openArchiveView } from '../../http/open-archive-view.ts';
import { startServer } from '../../http/server.ts';
import { DEFAULT_SEARCH_RATE } from '../../http/rate-limit.ts';
import { archivePath } from '../archive-path.ts';

/** Default port; `PORT` in the environment or `--port` chooses another. */
export const DEFAULT_PORT = 8080;
/** Only this machine by default: opening to the network is a deliberate choice (`--host 0.0.0.0`). */
export const DEFAULT_HOST = '127.0.0.1';

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: ${text} is not a port number (0–65535)`);
  return port;
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
    .action(async (options: { port?: number; host: string; searchRate?: number; reference: boolean }, command: Command) => {
      const path = archivePath(command);
      const archive = openArchive(path, { projections: [searchProjection] });
      const hasReference = archive.db.prepare('SELECT 1 FROM entities LIMIT 1').get() !== undefined;
      if (options.reference && !hasReference) {
        const summary = loadReference(archive);
        process.stderr.write(`unerased: loaded the reference archive: ${summary.sources} sources, ${summary.entities} entities, ${summary.claims} claims, ${summary.relations} relations\n`);
      }
      const port = options.port ?? (process.env.PORT ? parsePort(process.env.PORT) : DEFAULT_PORT);
      const rate = options.searchRate;
      const searchRate = rate === undefined ? DEFAULT_SEARCH_RATE : rate === 0 ? false : { ...DEFAULT_SEARCH_RATE, perSecond: rate, burst: Math.max(rate, DEFAULT_SEARCH_RATE.burst) };
      const view = openArchiveView(archive);
      const server = await startServer({ view, port, host: options.host, searchRate });
      process.stdout.write(`unerased: serving ${path} at ${server.url}\n`);
      const stop = () => {
        void server.close().then(() => {
          view.close();
          process.exit(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
