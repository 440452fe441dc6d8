/**
 * Search benchmark: a synthetic archive of 1,000,000 records (× BENCH_SCALE) imported through
 * the real archive, the search index built from its log, then 10,000 queries, each a spelling
 * of a person's name that differs from every spelling in that person's records, with a birth
 * year up to a year out. The same queries run through two baselines a user might pick instead:
 * exact match on normalised names, and SQLite FTS5 trigram over the raw names.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addSource, openArchive, RecordWriter, type Archive } from '../../src/archive/index.ts';
import { createRandom, latinSpelling, synthesize, syntheticSources, toRecordData, type LatinStyle, type SyntheticPerson, type SyntheticRecord } from '../../src/synth/index.ts';
import { search, searchProjection, warmSearch } from '../../src/search/index.ts';
import { median, quantile, table } from '../report.ts';
import { buildBaselines, exactBaseline, trigramBaseline } from './search-baselines.ts';
import { measureServingProcess, type ServingQuery } from './search-serving-process.ts';
import { measureBuildProcess } from './search-build-process.ts';

export const name = 'search';
export const title = 'Search: fuzzy cross-script search (issue 5)';

const SCALE = Number(process.env.BENCH_SCALE ?? '1');
/** Records in the archive at scale 1. */
export const RECORDS = Math.round(1_000_000 * SCALE);
/** Queries through the search index. */
export const QUERIES = Math.min(10_000, Math.max(100, Math.round(RECORDS / 10)));
/** Queries through the baselines (FTS5 trigram OR-queries are slow: a sample is enough for recall). */
const BASELINE_QUERIES = Math.min(QUERIES, 500);
/** Queries the trigram baseline's serving process runs (a few seconds each at 3M; enough to see its memory). */
const TRIGRAM_SERVING_QUERIES = Math.min(QUERIES, 100);
export const SEED = 20251122;
/** People drawn for RECORDS records (the generator gives ~2.05 records a person). */
export const PEOPLE = Math.ceil(RECORDS / 2.05);
/**
 * Where the archive is kept when SEARCH_BENCH_KEEP=1 (bench/out is not committed), for
 * bench/search-misses.ts to study the queries' misses without importing it again.
 */
export const KEPT_ARCHIVE = fileURLToPath(new URL(`../out/search-${RECORDS}-${SEED}.sqlite`, import.meta.url));
/** People in Memorial's "Расстрелы в Москве" list (4,169 distinct surnames: see the names section). */
const REAL_LIST_PEOPLE = 5_232;
const REAL_LIST_SURNAMES = 4_169;
/** Records imported per transaction. */
const BATCH = 10_000;

export interface BenchQuery {
  text: string;
  surname: string;
  givenName: string;
  year: number;
  relevant: Set<string>;
  withPatronymic: boolean;
}

const QUERY_STYLES: readonly LatinStyle[] = ['wikipedia', 'bgn_pcgn', 'ala_lc', 'scientific', 'icao', 'polish', 'german'];

/** A person whose records a query looks for, with their records' locators and surnames. */
export interface SampledPerson {
  person: SyntheticPerson;
  keys: string[];
  surnames: Set<string>;
}

/** Every `floor(PEOPLE / QUERIES)`-th person, until QUERIES are drawn: offer each person in order. */
export function personSampler(): { offer(person: SyntheticPerson, records: readonly SyntheticRecord[]): void; sampled: Map<number, SampledPerson> } {
  const sampleEvery = Math.max(1, Math.floor(PEOPLE / QUERIES));
  const sampled = new Map<number, SampledPerson>();
  return {
    sampled,
    offer(person, records) {
      if (person.id % sampleEvery !== 0 || sampled.size >= QUERIES) return;
      sampled.set(person.id, { person, keys: records.map((r) => r.key), surnames: new Set(records.map((r) => r.fields.surname ?? '')) });
    },
  };
}

/**
 * The queries for the sampled people, in order. Draws from a generator seeded SEED + 1 in a
 * fixed order, so any caller with the same people gets the same queries.
 */
export function benchQueries(sampled: Iterable<SampledPerson>, idOf: ReadonlyMap<string, string>): BenchQuery[] {
  const random = createRandom(SEED + 1);
  const queries: BenchQuery[] = [];
  for (const { person, keys, surnames } of sampled) {
    const spelling = querySpelling(person, surnames, random);
    const year = person.birthYear + random.pick([-1, 0, 0, 1]);
    const relevant = new Set(keys.map((k) => idOf.get(k)!));
    // Half the queries give the patronymic too (descendants usually know it; foreign lists drop it).
    const withPatronymic = random.chance(0.5);
    const text = withPatronymic ? `${spelling.surname} ${spelling.given} ${spelling.patronymic} ${year}` : `${spelling.surname} ${spelling.given} ${year}`;
    queries.push({ text, surname: spelling.surname, givenName: spelling.given, year, relevant, withPatronymic });
  }
  return queries;
}

