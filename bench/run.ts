/**
 * `npm run bench [-- NAME…]`: runs the benchmarks (all, or those named) one after another and
 * writes their figures to BENCHMARKS.md. Each benchmark is a module in ./suites exporting
 * `name`, `title` and `run(): Promise<string>` (the Markdown of its section).
 *
 * BENCH_SCALE scales the record counts (1 = the sizes the issues ask for; 3 = 3,000,000).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeSection } from './report.ts';

interface Suite {
  name: string;
  title: string;
  run(): Promise<string>;
}

/**
 * Runs at a larger scale ("3,000,000 when asked") get sections of their own beside those at
 * the issues' sizes, so both sets of figures stay in BENCHMARKS.md.
 */
const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const sectionSuffix = SCALE > 1 ? `-x${SCALE}` : '';
const titleSuffix = SCALE > 1 ? ` — BENCH_SCALE=${SCALE}` : '';

const dir = fileURLToPath(new URL('./suites/', import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();

for (const file of files) {
  const suite = (await import(new URL(`./suites/${file}`, import.meta.url).href)) as Suite;
  if (wanted.length > 0 && !wanted.includes(suite.name)) continue;
  process.stderr.write(`\n== ${suite.title} (${file})\n`);
  const started = performance.now();
  const markdown = await suite.run();
  writeSection(suite.name + sectionSuffix, suite.title + titleSuffix, markdown);
  process.stderr.write(`== done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
