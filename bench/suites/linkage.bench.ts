/**
 * Linkage on the synthetic archive (SYNTHETIC people, with ground truth): pairwise and cluster
 * precision/recall/F1, pairs compared, blocking's pair completeness, time per stage and memory,
 * beside a baseline run in the same process: exact match on normalised surname + given name +
 * birth year (what a plain database query would join).
 */
import { generateSynthetic, toRecordData } from '../../src/synth/index.ts';
import { encodeRecords, linkEncoded, pairwiseQuality, clusterQuality, pairCompleteness, type LinkInput, type Quality } from '../../src/linkage/index.ts';
import { normalizeName } from '../../src/names/index.ts';
import { edtfYear, normalizeDate } from '../../src/domain/dates.ts';
import { table } from '../report.ts';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';

export const name = 'linkage';
export const title = 'Record linkage (records → persons)';

/** Records the issue asks for at BENCH_SCALE=1 (the synthetic archive gives ~2.1 records a person). */
const TARGET_RECORDS = 1_000_000;
const RECORDS_PER_PERSON = 2.08;

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

function baseline(inputs: Iterable<LinkInput>, count: number): Int32Array {
  const labels = new Int32Array(count);
  const first = new Map<string, number>();
  let i = 0;
  for (const r of inputs) {
    const f = r.data.fields;
    const year = f.birthDate ? edtfYear(normalizeDate(f.birthDate.text)?.edtf ?? '')?.min ?? '' : '';
    const key = `${normalizeName(f.surname?.text ?? '')}|${normalizeName(f.givenName?.text ?? '')}|${year}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    labels[i] = seen ?? i;
    i++;
  }
  return labels;
}

type SyntheticRecord = ReturnType<typeof generateSynthetic>['records'][number];

/**
 * The synthetic records as linkage input, one at a time (as `unerased link` reads rows), each
 * let go once read when `release`: the archive is never held as objects twice, and the heap
 * the later stages allocate in stays small.
 */
function* inputsOf(records: (SyntheticRecord | undefined)[], release: boolean): Generator<LinkInput> {
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (release) records[i] = undefined;
    yield { id: `r${i}`, data: toRecordData(r, r.sourceCode) };
  }
}

const row = (label: string, q: Quality, c: Quality) => [label, pct(q.precision), pct(q.recall), pct(q.f1), pct(c.precision), pct(c.recall), pct(c.f1)];

/**
 * JavaScript heap the run needs per 1,000,000 records (the synthetic records as objects, held
 * for the baseline and the truth): 1M measured at about 2 GiB; V8's default limit is 4 GiB.
 */
const HEAP_MIB_PER_MILLION = 3072;

export async function run(): Promise<string> {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const heapMib = Math.ceil(scale * HEAP_MIB_PER_MILLION);
  if (!process.env.LINKAGE_BENCH_CHILD && getHeapStatistics().heap_size_limit / 2 ** 20 < heapMib) return runWithHeap(heapMib);
  const people = Math.max(100, Math.round((TARGET_RECORDS * scale) / RECORDS_PER_PERSON));
  process.stderr.write(`generating ${people} synthetic people…\n`);
  let synthetic: ReturnType<typeof generateSynthetic> | undefined = generateSynthetic({ people, seed: 2026 });
  const generated: (SyntheticRecord | undefined)[] = synthetic.records;
  synthetic = undefined;
  const truth = Int32Array.from(generated.map((r) => r!.personId));
  const n = generated.length;

  const baseStarted = performance.now();
  const baseLabels = baseline(inputsOf(generated, false), n);
  const baseMs = performance.now() - baseStarted;

  process.stderr.write(`linking ${n} records…\n`);
  let peakRss = process.memoryUsage().rss;
  let lastStage = '';
  const progress = { onProgress: (stage: string, _done: number, total: number) => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (stage !== lastStage) process.stderr.write(`  ${stage} (${total})\n`);
    lastStage = stage;
  } };
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  progress.onProgress('encode', 0, n);
  const records = encodeRecords(inputsOf(generated, true), n);
  const cpuUsed = process.cpuUsage(cpuStarted);
  const result = linkEncoded(records, progress, { wall: performance.now() - started, cpu: (cpuUsed.user + cpuUsed.system) / 1000 });
  const linkMs = performance.now() - started;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const q = pairwiseQuality(result.clustering.labels, truth);
  const c = clusterQuality(result.clustering.labels, truth);
  const bq = pairwiseQuality(baseLabels, truth);
  const bc = clusterQuality(baseLabels, truth);
  const completeness = pairCompleteness(result.pairs, truth);
  let reviewTrue = 0;
  for (const k of result.clustering.review) if (truth[result.scored.left[k]!] === truth[result.scored.right[k]!]) reviewTrue++;

  return [
    `${n.toLocaleString('en')} SYNTHETIC records of ${people.toLocaleString('en')} synthetic people (seed 2026, BENCH_SCALE=${scale}); the baseline joins records with the same normalised surname, given name and birth year. Records are handed to encoding one at a time, as \`unerased link\` reads rows (encode includes turning each synthetic record into record data). CPU time counts every thread; wall time includes waiting for other work on this shared machine.`,
    '',
    table(['method', 'pair precision', 'pair recall', 'pair F1', 'cluster precision', 'cluster recall', 'cluster F1'], [
      row('Fellegi–Sunter (EM, tf), auto links only', q, c),
      row('baseline: exact surname+given+year', bq, bc),
    ]),
    '',
    table(['figure', 'value'], [
      ['pairs compared', `${result.pairs.length.toLocaleString('en')} of ${((n * (n - 1)) / 2).toExponential(2)} possible`],
      ['blocking pair completeness', pct(completeness)],
      ['pairs for review (same person)', `${result.clustering.review.length.toLocaleString('en')} (${pct(reviewTrue / Math.max(1, result.clustering.review.length))} truly one person)`],
      ['EM iterations', String(result.emIterations)],
      ['prior (share of all pairs that match)', `${result.model.lambda.toExponential(2)} (${(Math.log2(result.model.lambda / (1 - result.model.lambda))).toFixed(1)} bits)`],
      ['comparison threads', result.workerChunks > 0 ? 'worker threads, one per core' : 'this thread'],
      ['time, linkage', secs(linkMs)],
      ...Object.entries(result.timings).map(([stage, ms]) => [`  ${stage}`, `${secs(ms)} (CPU ${secs(result.cpu[stage as keyof typeof result.cpu])})`]),
      ['time, baseline', secs(baseMs)],
      ['time ratio linkage / baseline', `${(linkMs / baseMs).toFixed(1)}×`],
      ['peak memory (RSS, whole process)', mib(peakRss)],
    ]),
    '',
    'Blocking rules (pairs each proposed before removing duplicates):',
    '',
    table(['rule', 'blocks', 'largest block', 'pairs'], result.blocking.perRule.map((r) => [r.rule, r.blocks, r.largestBlock, r.pairs])),
  ].join('\n');
}

/** Runs this benchmark in a child process whose heap limit fits the archive (BENCH_SCALE=3). */
function runWithHeap(heapMib: number): string {
  process.stderr.write(`running in a child process with a ${heapMib} MiB heap…\n`);
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMib}`, '--import', 'tsx', fileURLToPath(import.meta.url)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LINKAGE_BENCH_CHILD: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`linkage bench: the child process failed (${child.status ?? child.signal})`);
  return child.stdout.trim();
}

// Run directly (by runWithHeap): print the section.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(`${await run()}\n`);
