/**
 * `search(archive, query)`: candidates from the index, filters, ranking with reasons, facets,
 * paging. A query without a name (filters only) is answered by a scan of the document store.
 */
import type Database from 'better-sqlite3';
import { cachedPerDb, type Archive } from '../archive/index.ts';
import { candidateDocs } from './candidates.ts';
import { countFacets, type Facets } from './facets.ts';
import { parseQuery, type ParsedQuery, type SearchQuery } from './query.ts';
import { explain, MIN_SCORE, prepareQuery, rankDoc, scoreDoc, type PreparedQuery, type ScorePart } from './rank.ts';
import { docStore, storedRowOf, type DocFilter, type DocRow, type StoredRow } from './doc-store.ts';

export type { DocRow } from './doc-store.ts';
import { operationKey } from './document.ts';

/** Records read by a query without names (filters only): beyond this, counts are "at least". */
export const MAX_FILTER_SCAN = 50_000;
/** Matches a filter scan takes from the store at a time, to check them against the table. */
const FILTER_CHUNK = 10_000;

export interface SearchHit {
  recordId: string;
  sourceId: string;
  score: number;
  surname: string;
  givenName: string;
  patronymic: string;
  birth: string;
  place: string;
  nationality: string;
  sentence: string;
  arrestYear?: number;
  synthetic: boolean;
  /** Why it matched, one line. */
  explanation: string;
  parts: ScorePart[];
}

export interface SearchResult {
  /** How the free text was read (so a user can see and correct it). */
  understood: { surname?: string; givenName?: string; patronymic?: string; born?: string; place?: string };
  total: number;
  /** True when the candidate or scan limit was reached: total is then a lower bound. */
  truncated: boolean;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  facets?: Facets;
  tookMs: number;
}

const COLUMNS = `doc, record_id, source_id, surname, given, patronymic, surname_norm, surname_latin, surname_keys,
  given_keys, patronymic_keys, birth_text, birth_min, birth_max, place, region, nationality, sentence, arrest_year,
  operation, synthetic`;

const statements = cachedPerDb((db) => ({
  // CROSS JOIN keeps the candidate list as the outer loop: one primary-key probe per candidate.
  docs: db.prepare(`SELECT ${COLUMNS} FROM json_each(?) AS wanted CROSS JOIN search_docs ON search_docs.doc = wanted.value`),
  // Which of the docs are still in the table, in the order given.
  filed: db.prepare('SELECT doc FROM json_each(?) AS wanted CROSS JOIN search_docs ON search_docs.doc = wanted.value').pluck(),
  docOfRecord: db.prepare('SELECT doc FROM search_docs WHERE record_id = ?').pluck(),
  // What the in-memory store leaves in SQLite, for the page of hits shown.
  unstored: db.prepare('SELECT record_id, birth_text FROM search_docs WHERE doc = ?'),
}));