/** A spelling of the person's surname and given name that none of their records uses. */
function querySpelling(person: SyntheticPerson, used: Set<string>, random: ReturnType<typeof createRandom>): { surname: string; given: string; patronymic: string } {
  const options: { surname: string; given: string; patronymic: string }[] = [
    { surname: person.surname, given: person.given, patronymic: person.patronymic },
    { surname: person.nativeSurname, given: person.nativeGiven, patronymic: latinSpelling(person.patronymic, 'wikipedia') },
    ...QUERY_STYLES.map((style) => ({ surname: latinSpelling(person.surname, style), given: latinSpelling(person.given, style), patronymic: latinSpelling(person.patronymic, style) })),
  ];
  const fresh = options.filter((o) => !used.has(o.surname));
  return random.pick(fresh.length > 0 ? fresh : options);
}

/**
 * Record ids of the wanted locators, in one pass over the records. The locator lives in the
 * record.add payload (the `records` view extracts it), so it has no index: a lookup per
 * locator would scan the whole archive each time (hours for 10,000 queries at 1M records).
 */
export function idsOfLocators(archive: Archive, wanted: ReadonlySet<string>): Map<string, string> {
  const idOf = new Map<string, string>();
  const rows = archive.db.prepare('SELECT locator, id FROM records').raw().iterate() as IterableIterator<[string | null, string]>;
  for (const [locator, id] of rows) if (locator !== null && wanted.has(locator)) idOf.set(locator, id);
  const missing = [...wanted].filter((locator) => !idOf.has(locator));
  if (missing.length > 0) throw new Error(`search bench: ${missing.length} sampled records not in the archive (first: ${missing[0]})`);
  return idOf;
}

