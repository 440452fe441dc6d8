/**
 * The search index as a projection of the log: each `record.add` files the record under its
 * keys inside the import's own transaction, so the index is always current and a small import
 * never rebuilds it. Corrections and redactions re-file the record from the `records` table
 * (built-in projections run first, so it is already up to date).
 */
import type Database from 'better-sqlite3';
import type { RecordFields } from '../domain/record.ts';
import type { LogEntry, LogRow, Projection, RedactPayload } from '../archive/index.ts';
import { cachedPerDb, LOG_ROW_COLUMNS, recordIdFromHash, recordIdOfEntry, rowToEntry } from '../archive/index.ts';
import { toSearchDoc, type SearchDoc } from './document.ts';
import { hashKey, type KeyedDoc } from './keys.ts';
import { DocFingerprints } from './doc-fingerprints.ts';
import { docKeyHashesFast } from './key-hashes.ts';
import { DocStore, forgetDocStore, loadRowOf, storedRowOf, STRIDE, useDocStore, type StoredRow } from './doc-store.ts';
import { BATCH_TEXT_COLUMNS, birthTextOf, extractOf, numberOf, SEARCHED_PATHS, type EncodedBatch } from './doc-batch.ts';
import { BuildPipeline, pipelineLimits } from './build-pipeline.ts';
import { STORE_SNAPSHOT_SCHEMA, STORE_SNAPSHOTS, writeStoreSnapshot } from './doc-store-snapshot.ts';
import { filePosting, PostingBuffer, PostingRuns, POSTINGS_SCHEMA, unfilePosting } from './postings.ts';
import { RunMerge } from './run-merge.ts';

/**
 * Bump when the tables or the keys change: the archive then rebuilds the index from the log.
 * 10: the record-id index is a named index (search_docs_record), so that a build into an
 * empty index can make it once at its end. 11: a Latin name's lone c is also read as ц
 * (names layer, latin-forms.ts), which gives Latin records more surname codes. 12: short posting
 * lists are packed a bucket of keys to a row (postings.ts). 13: a full build leaves the columns
 * the document store's snapshot holds empty (NULL) in search_docs.
 */
export const SEARCH_INDEX_VERSION = 13;

const SCHEMA = `${POSTINGS_SCHEMA}${STORE_SNAPSHOT_SCHEMA}
-- The key table of index versions up to 7 (one row per key and doc), replaced by search_postings.
DROP TABLE IF EXISTS search_keys;
CREATE TABLE IF NOT EXISTS search_docs (
  -- AUTOINCREMENT: a doc id is never reused, so a copy of the table in memory (doc-store.ts)
  -- can follow it by loading the ids past the last it holds.
  doc INTEGER PRIMARY KEY AUTOINCREMENT,
  record_id TEXT NOT NULL,
  birth_text TEXT NOT NULL,
  -- The rest is NULL in the rows of a full build ("thin" rows): the document store's snapshot,
  -- saved at the build's end, holds them (doc-store-snapshot.ts). Rows filed since carry them.
  source_id TEXT,
  surname TEXT, given TEXT, patronymic TEXT,
  surname_norm TEXT, surname_latin TEXT,
  surname_keys TEXT, given_keys TEXT, patronymic_keys TEXT,
  birth_min INTEGER, birth_max INTEGER,
  place TEXT, region TEXT, nationality TEXT, sentence TEXT,
  arrest_year INTEGER, operation TEXT, synthetic INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS search_docs_record ON search_docs (record_id);
`;

/**
 * Page cache asked for on a connection that files records (SQLite's default is 2 MB). Filing
 * inserts ~19 keys a record at random places of the key B-tree; with a small cache nearly
 * every insert rereads a page. 256 MB holds the hot part of a 3M-record index, within the
 * 2 GB memory budget.
 */
export const INDEX_CACHE_KIB = 256 * 1024;

/**
 * Enlarges a connection's page cache for the index (filing, and searching: a query reads ~50
 * posting lists; with SQLite's 2 MB default nearly each one rereads its pages from the file).
 */