const hasIndex = cachedPerDb((db) => db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_docs'").pluck().get() === 1);

/** A clear error instead of "no such table" when the archive was opened without the index. */
export function requireIndex(db: Database.Database): void {
  if (!hasIndex(db)) throw new Error('this archive has no search index: open it with openArchive(path, { projections: [searchProjection] })');
}

/** A query's filters, as the document store reads them. */
function docFilterOf(parsed: ParsedQuery): DocFilter {
  const { nationality, sentence, source, operation, arrestedFrom, arrestedTo } = parsed.filters;
  const filter: DocFilter = {};
  if (nationality) filter.nationality = nationality;
  if (sentence) filter.sentence = sentence;
  if (source) filter.source = source;
  if (operation) filter.operation = operationKey(operation);
  if (arrestedFrom !== undefined) filter.arrestedFrom = arrestedFrom;
  if (arrestedTo !== undefined) filter.arrestedTo = arrestedTo;
  if (parsed.birth) {
    filter.bornFrom = parsed.birth.year - parsed.birth.tolerance;
    filter.bornTo = parsed.birth.year + parsed.birth.tolerance;
  }
  return filter;
}

/**
 * The docs a query without names reads, in doc order, at most MAX_FILTER_SCAN + 1: those the
 * store holds (a removed doc stays there, so each match is checked against the table), then
 * the rows filed since it was loaded.
 */
function filterScan(db: Database.Database, parsed: ParsedQuery): StoredRow[] {
  const store = docStore(db).current();
  const filter = docFilterOf(parsed);
  const wanted = MAX_FILTER_SCAN + 1;
  const rows: StoredRow[] = [];
  for (let after = 0; rows.length < wanted; ) {
    const matches = store.matching(filter, after, FILTER_CHUNK);
    if (matches.length === 0) break;
    after = matches.at(-1)!;
    for (const doc of statements(db).filed.all(JSON.stringify(matches)) as number[]) {
      rows.push(store.row(doc));
      if (rows.length === wanted) break;
    }
  }
  if (rows.length < wanted) rows.push(...filterRowsAfter(db, parsed, store.lastDoc, wanted - rows.length));
  return rows;
}

/**
 * Filters as SQL over the rows past `after` (those a store has not loaded carry their columns:
 * only a full build's rows are thin, and its store holds them). Column names are fixed here,
 * values bound.
 */
function filterRowsAfter(db: Database.Database, parsed: ParsedQuery, after: number, limit: number): DocRow[] {
  const f = parsed.filters;
  const where: string[] = ['doc > ?', 'surname IS NOT NULL'];
  const values: (string | number)[] = [after];
  if (f.nationality) where.push('nationality = ?'), values.push(f.nationality);
  if (f.sentence) where.push('sentence = ?'), values.push(f.sentence);
  if (f.source) where.push('source_id = ?'), values.push(f.source);
  if (f.operation) where.push('operation = ?'), values.push(operationKey(f.operation));
  if (f.arrestedFrom !== undefined) where.push('arrest_year >= ?'), values.push(f.arrestedFrom);
  if (f.arrestedTo !== undefined) where.push('arrest_year <= ?'), values.push(f.arrestedTo);
  if (parsed.birth) {
    where.push('birth_max >= ? AND birth_min <= ?');
    values.push(parsed.birth.year - parsed.birth.tolerance, parsed.birth.year + parsed.birth.tolerance);
  }
  const sql = `SELECT ${COLUMNS} FROM search_docs WHERE ${where.join(' AND ')} ORDER BY doc LIMIT ?`;
  return db.prepare(sql).all(...values, limit) as DocRow[];
}

function passesFilters(doc: StoredRow, parsed: ParsedQuery): boolean {
  const f = parsed.filters;
  if (f.nationality && doc.nationality !== f.nationality) return false;
  if (f.sentence && doc.sentence !== f.sentence) return false;
  if (f.source && doc.source_id !== f.source) return false;
  if (f.operation && doc.operation !== operationKey(f.operation)) return false;
  if (f.arrestedFrom !== undefined && (doc.arrest_year === null || doc.arrest_year < f.arrestedFrom)) return false;
  if (f.arrestedTo !== undefined && (doc.arrest_year === null || doc.arrest_year > f.arrestedTo)) return false;
  return true;
}

function toHit(doc: DocRow, score: number, parts: ScorePart[]): SearchHit {
  const hit: SearchHit = {
    recordId: doc.record_id,
    sourceId: doc.source_id,
    score: Math.round(score * 1000) / 1000,
    surname: doc.surname,
    givenName: doc.given,
    patronymic: doc.patronymic,
    birth: doc.birth_text,
    place: doc.place,
    nationality: doc.nationality,
    sentence: doc.sentence,
    synthetic: doc.synthetic === 1,
    explanation: explain(parts),
    parts,
  };
  if (doc.arrest_year !== null) hit.arrestYear = doc.arrest_year;
  return hit;
}

/** Reads docs' rows in full (a thin row's columns from the store: storedRowOf). */
export function readDocs(db: Database.Database, docs: readonly number[]): DocRow[] {
  const rows = statements(db).docs.all(JSON.stringify(docs)) as DocRow[];
  return rows.map((row) => (row.surname === null ? { ...storedRowOf(db, row.doc)!, record_id: row.record_id, birth_text: row.birth_text } : row));
}

/** The columns of a record's doc in the index, undefined when it is not filed. */
export function indexedRecord(archive: Archive, recordId: string): StoredRow | undefined {
  requireIndex(archive.db);
  const doc = statements(archive.db).docOfRecord.get(recordId) as number | undefined;
  return doc === undefined ? undefined : storedRowOf(archive.db, doc);
}

/**
 * The candidates' rows: from the in-memory store, or from SQLite for docs the store does not
 * hold yet (written inside a transaction still open on this connection).
 */
function candidateRows(db: Database.Database, docs: readonly number[]): StoredRow[] {
  const store = docStore(db).current();
  const rows: StoredRow[] = [];
  const unloaded: number[] = [];
  for (const doc of docs) {
    if (store.has(doc)) rows.push(store.row(doc));
    else unloaded.push(doc);
  }
  if (unloaded.length > 0) rows.push(...readDocs(db, unloaded));
  return rows;
}

/**
 * Loads the index's documents into memory now rather than at the first search (a server
 * calls it at start: loading a million records takes seconds). Returns the docs loaded.
 */
export function warmSearch(archive: Archive): number {
  requireIndex(archive.db);
  const store = docStore(archive.db);
  store.refresh();
  return store.size;
}

/**
 * The same in steps, between which other work runs: a server answers at once, its first
 * searches reading from SQLite what is not loaded yet. Resolves with the documents held (those
 * restored from the saved store count too: a server says how many records it can search).
 */
export async function warmSearchInBackground(archive: Archive): Promise<number> {
  requireIndex(archive.db);
  const store = docStore(archive.db);
  await store.warmInBackground();
  return store.size;
}

/** Searches the archive's index. Throws a ZodError for an invalid query. */
export function search(archive: Archive, query: SearchQuery, options: { excludeRecord?: string } = {}): SearchResult {
  const started = performance.now();
  const parsed = parseQuery(query);
  const db = archive.db;
  requireIndex(db);
  // A two-word name that reads either way ("Valter Dafid") is searched both ways; each record
  // is scored by the reading it fits better.
  const readings: PreparedQuery[] = [prepareQuery(parsed)];
  if (parsed.alternative) readings.push(prepareQuery({ ...parsed, ...parsed.alternative }));
  let rows: StoredRow[];
  let truncated = false;
  if (parsed.surname !== undefined) {
    const docs = new Set<number>();
    for (const reading of readings) {
      const candidates = candidateDocs(db, reading);
      for (const doc of candidates.docs) docs.add(doc);
      truncated ||= candidates.truncated;
    }
    rows = candidateRows(db, [...docs]);
  } else {
    rows = filterScan(db, parsed);
    truncated = rows.length > MAX_FILTER_SCAN;
    if (truncated) rows.length = MAX_FILTER_SCAN;
  }
  const excluded = options.excludeRecord === undefined ? undefined : (statements(db).docOfRecord.get(options.excludeRecord) as number | undefined);
  // Rank by score alone; only the page shown is read in full and given its reasons.
  const scored: { doc: StoredRow; score: number; reading: PreparedQuery }[] = [];
  for (const doc of rows) {
    if (doc.doc === excluded || !passesFilters(doc, parsed)) continue;
    let best = { score: -1, reading: readings[0]! };
    for (const reading of readings) {
      const score = rankDoc(reading, doc);
      if (score > best.score) best = { score, reading };
    }
    if (best.score >= MIN_SCORE) scored.push({ doc, ...best });
  }
  scored.sort((a, b) => b.score - a.score || a.doc.doc - b.doc.doc);
  const from = (parsed.page - 1) * parsed.pageSize;
  const page = scored.slice(from, from + parsed.pageSize);
  const hits = page.map(({ doc, reading }) => {
    const row: DocRow = 'record_id' in doc ? (doc as DocRow) : { ...doc, ...(statements(db).unstored.get(doc.doc) as Pick<DocRow, 'record_id' | 'birth_text'>) };
    const { score, parts } = scoreDoc(reading, row, true);
    return toHit(row, score, parts);
  });
  const result: SearchResult = {
    understood: understood(parsed),
    total: scored.length,
    truncated,
    page: parsed.page,
    pageSize: parsed.pageSize,
    hits,
    tookMs: 0,
  };
  if (parsed.facets) result.facets = countFacets(scored.map((s) => s.doc));
  result.tookMs = Math.round((performance.now() - started) * 100) / 100;
  return result;
}

function understood(parsed: ParsedQuery): SearchResult['understood'] {
  const out: SearchResult['understood'] = {};
  if (parsed.surname) out.surname = parsed.surname;
  if (parsed.givenName) out.givenName = parsed.givenName;
  if (parsed.patronymic) out.patronymic = parsed.patronymic;
  if (parsed.birth) out.born = `${parsed.birth.year}~${parsed.birth.tolerance}`;
  if (parsed.placeWords.length > 0) out.place = parsed.placeWords.join(' ');
  return out;
}
