/**
 * A full build's rows are thin: search_docs keeps the record id and the birth date as written,
 * and the saved document store is the only copy of the other columns. Everything that read
 * those columns from the table reads them from the store: filter-only queries, "more like
 * this", unfiling a record, and a connection whose store was made before the build.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource, correctRecord, openArchive, rebuild, RecordWriter } from '../src/archive/index.ts';
import { canCompare, search, searchProjection } from '../src/search/index.ts';
import { docStore } from '../src/search/doc-store.ts';
import { documentsFromRecords, filedDocs, indexedDocuments, makeSearchFixture, type SearchFixture } from './search-fixture.ts';

let f: SearchFixture;
beforeAll(() => {
  f = makeSearchFixture(300);
  rebuild(f.archive);
});
afterAll(() => {
  f.archive.close();
  rmSync(f.dir, { recursive: true, force: true });
});

const thinRows = () => f.archive.db.prepare('SELECT count(*) FROM search_docs WHERE surname IS NULL').pluck().get() as number;

/** The record ids a filter-only query must give: the filed docs whose records pass it. */
function expectedByFilter(pass: (row: { nationality: string; sentence: string; birth_min: number | null; birth_max: number | null }) => boolean): string[] {
  const reference = documentsFromRecords(f.archive.db);
  const recordOf = f.archive.db.prepare('SELECT record_id FROM search_docs WHERE doc = ?').pluck();
  return filedDocs(f.archive.db)
    .filter((doc) => pass(reference.row(doc)))
    .map((doc) => recordOf.get(doc) as string)
    .sort();
}

/** Every record id a query gives, page after page, sorted. */
function idsOf(query: Parameters<typeof search>[1], archive = f.archive): string[] {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const { hits } = search(archive, { ...query, page, pageSize: 100 });
    ids.push(...hits.map((h) => h.recordId));
    if (hits.length < 100) return ids.sort();
  }
}

