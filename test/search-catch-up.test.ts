/**
 * The search index catching up on entries an archive took while it was opened without search
 * (its replay from where it stopped, entry by entry), against a full rebuild (ranges of
 * entries read a batch at a time).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctRecord, openArchive, rebuild, RecordWriter, redact } from '../src/archive/index.ts';
import { search, searchProjection } from '../src/search/index.ts';
import { indexedDocuments, keysByRecord, makeSearchFixture, type SearchFixture } from './search-fixture.ts';

let f: SearchFixture;
beforeAll(() => {
  f = makeSearchFixture(150);
  f.archive.close();
});
afterAll(() => {
  f.archive.close();
  rmSync(f.dir, { recursive: true, force: true });
});

/** The index as record ids: its rows (without doc ids) and its (key, record) pairs. */
function indexByRecord() {
  const db = f.archive.db;
  return { rows: indexedDocuments(db), keys: keysByRecord(db) };
}

describe('a search index opened after entries it did not see', () => {
  it('files them, corrections and a redaction included, as a rebuild does', () => {
    const without = openArchive(f.path, { projections: [] });
    const source = without.db.prepare('SELECT id FROM sources LIMIT 1').pluck().get() as string;
    const { added } = new RecordWriter(without, 'test').add(
      ['Ягода', 'Jagoda', 'Берман', 'Berman'].map((surname, i) => ({ sourceId: source, locator: `C${i}`, fields: { surname: { text: surname }, givenName: { text: 'Генрих' }, birthDate: { text: '1891' } }, synthetic: true })),
    );
    const earlier = without.db.prepare('SELECT id FROM records ORDER BY id LIMIT 2').pluck().all() as string[];
    correctRecord(without, earlier[0]!, { surname: { text: 'Фриновский' } }, 'test: misread surname', 'test');
    correctRecord(without, added[1]!, { givenName: { text: 'Матвей' } }, 'test: misread given name', 'test');
    const addSeq = without.db.prepare("SELECT seq FROM log WHERE kind = 'record.add' ORDER BY seq DESC LIMIT 1").pluck().get() as number;
    redact(without, addSeq, 'test: a living person', 'test');
    without.close();

    f.archive = openArchive(f.path, { projections: [searchProjection] });
    const caughtUp = indexByRecord();
    const found = (q: string) => search(f.archive, { q }).hits.map((hit) => hit.recordId);
    expect(found('Ягода Генрих 1891')).toContain(added[0]);
    expect(found('Фриновский')).toContain(earlier[0]);
    expect(found('Berman Genrikh 1891')).not.toContain(added[3]); // redacted
    rebuild(f.archive);
    expect(indexByRecord()).toEqual(caughtUp);
  });
});
