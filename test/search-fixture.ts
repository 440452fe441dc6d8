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
