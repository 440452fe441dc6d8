/**
 * The search index as a projection of the log: each `record.add` files the record under its
 * keys inside the import's own transaction, so the index is always current and a small import
 * never rebuilds it. Corrections and redactions re-file the record from the `records` table
 * (built-in projections run first, so it is already up to date).
 */
import type Database from 'better-sqlite3';
import type { RecordFields } from '../domain/record.ts';
import type { LogEntry, Projection, RedactPayload } from '../archive/index.ts';
import { cachedPerDb, recordIdOfEntry } from '../archive/index.ts';
import { toSearchDoc, type SearchDoc } from './document.ts';
import { docKeys, hashKey } from './keys.ts';

/** Bump when the tables or the keys change: the archive then rebuilds the index from the log. */
export const SEARCH_INDEX_VERSION = 7;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS search_docs (
  -- AUTOINCREMENT: a doc id is never reused, so a copy of the table in memory (doc-store.ts)
  -- can follow it by loading the ids past the last it holds.
  doc INTEGER PRIMARY KEY AUTOINCREMENT,
  record_id TEXT NOT NULL UNIQUE,
  source_id TEXT NOT NULL,
  surname TEXT NOT NULL, given TEXT NOT NULL, patronymic TEXT NOT NULL,
  surname_norm TEXT NOT NULL, surname_latin TEXT NOT NULL,
  surname_keys TEXT NOT NULL, given_keys TEXT NOT NULL, patronymic_keys TEXT NOT NULL,
  birth_text TEXT NOT NULL, birth_min INTEGER, birth_max INTEGER,
  place TEXT NOT NULL, region TEXT NOT NULL, nationality TEXT NOT NULL, sentence TEXT NOT NULL,
  arrest_year INTEGER, operation TEXT NOT NULL, synthetic INTEGER NOT NULL,
  keys TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS search_keys (
  key INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (key, doc)
) WITHOUT ROWID;
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

const prepareStatements = (db: Database.Database) => ({
  insertDoc: db.prepare(`INSERT INTO search_docs (record_id, source_id, surname, given, patronymic, surname_norm, surname_latin,
    surname_keys, given_keys, patronymic_keys, birth_text, birth_min, birth_max, place, region, nationality, sentence,
    arrest_year, operation, synthetic, keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  insertKey: db.prepare('INSERT OR IGNORE INTO search_keys (key, doc) VALUES (?, ?)'),
  findDoc: db.prepare('SELECT doc, keys FROM search_docs WHERE record_id = ?'),
  deleteDoc: db.prepare('DELETE FROM search_docs WHERE doc = ?'),
  deleteKey: db.prepare('DELETE FROM search_keys WHERE key = ? AND doc = ?'),
  record: db.prepare('SELECT source_id, fields, synthetic FROM records WHERE id = ?'),
});

/**
 * Key rows waiting during a bulk write (a full replay, a large import): inserting ~16 keys a
 * record at random places of the key B-tree is most of what filing costs, so they are appended
 * to a temporary table and inserted into search_keys sorted, once, at the end (SQLite's own
 * sorter). Docs unfiled meanwhile (corrections, redactions) are left out then. Until the end,
 * searches on the writing connection do not see the records of the bulk write.
 */
interface BulkBuild {
  append: Database.Statement;
  unfiled: Set<number>;
}
const bulkBuilds = new WeakMap<Database.Database, BulkBuild>();

/** Key rows appended per statement in a bulk build (fewer calls into SQLite). */
const BULK_ROWS_PER_INSERT = 64;

function beginBulk(db: Database.Database): void {
  db.exec('DROP TABLE IF EXISTS temp.search_keys_bulk; CREATE TEMP TABLE search_keys_bulk (key INTEGER NOT NULL, doc INTEGER NOT NULL)');
  const values = Array.from({ length: BULK_ROWS_PER_INSERT }, () => '(?, ?)').join(', ');
  bulkBuilds.set(db, { append: db.prepare(`INSERT INTO temp.search_keys_bulk (key, doc) VALUES ${values}`), unfiled: new Set() });
  pending.set(db, []);
}

function endBulk(db: Database.Database): void {
  const bulk = bulkBuilds.get(db);
  if (!bulk) return;
  flushPending(db, bulk, true);
  bulkBuilds.delete(db);
  db.exec('DROP TABLE IF EXISTS temp.search_keys_unfiled; CREATE TEMP TABLE search_keys_unfiled (doc INTEGER PRIMARY KEY)');
  const unfiled = db.prepare('INSERT INTO temp.search_keys_unfiled (doc) VALUES (?)');
  for (const doc of bulk.unfiled) unfiled.run(doc);
  db.exec(`INSERT OR IGNORE INTO search_keys (key, doc)
    SELECT key, doc FROM temp.search_keys_bulk WHERE doc NOT IN (SELECT doc FROM temp.search_keys_unfiled) ORDER BY key, doc;
    DROP TABLE temp.search_keys_bulk; DROP TABLE temp.search_keys_unfiled`);
}

/** Forgets a bulk build whose transaction is rolled back (its temporary tables go with it). */
function abortBulk(db: Database.Database): void {
  bulkBuilds.delete(db);
  pending.delete(db);
}

/** Key rows not yet appended (key, doc, key, doc, …). */
const pending = new WeakMap<Database.Database, number[]>();

function flushPending(db: Database.Database, bulk: BulkBuild, all: boolean): void {
  const rows = pending.get(db)!;
  const perInsert = BULK_ROWS_PER_INSERT * 2;
  let at = 0;
  for (; at + perInsert <= rows.length; at += perInsert) bulk.append.run(rows.slice(at, at + perInsert));
  if (all) {
    const single = db.prepare('INSERT INTO temp.search_keys_bulk (key, doc) VALUES (?, ?)');
    for (; at < rows.length; at += 2) single.run(rows[at], rows[at + 1]);
  }
  pending.set(db, rows.slice(at));
}

/** Files one document (its row and its keys). */
export function fileDoc(db: Database.Database, doc: SearchDoc): void {
  const st = statements(db);
  const keys = docKeys(doc).map(hashKey);
  const { lastInsertRowid } = st.insertDoc.run(
    doc.recordId, doc.sourceId, doc.surname, doc.givenName, doc.patronymic, doc.surnameNorm, doc.surnameLatin,
    doc.surnameKeys.join(' '), doc.givenKeys.join(' '), doc.patronymicKeys.join(' '), doc.birthText,
    doc.birthMin ?? null, doc.birthMax ?? null, doc.place, doc.region, doc.nationality, doc.sentence,
    doc.arrestYear ?? null, doc.operation, doc.synthetic ? 1 : 0, keys.join(' '),
  );
  const bulk = bulkBuilds.get(db);
  if (bulk) {
    const rows = pending.get(db)!;
    for (const key of keys) rows.push(key, Number(lastInsertRowid));
    if (rows.length >= BULK_ROWS_PER_INSERT * 2 * 64) flushPending(db, bulk, false);
    return;
  }
  for (const key of keys) st.insertKey.run(key, lastInsertRowid);
}

function unfile(db: Database.Database, recordId: string): void {
  const st = statements(db);
  const row = st.findDoc.get(recordId) as { doc: number; keys: string } | undefined;
  if (!row) return;
  const bulk = bulkBuilds.get(db);
  if (bulk) bulk.unfiled.add(row.doc);
  for (const key of row.keys.split(' ')) if (key) st.deleteKey.run(Number(key), row.doc);
  st.deleteDoc.run(row.doc);
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

export const searchProjection: Projection = {
  name: 'search',
  version: SEARCH_INDEX_VERSION,
  schema: SCHEMA,
  tables: ['search_keys', 'search_docs'],
  bulk: { begin: beginBulk, end: endBulk, abort: abortBulk },
  apply(db: Database.Database, entry: LogEntry, payload: unknown): void {
    if (payload === undefined) return;
    switch (entry.kind) {
      case 'record.add': {
        const record = payload as RecordAdd;
        const id = recordIdOfEntry(entry);
        unfile(db, id);
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
