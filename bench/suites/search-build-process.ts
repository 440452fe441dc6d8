/**
 * Building the search index in a process of its own, as a user's process does it: `unerased
 * serve` or `unerased search` opening an archive whose index is missing or out of date. The
 * search bench's own process also holds the generator's state (millions of objects), which
 * every full garbage collection of the build's main thread has to walk, and its RSS says
 * nothing about what a build needs. This opens the archive with the search projection, which
 * builds the index from the log, and reports the time, the CPU of all its threads and the
 * peak RSS.
 *
 *   node --import tsx bench/suites/search-build-process.ts ARCHIVE
 *   → one line of JSON: { seconds, cpuSeconds, peakRssMiB, docs }
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../../src/archive/index.ts';
import { searchProjection, warmSearch } from '../../src/search/index.ts';

export interface BuildProcessMeasure {
  /** Wall time of opening the archive, the index built. */
  seconds: number;
  /** CPU of the process (all threads: the build makes documents on a worker), user + system. */
  cpuSeconds: number;
  /** Peak RSS of the process over the build. */
  peakRssMiB: number;
  /** Documents in the index after the build. */
  docs: number;
}

/** Runs this file in a child process and returns what it measured. */
export function measureBuildProcess(archivePath: string): BuildProcessMeasure {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, archivePath], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`search bench: the build process failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as BuildProcessMeasure;
}

function build(archivePath: string): BuildProcessMeasure {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const archive = openArchive(archivePath, { projections: [searchProjection] });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  // The store the build filled holds every document it indexed.
  const docs = warmSearch(archive);
  archive.close();
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, peakRssMiB, docs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const archivePath = process.argv[2];
  if (!archivePath) {
    process.stderr.write('usage: search-build-process.ts ARCHIVE\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(build(archivePath))}\n`);
}