export function enlargeIndexCache(db: Database.Database): void {
  // cache_size is in KiB when negative, in pages when positive; only ever enlarge it.
  const current = db.pragma('cache_size', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const currentKib = current < 0 ? -current : (current * pageSize) / 1024;
  if (currentKib < INDEX_CACHE_KIB) db.pragma(`cache_size = -${INDEX_CACHE_KIB}`);
}

const statements = cachedPerDb((db) => {
  enlargeIndexCache(db);
  return prepareStatements(db);
});

const FULL_COLUMNS = `record_id, birth_text, source_id, surname, given, patronymic, surname_norm, surname_latin, surname_keys,
  given_keys, patronymic_keys, birth_min, birth_max, place, region, nationality, sentence, arrest_year, operation, synthetic`;

/** How a row is inserted: with every column, or thin (record id and birth date as written). */
interface DocInserts {
  /** Skips an already filed record (ON CONFLICT, not OR IGNORE: a row without its record id or birth text still fails loudly). */
  insert: Database.Statement;
  /** The same without the conflict clause, for a build that makes the record-id index at its end. */
  append: Database.Statement;
}

const prepareStatements = (db: Database.Database) => ({
  full: {
    insert: db.prepare(`INSERT INTO search_docs (${FULL_COLUMNS}) VALUES (${Array(20).fill('?').join(', ')}) ON CONFLICT (record_id) DO NOTHING`),
    append: db.prepare(`INSERT INTO search_docs (${FULL_COLUMNS}) VALUES (${Array(20).fill('?').join(', ')})`),
  } satisfies DocInserts,
  thin: {
    insert: db.prepare('INSERT INTO search_docs (record_id, birth_text) VALUES (?, ?) ON CONFLICT (record_id) DO NOTHING'),
    append: db.prepare('INSERT INTO search_docs (record_id, birth_text) VALUES (?, ?)'),
  } satisfies DocInserts,
  recordIdOf: db.prepare('SELECT record_id FROM search_docs WHERE doc = ?').pluck(),
  anyDoc: db.prepare('SELECT 1 FROM search_docs LIMIT 1'),
  docOfRecord: db.prepare('SELECT doc FROM search_docs WHERE record_id = ?').pluck(),
  deleteDoc: db.prepare('DELETE FROM search_docs WHERE doc = ?'),
  record: db.prepare('SELECT source_id, fields, synthetic FROM records WHERE id = ?'),
});

/**
 * Key pairs waiting during a bulk write (a full replay, a large import): filing ~16 keys a
 * record row by row is most of what building the index costs, so the pairs are collected in
 * memory and written as packed posting rows, sorted by key, once the buffer is full and at the
 * end (postings.ts). Docs unfiled meanwhile (corrections, redactions) are left out then. Until
 * the pairs are written, searches on the writing connection do not see those records.
 */
interface BulkBuild {
  pairs: PostingBuffer;
  /**
   * Docs unfiled since the buffer was last written (their pairs in it are dropped); while
   * spilling runs, every doc unfiled during the build (its pairs may be in a spilled run).
   */
  unfiled: Set<number>;
  /**
   * A build into an empty index spills each full buffer, sorted, to a temporary file and
   * writes the posting table once at the end, in key order (postings.ts PostingRuns).
   */
  runs?: PostingRuns;
  /**
   * A build into an empty index (a rebuild, a first import) fills a document store as it files
   * and saves it at the end (doc-store-snapshot.ts): loading it row by row later cost more
   * than building it here. It is the connection's store meanwhile.
   */
  store?: DocStore;
  /**
   * The rows are inserted thin (record id and birth date as written): the store's snapshot
   * will hold the rest. Inserting every column cost a 3M build's main thread ~6.5 s more and
   * the index ~520 MiB more disk, for columns only a store loading row by row ever read.
   */
  thin: boolean;
  /**
   * Records of a replay waiting to be filed: their documents are made a batch at a time,
   * mostly on a worker thread (build-pipeline.ts). Made when a replay begins.
   */
  pipeline?: BuildPipeline;
  /**
   * A build into an empty index inserts its rows without the record-id index and makes it at
   * the end (sorting 3M ids once instead of inserting each at a random place of a B-tree);
   * meanwhile a repeated record.add is recognised by its id's fingerprint. The index is made
   * at once when a correction or a redaction needs to find a record, or two ids share a
   * fingerprint.
   */
  unindexed?: DocFingerprints;
}
const bulkBuilds = new WeakMap<Database.Database, BulkBuild>();

/**
 * Pairs held before they are written: 14 bytes each while sorting (+ 12 for the sorted copy),
 * so 8M pairs (half a million records) peak near 200 MB, leaving room in the 2 GB budget for
 * the document store a build fills. Fewer writes mean fewer rows (a key's docs of one write
 * share rows), but more steps cost little: 600k records written in 5 steps instead of 1 took
 * 6% more CPU and 4% more disk.
 */
export const BULK_PAIRS = 8 * 1024 * 1024;
/**
 * Pairs held before a build into an empty index spills them as a sorted run (PostingRuns):
 * more runs cost only a wider merge at the end, and half the buffer leaves ~100 MB more of
 * the 2 GB for the document store.
 */
export const SPILL_PAIRS = 4 * 1024 * 1024;
/** The limits in use, lowered by tests to write a build in many steps. */
export const bulkLimits = { pairs: BULK_PAIRS, spillPairs: SPILL_PAIRS };

function beginBulk(db: Database.Database): void {
  const empty = statements(db).anyDoc.get() === undefined;
  const bulk: BulkBuild = { pairs: new PostingBuffer(empty ? bulkLimits.spillPairs : bulkLimits.pairs), unfiled: new Set(), thin: empty && STORE_SNAPSHOTS };
  if (empty) {
    bulk.store = new DocStore(db);
    useDocStore(db, bulk.store);
    bulk.runs = new PostingRuns();
    db.exec('DROP INDEX IF EXISTS search_docs_record');
    bulk.unindexed = new DocFingerprints();
  }
  bulkBuilds.set(db, bulk);
}

/** Makes the record-id index a build left out (an unindexed lookup would read every row). */
function indexRecordIds(db: Database.Database, bulk: BulkBuild): void {
  if (!bulk.unindexed) return;
  db.exec('CREATE UNIQUE INDEX IF NOT EXISTS search_docs_record ON search_docs (record_id)');
  bulk.unindexed = undefined;
}

/** How a record id is fingerprinted (a test makes every fingerprint the same). */
export const fingerprinting = { of: hashKey };

/**
 * Inserts a search_docs row (`values` in the order of FULL_COLUMNS, or of a thin row's two
 * when the build is thin); returns its doc id, or 0 when the record is already filed.
 */
function insertDoc(db: Database.Database, bulk: BulkBuild | undefined, values: unknown[]): number {
  const st = statements(db);
  const inserts = bulk?.thin ? st.thin : st.full;
  const unindexed = bulk?.unindexed;
  if (unindexed) {
    const recordId = values[0] as string;
    const fingerprint = fingerprinting.of(recordId);
    const other = unindexed.get(fingerprint);
    if (other === 0) {
      const doc = Number(inserts.append.run(values).lastInsertRowid);
      unindexed.set(fingerprint, doc);
      return doc;
    }
    if (st.recordIdOf.get(other) === recordId) return 0;
    // Two ids share a fingerprint: from here on the index decides.
    indexRecordIds(db, bulk);
  }
  const { changes, lastInsertRowid } = inserts.insert.run(values);
  return changes === 0 ? 0 : Number(lastInsertRowid);
}

function writeBuffered(db: Database.Database, bulk: BulkBuild): void {
  if (bulk.runs) {
    bulk.pairs.spillTo(bulk.runs, bulk.unfiled);
    return;
  }
  bulk.pairs.writeTo(db, bulk.unfiled);
  bulk.unfiled.clear();
}

function endBulk(db: Database.Database): void {
  const bulk = bulkBuilds.get(db);
  if (!bulk) return;
  bulk.pipeline?.close();
  writeBuffered(db, bulk);
  const { runs } = bulk;
  const store = bulk.store && bulk.store.lastDoc > 0 ? bulk.store : undefined;
  // The runs are merged on a worker while this thread makes the record-id index and the snapshot.
  const merge = runs && RunMerge.start(runs, bulk.unfiled);
  try {
    indexRecordIds(db, bulk);
    const build = store && writeStoreSnapshot(db, store.toSnapshot());
    if (build !== undefined) useDocStore(db, store!, build);
    if (merge) merge.insertInto(db, runs, bulk.unfiled);
    else runs?.writeTo(db, bulk.unfiled);
  } finally {
    merge?.stop();
    runs?.close();
  }
  bulkBuilds.delete(db);
}

/** Forgets a bulk build whose transaction is rolled back (and the store it filled). */
function abortBulk(db: Database.Database): void {
  const bulk = bulkBuilds.get(db);
  bulk?.pipeline?.stop();
  bulk?.runs?.close();
  if (bulk?.store) forgetDocStore(db);
  bulkBuilds.delete(db);
}

/**
 * Files one document (its row and its keys). A record already filed is left as it is: its id
 * is the hash of its record.add payload, so a repeat of that entry says nothing new (and the
 * records table, too, keeps the first).
 */
export function fileDoc(db: Database.Database, doc: SearchDoc): void {
  const keys = docKeyHashesFast(doc);
  const bulk = bulkBuilds.get(db);
  const id = insertDoc(db, bulk, bulk?.thin ? [doc.recordId, doc.birthText] : [
    doc.recordId, doc.birthText, doc.sourceId, doc.surname, doc.givenName, doc.patronymic, doc.surnameNorm, doc.surnameLatin,
    doc.surnameKeys.join(' '), doc.givenKeys.join(' '), doc.patronymicKeys.join(' '),
    doc.birthMin ?? null, doc.birthMax ?? null, doc.place, doc.region, doc.nationality, doc.sentence,
    doc.arrestYear ?? null, doc.operation, doc.synthetic ? 1 : 0,
  ]);
  if (id === 0) return;
  if (bulk) {
    bulk.store?.put(loadRowOf(id, doc));
    for (const key of keys) bulk.pairs.add(key, id);
    if (bulk.pairs.full) writeBuffered(db, bulk);
    return;
  }
  for (const key of keys) filePosting(db, key, id);
}

/**
 * Files a batch of documents made by the build pipeline (doc-batch.ts), as fileDoc files each
 * (a bulk build: the pairs go to the buffer, the docs to the store if it is filling one).
 */
function fileEncoded(db: Database.Database, bulk: BulkBuild, batch: EncodedBatch, ids: readonly string[]): void {
  const { store, pairs } = bulk;
  const { strings, hashes, cells, keys, keyEnds } = batch;
  // The store's id of each of the batch's strings, interned on first use (-1: not yet).
  const interned = new Int32Array(strings.length).fill(-1);
  const storeIds = new Int32Array(STRIDE);
  let keyStart = 0;
  for (let i = 0; i < batch.count; i++) {
    const at = i * BATCH_TEXT_COLUMNS;
    const text = (column: number): string => strings[cells[at + column]!]!;
    const birthMin = numberOf(batch, i, 0);
    const birthMax = numberOf(batch, i, 1);
    const arrestYear = numberOf(batch, i, 2);
    const synthetic = batch.synthetic[i]!;
    // Columns in the batch's (the store's) order: doc-batch.ts BATCH_TEXT_COLUMNS.
    const doc = insertDoc(db, bulk, bulk.thin ? [ids[i], birthTextOf(batch, i)] : [
      ids[i], birthTextOf(batch, i), text(13), text(0), text(1), text(2), text(3), text(4), text(5), text(6), text(7),
      birthMin, birthMax, text(8), text(9), text(10), text(11), arrestYear, text(12), synthetic,
    ]);
    const keyEnd = keyEnds[i]!;
    if (doc !== 0) {
      if (store) {
        for (let c = 0; c < STRIDE; c++) {
          const local = cells[at + c]!;
          let id = interned[local]!;
          if (id < 0) id = interned[local] = store.intern(strings[local]!, hashes[local]);
          storeIds[c] = id;
        }
        store.putInterned(doc, storeIds, 0, birthMin, birthMax, arrestYear, synthetic === 1);
      }
      for (let k = keyStart; k < keyEnd; k++) pairs.add(keys[k]!, doc);
      if (pairs.full) writeBuffered(db, bulk);
    }
    keyStart = keyEnd;
  }
}

const words = (text: string): string[] => (text === '' ? [] : text.split(' '));

/** The keys a filed doc is under, made again from its columns (cheaper than storing ~16 numbers a row). */
function keysOfRow(row: StoredRow): number[] {
  const doc: KeyedDoc = { surnameKeys: words(row.surname_keys), givenKeys: words(row.given_keys), patronymicKeys: words(row.patronymic_keys), surnameNorm: row.surname_norm };
  if (row.birth_min !== null) doc.birthMin = row.birth_min;
  if (row.birth_max !== null) doc.birthMax = row.birth_max;
  return docKeyHashesFast(doc);
}

function unfile(db: Database.Database, recordId: string): void {
  const st = statements(db);
  const bulk = bulkBuilds.get(db);
  if (bulk) indexRecordIds(db, bulk);
  const doc = st.docOfRecord.get(recordId) as number | undefined;
  if (doc === undefined) return;
  const row = storedRowOf(db, doc)!;
  if (bulk) bulk.unfiled.add(doc);
  for (const key of keysOfRow(row)) unfilePosting(db, key, doc);
  st.deleteDoc.run(doc);
}

/** Re-files a record from the `records` table (or only removes it, if it is gone). */
function refile(db: Database.Database, recordId: string): void {
  unfile(db, recordId);
  const row = statements(db).record.get(recordId) as { source_id: string; fields: string; synthetic: number } | undefined;
  if (row) fileDoc(db, toSearchDoc(recordId, row.source_id, JSON.parse(row.fields) as RecordFields, row.synthetic === 1));
}

interface RecordAdd {
  sourceId: string;
  fields: RecordFields;
  synthetic?: boolean;
}

const replayStatements = cachedPerDb((db) => ({
  head: db.prepare('SELECT coalesce(max(seq), 0) FROM log').pluck(),
  // A range's record.adds (their payload hashes, and what search reads of their payloads:
  // doc-batch.ts SEARCHED_PATHS), and how many entries in it search must apply in order.
  // No ORDER BY (sorting each range cost a 3M build ~1 s): both lists come from one scan, so
  // they pair up, and record.adds alone file the same index in any order (only doc ids differ).
  range: db.prepare(`SELECT
      group_concat(payload_hash, ',') FILTER (WHERE kind = 'record.add' AND payload IS NOT NULL),
      group_concat(json_extract(payload, ${SEARCHED_PATHS.map((path) => `'${path}'`).join(', ')}), char(30))
        FILTER (WHERE kind = 'record.add' AND payload IS NOT NULL),
      count(*) FILTER (WHERE kind IN ('record.correct', 'redact'))
    FROM log WHERE seq > ? AND seq <= ?`).raw(),
  entries: db.prepare(`SELECT ${LOG_ROW_COLUMNS}, log.payload FROM log WHERE seq > ? AND seq <= ? ORDER BY seq`),
}));

/**
 * Replays the log after `fromSeq` into the index. A bulk build reads a range of entries at a
 * time in one query, the extracts of its record.adds (doc-batch.ts) joined in one string, and
 * queues them for the build pipeline (made into documents on a worker thread): read row by
 * row, as millions of strings held until the worker took them, the payloads cost the main
 * thread ~13 s more of a 3M build (profiled: reading the log and collecting its garbage). A
 * range holding a correction or a redaction, and a replay that is not a bulk build (catching
 * up a few entries), go entry by entry.
 */
function replayLog(db: Database.Database, fromSeq: number, onProgress: (seq: number) => void): void {
  const st = replayStatements(db);
  const bulk = bulkBuilds.get(db);
  const head = st.head.get() as number;
  // A worker only when enough records are left to repay starting it.
  const useWorker = head - fromSeq >= pipelineLimits.workerMinRecords;
  if (bulk && head > fromSeq) bulk.pipeline ??= new BuildPipeline((encoded, ids) => fileEncoded(db, bulk, encoded, ids), useWorker);
  // A range of as many entries as a batch has records: its record.adds become one batch.
  const range = pipelineLimits.batch;
  for (let after = fromSeq; after < head; after += range) {
    const to = Math.min(head, after + range);
    const [hashes, extracts, inOrder] = st.range.get(after, to) as [string | null, string | null, number];
    if (bulk?.pipeline && inOrder === 0) {
      if (hashes !== null) bulk.pipeline.pushJoined(hashes.split(',').map(recordIdFromHash), extracts!);
    } else {
      for (const row of st.entries.all(after, to) as (LogRow & { payload: string | null })[]) applyText(db, rowToEntry(row), row.payload);
    }
    onProgress(to);
  }
}

/**
 * Applies one entry given its payload as text: during a bulk build a record.add is queued for
 * the build pipeline; a correction or a redaction first files every record queued before it.
 */
function applyText(db: Database.Database, entry: LogEntry, text: string | null): void {
  if (text === null) return;
  const bulk = bulkBuilds.get(db);
  if (bulk?.pipeline && entry.kind === 'record.add') {
    bulk.pipeline.push(recordIdOfEntry(entry), extractOf(text));
    return;
  }
  if (entry.kind !== 'record.add' && entry.kind !== 'record.correct' && entry.kind !== 'redact') return;
  bulk?.pipeline?.drain();
  searchProjection.apply(db, entry, JSON.parse(text));
}

export const searchProjection: Projection = {
  name: 'search',
  version: SEARCH_INDEX_VERSION,
  schema: SCHEMA,
  tables: ['search_postings', 'search_store', 'search_docs'],
  bulk: { begin: beginBulk, end: endBulk, abort: abortBulk },
  replay: replayLog,
  apply(db: Database.Database, entry: LogEntry, payload: unknown): void {
    if (payload === undefined) return;
    switch (entry.kind) {
      case 'record.add': {
        const record = payload as RecordAdd;
        const id = recordIdOfEntry(entry);
        fileDoc(db, toSearchDoc(id, record.sourceId, record.fields, record.synthetic === true));
        return;
      }
      case 'record.correct':
        refile(db, (payload as { recordId: string }).recordId);
        return;
      case 'redact':
        for (const subject of (payload as RedactPayload).subjects) if (subject.startsWith('rec_')) refile(db, subject);
        return;
      default:
        return;
    }
  },
};