function rssMiB(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'unerased-search-bench-'));
  const path = join(dir, 'archive.sqlite');
  try {
    const sampler = personSampler();

    // 1. Import through the real archive (its own projections only).
    let archive: Archive = openArchive(path);
    const sourceIds = new Map(syntheticSources().map((s) => [s.code, addSource(archive, s.data, 'bench').id]));
    const writer = new RecordWriter(archive, 'bench');
    let imported = 0;
    let batch: ReturnType<typeof toRecordData>[] = [];
    const t0 = performance.now();
    const flush = () => {
      const records = batch;
      batch = [];
      archive.transaction(() => writer.add(records));
    };
    // How many namesakes the generator makes: what bounds recall@10, whatever the ranking.
    const namesakes = new Map<string, number>();
    const surnamesOfFirst = new Set<string>();
    let peopleSeen = 0;
    for (const { person, records } of synthesize({ people: PEOPLE, seed: SEED })) {
      if (imported >= RECORDS) break;
      const namesake = `${person.surname}|${person.given}|${person.birthYear}`;
      namesakes.set(namesake, (namesakes.get(namesake) ?? 0) + 1);
      if (peopleSeen++ < REAL_LIST_PEOPLE) surnamesOfFirst.add(person.surname);
      sampler.offer(person, records);
      for (const record of records) batch.push(toRecordData(record, sourceIds.get(record.sourceCode)!));
      imported += records.length;
      if (batch.length >= BATCH) flush();
      if (imported % 100_000 < records.length) process.stderr.write(`  imported ${imported}\n`);
    }
    flush();
    process.stderr.write('  building the search index from the log\n');
    const importSeconds = (performance.now() - t0) / 1000;
    archive.close();
    const sizeBefore = statSync(path).size;

    // 2. Build the search index from the log (what opening an archive does for a new
    // projection), in a process of its own: this one holds the generator's state.
    const built = measureBuildProcess(path);
    const { seconds: buildSeconds, cpuSeconds: buildCpuSeconds } = built;
    if (built.docs !== imported) throw new Error(`search bench: the build indexed ${built.docs} documents of ${imported} records`);
    const t2 = performance.now();
    archive = openArchive(path, { projections: [searchProjection] });
    const readyMs = performance.now() - t2;
    // The documents ranking reads, loaded into memory (a server does this at start).
    const t3 = performance.now();
    const cpu3 = process.cpuUsage();
    warmSearch(archive);
    const warmSeconds = (performance.now() - t3) / 1000;
    const warmCpu = process.cpuUsage(cpu3);
    const warmCpuSeconds = (warmCpu.user + warmCpu.system) / 1e6;
    const rssWarm = rssMiB();
    archive.db.pragma('wal_checkpoint(TRUNCATE)');
    const indexBytes = statSync(path).size - sizeBefore;

    process.stderr.write(`  index built in ${buildSeconds.toFixed(1)} s; reading the ids of the sampled people's records\n`);

    // 3. The queries, with the ids of each person's records.
    const sampled = [...sampler.sampled.values()];
    const queries = benchQueries(sampled, idsOfLocators(archive, new Set(sampled.flatMap((s) => s.keys))));

    const load = loadavg()[0]!;
    const cpu2 = process.cpuUsage();
    const wall2 = performance.now();
    const ours = measure(queries, (q) => search(archive, { q: q.text, pageSize: 10, facets: false }).hits.map((h) => h.recordId), (q) => !q.withPatronymic);
    const oursNoPatronymic = ours.subset!;
    const queryCpu = process.cpuUsage(cpu2);
    const cpuShare = (queryCpu.user + queryCpu.system) / 1000 / (performance.now() - wall2);
    const oursWithFacets = measure(queries.slice(0, 500), (q) => search(archive, { q: q.text, pageSize: 10 }).hits.map((h) => h.recordId));
    const rssSearch = rssMiB();

    const baselines = buildBaselines(archive.db);
    const sample = queries.slice(0, BASELINE_QUERIES);
    const exact = measure(sample, (q) => exactBaseline(archive.db, q));
    const trigram = measure(sample, (q) => trigramBaseline(archive.db, q));
    archive.close();

    // What a process that only serves searches holds (this one also holds the generator's state).
    const queriesFile = (name: string, of: readonly BenchQuery[]): string => {
      const file = join(dir, `${name}.jsonl`);
      writeFileSync(file, of.map((q) => JSON.stringify({ text: q.text, surname: q.surname, givenName: q.givenName, year: q.year } satisfies ServingQuery)).join('\n'));
      return file;
    };
    process.stderr.write('  measuring a process that only opens the archive and searches, for each method\n');
    const serving = measureServingProcess('unerased', path, queriesFile('unerased', queries));
    const servingExact = measureServingProcess('exact', path, queriesFile('exact', sample));
    const servingTrigram = measureServingProcess('trigram', path, queriesFile('trigram', sample.slice(0, TRIGRAM_SERVING_QUERIES)));

    const fmt = (n: number, d = 1) => n.toFixed(d);
    const mib = (bytes: number) => `${fmt(bytes / 2 ** 20, 0)} MiB`;
    const row = (label: string, m: Measured, build: string, n: number, disk = '—', rss = '—') => [label, n, fmt(m.recall, 3), fmt(m.mrr, 3), fmt(m.p50, 2), fmt(m.p95, 2), fmt(m.p99, 2), build, disk, rss];
    return [
      `Archive: ${imported.toLocaleString('en')} SYNTHETIC records (\`unerased synth\` generator, seed ${SEED}, BENCH_SCALE=${SCALE}), imported through the archive log in ${fmt(importSeconds)} s.`,
      `Queries: a different spelling of the person's surname and given name than any of their records uses (Cyrillic, a romanisation, Polish or German spelling, or the native spelling), plus a birth year up to one year out ("Jeschow Nikolai 1895"); half of them also give the patronymic in the same spelling. The synthetic records carry OCR misreadings and copying slips (in a third of one source's names), so some records are spelt two edits away from any query. Recall@10 = share of the person's records in the first ten; MRR = mean 1/rank of the first of them.`,
      '',
      table(['method', 'queries', 'recall@10', 'MRR', 'p50 ms', 'p95 ms', 'p99 ms', 'index build', 'index on disk', 'serving RSS, peak'], [
        row('unerased search (phonetic, cross-script keys)', ours, `${fmt(buildSeconds)} s`, ours.count, mib(indexBytes), `${serving.rssPeakMiB} MiB`),
        row('… only the queries without patronymic', oursNoPatronymic, '—', oursNoPatronymic.count),
        row('… same, with facets', oursWithFacets, '—', oursWithFacets.count),
        row('baseline: exact match on normalised names', exact, `${fmt(baselines.exactSeconds)} s`, exact.count, mib(baselines.exactBytes), `${servingExact.rssPeakMiB} MiB`),
        row('baseline: SQLite FTS5 trigram over raw names', trigram, `${fmt(baselines.trigramSeconds)} s`, trigram.count, mib(baselines.trigramBytes), `${servingTrigram.rssPeakMiB} MiB`),
      ]),
      '',
      `Serving RSS: the peak RSS of a child process that opens the archive, loads what the method searches from and runs its queries (unerased: all ${serving.queries.toLocaleString('en')}; exact: ${servingExact.queries}; trigram: ${servingTrigram.queries}); the baselines hold nothing beyond SQLite's page cache, so theirs is mostly Node's own (RSS ${servingExact.rssAfterOpenMiB} MiB after opening the archive).`,
      '',
      `Recall@10 ratio, unerased / exact: ${fmt(ours.recall / Math.max(exact.recall, 1e-9), 2)}×; unerased / trigram: ${fmt(ours.recall / Math.max(trigram.recall, 1e-9), 2)}×. p95 latency ratio, trigram / unerased: ${fmt(trigram.p95 / ours.p95, 2)}×.`,
      '',
      `Machine load while querying: load average ${fmt(load)} on ${cpus().length} cores; the query loop got ${fmt(cpuShare * 100, 0)}% of a core, so wall-clock latencies are inflated by other processes about ${fmt(1 / Math.max(cpuShare, 0.01), 1)}×.`,
      '',
      `Namesakes: ${fmt((100 * [...namesakes.values()].filter((n) => n > 1).reduce((a, b) => a + b, 0)) / peopleSeen, 1)}% of the ${peopleSeen.toLocaleString('en')} synthetic people share surname, given name and birth year with another (a query of those three cannot tell them apart). The generator draws surnames from a common list and a long tail of rare ones (src/synth/surnames.ts): its first ${REAL_LIST_PEOPLE.toLocaleString('en')} people have ${surnamesOfFirst.size.toLocaleString('en')} distinct surnames, where the real Moscow list of ${REAL_LIST_PEOPLE.toLocaleString('en')} people has ${REAL_LIST_SURNAMES.toLocaleString('en')}.`,
      '',
      `Index: built from the log by a process of its own (it opens the archive, as \`unerased serve\` would) in ${fmt(buildSeconds)} s wall, ${fmt(buildCpuSeconds)} s CPU over its threads (${fmt(imported / buildSeconds, 0)} records/s wall, ${fmt(imported / buildCpuSeconds, 0)} per CPU-second), peak RSS ${built.peakRssMiB} MiB; ${fmt(indexBytes / 2 ** 20, 0)} MiB on disk; the archive opens with it in ${fmt(readyMs, 0)} ms once built, and its documents load into memory for ranking in ${fmt(warmSeconds)} s (${fmt(warmCpuSeconds)} s CPU; RSS ${rssWarm} MiB after). Memory (RSS of the whole bench process, generator included) after the queries: ${rssSearch} MiB.`,
      '',
      `A process that only serves searches (opens the archive in a child process, loads the documents, runs the ${serving.queries.toLocaleString('en')} queries): ${serving.held.toLocaleString('en')} documents held ${fmt(serving.readySeconds)} s after opening, RSS ${serving.rssAfterOpenMiB} MiB then, ${serving.rssPeakMiB} MiB at most during the queries (target at 3M: ≤ 2 GB).`,
    ].join('\n');
  } finally {
    if (process.env.SEARCH_BENCH_KEEP === '1') {
      mkdirSync(dirname(KEPT_ARCHIVE), { recursive: true });
      copyFileSync(path, KEPT_ARCHIVE);
      process.stderr.write(`  archive kept: ${KEPT_ARCHIVE}\n`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Measured {
  count: number;
  recall: number;
  mrr: number;
  p50: number;
  p95: number;
  p99: number;
}

function measure(queries: readonly BenchQuery[], run: (q: BenchQuery) => string[], only?: (q: BenchQuery) => boolean): Measured & { subset?: Measured } {
  const times: number[] = [];
  const recalls: number[] = [];
  const ranks: number[] = [];
  for (const [i, q] of queries.entries()) {
    if (i > 0 && i % 1000 === 0) process.stderr.write(`  queries ${i}/${queries.length}\n`);
    const t = performance.now();
    const ids = run(q).slice(0, 10);
    times.push(performance.now() - t);
    const found = ids.filter((id) => q.relevant.has(id)).length;
    recalls.push(found / Math.min(10, q.relevant.size));
    const first = ids.findIndex((id) => q.relevant.has(id));
    ranks.push(first >= 0 ? 1 / (first + 1) : 0);
  }
  const summary = (pick: (i: number) => boolean): Measured => {
    const idx = queries.map((_, i) => i).filter(pick);
    const t = idx.map((i) => times[i]!);
    const mean = (xs: number[]) => idx.reduce((n, i) => n + xs[i]!, 0) / Math.max(1, idx.length);
    return { count: idx.length, recall: mean(recalls), mrr: mean(ranks), p50: median(t), p95: quantile(t, 0.95), p99: quantile(t, 0.99) };
  };
  const all = summary(() => true);
  return only ? { ...all, subset: summary((i) => only(queries[i]!)) } : all;
}
