/**
 * Where the search bench's queries lose recall: the bench's own queries (same people, same
 * spellings, same years) run on the archive a bench run kept, with recall averaged per query
 * as the bench does, and each missed record sorted out: never a candidate, or outranked, and
 * then on which parts it scored below the tenth hit (or tied with it). A ranking change needs
 * no new archive; a change of keys rebuilds the index when the archive opens.
 *
 *   SEARCH_BENCH_KEEP=1 [BENCH_SCALE=3] npm run bench -- search     (keeps the archive once)
 *   [BENCH_SCALE=3] node --import tsx bench/search-misses.ts [MISSES.json]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { openArchive } from '../src/archive/index.ts';
import { synthesize } from '../src/synth/index.ts';
import { search, searchProjection, warmSearch } from '../src/search/index.ts';
import { candidateDocs } from '../src/search/candidates.ts';
import { prepareQuery, scoreDoc } from '../src/search/rank.ts';
import { readDocs } from '../src/search/search.ts';
import { parseQuery } from '../src/search/query.ts';
import { benchQueries, idsOfLocators, KEPT_ARCHIVE, PEOPLE, personSampler, RECORDS, SEED } from './suites/search.bench.ts';

interface Miss {
  query: string;
  recordId: string;
  /** "never a candidate", or the parts it scored lower than the tenth hit on ("tie" when equal). */
  why: string;
  record?: string;
  tenth?: string;
}

if (!existsSync(KEPT_ARCHIVE)) {
  process.stderr.write(`no kept archive at ${KEPT_ARCHIVE}: run SEARCH_BENCH_KEEP=1 npm run bench -- search first (same BENCH_SCALE)\n`);
  process.exit(2);
}
const archive = openArchive(KEPT_ARCHIVE, { projections: [searchProjection] });
warmSearch(archive);

// The bench's people, walked without importing them again.
const sampler = personSampler();
let walked = 0;
for (const { person, records } of synthesize({ people: PEOPLE, seed: SEED })) {
  if (walked >= RECORDS) break;
  sampler.offer(person, records);
  walked += records.length;
}
const sampled = [...sampler.sampled.values()];
const queries = benchQueries(sampled, idsOfLocators(archive, new Set(sampled.flatMap((s) => s.keys))));

const docOf = archive.db.prepare('SELECT doc FROM search_docs WHERE record_id = ?').pluck();
const describe = (row: { surname: string; given: string; patronymic: string; birth_text: string }, score: number) => `${row.surname} ${row.given} ${row.patronymic} ${row.birth_text} (${score.toFixed(4)})`;
const misses: Miss[] = [];
const lost = new Map<string, number>();
let recall = 0;
for (const [i, q] of queries.entries()) {
  if (i > 0 && i % 1000 === 0) process.stderr.write(`  queries ${i}/${queries.length}\n`);
  const hits = search(archive, { q: q.text, pageSize: 10, facets: false }).hits.map((h) => h.recordId);
  const wanted = Math.min(10, q.relevant.size);
  const found = hits.filter((id) => q.relevant.has(id)).length;
  recall += found / wanted;
  if (found === wanted) continue;
  const prepared = prepareQuery(parseQuery({ q: q.text }));
  const candidates = new Set(candidateDocs(archive.db, prepared).docs);
  // The last hit shown (none when the query found nothing at all).
  const [tenth] = hits.length > 0 ? readDocs(archive.db, [docOf.get(hits.at(-1)) as number]) : [];
  for (const id of q.relevant) {
    if (hits.includes(id)) continue;
    const doc = docOf.get(id) as number;
    let why = 'never a candidate';
    let record: string | undefined;
    let against: string | undefined;
    if (candidates.has(doc) && tenth) {
      const [row] = readDocs(archive.db, [doc]);
      const mine = scoreDoc(prepared, row!);
      const theirs = scoreDoc(prepared, tenth);
      const lower = mine.parts.filter((p) => p.score < (theirs.parts.find((t) => t.field === p.field)?.score ?? 0) - 1e-9).map((p) => p.field);
      why = mine.score === theirs.score ? ['tie', ...lower].join(',') : lower.join(',') || 'outranked';
      record = describe(row!, mine.score);
      against = describe(tenth, theirs.score);
    }
    const category = why.split(',')[0]!;
    lost.set(category, (lost.get(category) ?? 0) + 1 / wanted);
    misses.push({ query: q.text, recordId: id, why, record, tenth: against });
  }
}
archive.close();
const summary = { records: RECORDS, queries: queries.length, recall: Number((recall / queries.length).toFixed(4)), missedRecords: misses.length, recallLost: Object.fromEntries([...lost].map(([k, v]) => [k, Number(v.toFixed(2))])) };
process.stdout.write(`${JSON.stringify(summary)}\n`);
const out = process.argv[2];
if (out) writeFileSync(out, JSON.stringify(misses, null, 1));
