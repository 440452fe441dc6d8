/**
 * A real archive file for the search tests: synthetic people plus a few hand-written records
 * (Ежов in four spellings), imported through the archive with the search projection.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSource, openArchive, RecordWriter, type Archive } from '../src/archive/index.ts';
import type { RecordData } from '../src/domain/record.ts';
import { generateSynthetic, toRecordData, type SyntheticArchive } from '../src/synth/index.ts';
import { searchProjection } from '../src/search/index.ts';
import { allPostings } from '../src/search/postings.ts';
import { DocStore, loadRowOf } from '../src/search/doc-store.ts';
import { toSearchDoc } from '../src/search/document.ts';
import { readDocs } from '../src/search/search.ts';
import type { RecordFields } from '../src/domain/record.ts';
import type Database from 'better-sqlite3';

export interface SearchFixture {
  dir: string;
  path: string;
  archive: Archive;
  synthetic: SyntheticArchive;
  /** locator → record id */
  idOf: Map<string, string>;
  ezhovIds: string[];
}

const text = (fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { text: v }]));

export const EZHOV_RECORDS: Record<string, string>[] = [
  { surname: 'Ежов', givenName: 'Николай', patronymic: 'Иванович', birthDate: '1895', birthPlace: 'Санкт-Петербург', nationality: 'русский', sentence: 'ВМН', arrestDate: '10.04.1939' },
  { surname: 'Jeschow', givenName: 'Nikolai', patronymic: 'Iwanowitsch', birthDate: '1895' },
  { surname: 'Jeżow', givenName: 'Mikołaj', birthDate: '1896' },
  { surname: 'Yezhov', givenName: 'Nikolay', patronymic: 'Ivanovich', birthDate: 'ca. 1895' },
];

export function makeSearchFixture(people = 1500): SearchFixture {
  const dir = mkdtempSync(join(tmpdir(), 'unerased-search-test-'));
  const path = join(dir, 'archive.sqlite');
  const archive = openArchive(path, { projections: [searchProjection] });
  const synthetic = generateSynthetic({ people, seed: 11 });
  const sourceIds = new Map(synthetic.sources.map((s) => [s.code, addSource(archive, s.data, 'test').id]));
  const writer = new RecordWriter(archive, 'test');
  archive.transaction(() => writer.add(synthetic.records.map((r) => toRecordData(r, sourceIds.get(r.sourceCode)!))));
  const hand = addSource(archive, { citation: 'SYNTHETIC TEST DATA — search test fixture', kind: 'synthetic', synthetic: true }, 'test').id;
  const ezhov: RecordData[] = EZHOV_RECORDS.map((fields, i) => ({ sourceId: hand, locator: `E${i + 1}`, fields: text(fields), synthetic: true }));
  const { added } = writer.add(ezhov);
  const idOf = new Map<string, string>();
  for (const row of archive.db.prepare('SELECT id, locator FROM records').all() as { id: string; locator: string }[]) idOf.set(row.locator, row.id);
  return { dir, path, archive, synthetic, idOf, ezhovIds: added };
}

/** The index's (key, record id) pairs, sorted: what filing gave, whatever rows hold them. */
export function keysByRecord(db: Database.Database): [number, string][] {
  const recordOf = db.prepare('SELECT record_id FROM search_docs WHERE doc = ?').pluck();
  const pairs = allPostings(db).map(([key, doc]): [number, string] => [key, recordOf.get(doc) as string]);
  return pairs.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}

/** The filed docs (search_docs), ascending. */
export const filedDocs = (db: Database.Database): number[] => db.prepare('SELECT doc FROM search_docs ORDER BY doc').pluck().all() as number[];

/**
 * The index's documents in full, by record id, without their doc ids (a rebuild renumbers
 * them): each row with its columns from wherever the index keeps them (a full build's rows
 * are thin, their columns in the saved document store).
 */
export function indexedDocuments(db: Database.Database): object[] {
  const rows = readDocs(db, filedDocs(db)).map((row) => ({ ...row, doc: undefined }));
  return rows.sort((a, b) => (a.record_id < b.record_id ? -1 : a.record_id > b.record_id ? 1 : 0));
}

/**
 * Each filed doc made again from its record in the records table, not from anything the index
 * holds, in a store of its own: what the index's documents must equal.
 */
export function documentsFromRecords(db: Database.Database): DocStore {
  const reference = new DocStore(db);
  const rows = db.prepare('SELECT d.doc, r.id, r.source_id, r.fields, r.synthetic FROM search_docs d JOIN records r ON r.id = d.record_id ORDER BY d.doc').all() as {
    doc: number; id: string; source_id: string; fields: string; synthetic: number;
  }[];
  for (const row of rows) reference.put(loadRowOf(row.doc, toSearchDoc(row.id, row.source_id, JSON.parse(row.fields) as RecordFields, row.synthetic === 1)));
  return reference;
}