describe('the thin rows of a full build', () => {
  it('hold only the record id and the birth date as written', () => {
    const row = f.archive.db.prepare('SELECT * FROM search_docs ORDER BY doc LIMIT 1').get() as Record<string, unknown>;
    const kept = Object.entries(row).filter(([, value]) => value !== null).map(([column]) => column);
    expect(kept.sort()).toEqual(['birth_text', 'doc', 'record_id']);
    expect(thinRows()).toBe(filedDocs(f.archive.db).length);
  });

  it('answer a filter-only query from the store, as the records would', () => {
    const poles = expectedByFilter((r) => r.nationality === 'polish');
    expect(poles.length).toBeGreaterThan(5);
    expect(idsOf({ nationality: 'polish' })).toEqual(poles);
    const bornAround1900 = expectedByFilter((r) => r.birth_min !== null && r.birth_max !== null && r.birth_max >= 1898 && r.birth_min <= 1902);
    expect(bornAround1900.length).toBeGreaterThan(5);
    expect(idsOf({ born: '1900~2' })).toEqual(bornAround1900);
  });

  it('leave out of a filter-only query a record corrected away from it, and count one filed in a transaction still open', () => {
    const [pole] = idsOf({ nationality: 'polish' });
    correctRecord(f.archive, pole!, { nationality: { text: 'немец' } }, 'test: nationality misread', 'test');
    // The old doc stays in the store, marked present: only the table says it is gone.
    expect(idsOf({ nationality: 'polish' })).not.toContain(pole);
    expect(idsOf({ nationality: 'german' })).toContain(pole);
    expect(idsOf({ nationality: 'polish' })).toEqual(expectedByFilter((r) => r.nationality === 'polish'));

    const source = addSource(f.archive, { citation: 'SYNTHETIC TEST DATA — open transaction', kind: 'synthetic', synthetic: true }, 'test').id;
    const before = search(f.archive, { nationality: 'latvian' }).total;
    expect(() =>
      f.archive.transaction(() => {
        new RecordWriter(f.archive, 'test').add([{ sourceId: source, fields: { surname: { text: 'Берзинь' }, nationality: { text: 'латыш' } }, synthetic: true }]);
        expect(search(f.archive, { nationality: 'latvian' }).total).toBe(before + 1);
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(search(f.archive, { nationality: 'latvian' }).total).toBe(before);
  });

  it('give "more like this" the surname it compares by', () => {
    const [withSurname] = idsOf({ nationality: 'german' });
    expect(canCompare(f.archive, withSurname!)).toBe(true);
    const source = addSource(f.archive, { citation: 'SYNTHETIC TEST DATA — no surname', kind: 'synthetic', synthetic: true }, 'test').id;
    const [nameless] = new RecordWriter(f.archive, 'test').add([{ sourceId: source, fields: { givenName: { text: 'Иван' } }, synthetic: true }]).added;
    expect(canCompare(f.archive, nameless!)).toBe(false);
    expect(canCompare(f.archive, 'rec_missing')).toBe(false);
  });

  it('are read through the saved store by a connection whose store was made before the build', () => {
    const searching = openArchive(f.path, { projections: [searchProjection] });
    const correcting = openArchive(f.path, { projections: [searchProjection] });
    try {
      for (const other of [searching, correcting]) docStore(other.db).current();
      rebuild(f.archive);
      expect(thinRows()).toBeGreaterThan(0);
      // Loading the rows filed since, one connection meets thin rows and takes the snapshot.
      const query = { q: 'Ежов' };
      expect({ ...search(searching, query), tookMs: 0 }).toEqual({ ...search(f.archive, query), tookMs: 0 });
      expect(idsOf({ nationality: 'german' }, searching)).toEqual(idsOf({ nationality: 'german' }));
      // A correction on the other unfiles a thin row its store never held.
      const [target] = idsOf({ nationality: 'german' });
      correctRecord(correcting, target!, { surname: { text: 'Шпигельглас' } }, 'test: surname misread', 'test');
      const corrected = { q: 'Spiegelglass' };
      expect(search(correcting, corrected).hits.map((h) => h.recordId)).toContain(target);
      for (const other of [searching, correcting]) expect({ ...search(other, corrected), tookMs: 0 }).toEqual({ ...search(f.archive, corrected), tookMs: 0 });
    } finally {
      searching.close();
      correcting.close();
    }
  });

  it('are forgotten with the store that held them when a transaction around the build rolls back', () => {
    const before = { docs: indexedDocuments(f.archive.db), hits: search(f.archive, { q: 'Ежов' }).hits.map((h) => h.recordId) };
    expect(before.hits.length).toBeGreaterThan(0);
    let filled: unknown;
    expect(() =>
      f.archive.transaction(() => {
        rebuild(f.archive);
        filled = docStore(f.archive.db);
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    // The store the build filled held docs that no longer exist, under ids the next docs filed take again.
    expect(docStore(f.archive.db)).not.toBe(filled);
    const source = addSource(f.archive, { citation: 'SYNTHETIC TEST DATA — after a rollback', kind: 'synthetic', synthetic: true }, 'test').id;
    const [id] = new RecordWriter(f.archive, 'test').add([{ sourceId: source, fields: { surname: { text: 'Шпигельглас' }, givenName: { text: 'Сергей' } }, synthetic: true }]).added;
    correctRecord(f.archive, id!, { givenName: { text: 'Михаил' } }, 'test: given name misread', 'test');
    expect(search(f.archive, { q: 'Spiegelglass Michail' }).hits[0]).toMatchObject({ recordId: id, surname: 'Шпигельглас', givenName: 'Михаил' });
    expect(indexedDocuments(f.archive.db).filter((doc) => (doc as { record_id: string }).record_id !== id)).toEqual(before.docs);
    expect(search(f.archive, { q: 'Ежов' }).hits.map((h) => h.recordId)).toEqual(before.hits);
  });

});
