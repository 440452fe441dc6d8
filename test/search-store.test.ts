/**
 * The in-memory copy of the index's documents (doc-store.ts) against the SQLite table it
 * follows, and ranking without reasons against ranking with them.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource, correctRecord, openArchive, rebuild, RecordWriter, redact } from '../src/archive/index.ts';
import { search, searchProjection } from '../src/search/index.ts';
import { BULK_PAIRS, bulkLimits, SPILL_PAIRS } from '../src/search/projection.ts';
import { docStore } from '../src/search/doc-store.ts';
import { parseQuery } from '../src/search/query.ts';
import { prepareQuery, rankDoc, scoreDoc } from '../src/search/rank.ts';
import { readDocs } from '../src/search/search.ts';
import { documentsFromRecords, indexedDocuments, keysByRecord, makeSearchFixture, type SearchFixture } from './search-fixture.ts';
import { allPostings } from '../src/search/postings.ts';

let f: SearchFixture;
beforeAll(() => {
  f = makeSearchFixture(400);
});
afterAll(() => {
  f.archive.close();
  rmSync(f.dir, { recursive: true, force: true });
});

const allDocs = () => f.archive.db.prepare('SELECT doc FROM search_docs ORDER BY doc').pluck().all() as number[];

describe('the document store', () => {
  it('holds every filed doc as its record makes it', () => {
    const store = docStore(f.archive.db).current();
    const reference = documentsFromRecords(f.archive.db);
    const docs = allDocs();
    expect(docs.length).toBeGreaterThan(800);
    for (const doc of docs) {
      expect(store.has(doc)).toBe(true);
      expect(store.row(doc)).toEqual(reference.row(doc));
    }
  });

  it('loads in steps in the background, and searches meanwhile give the same results', async () => {
    const queries = ['Jeschow Nikolai 1895', 'Ежов', 'Kowalski Jan 1898'];
    const expected = queries.map((q) => ({ ...search(f.archive, { q }), tookMs: expect.any(Number) }));
    // A second connection: a store of its own, empty until warmed.
    const other = openArchive(f.path, { projections: [searchProjection] });
    try {
      const store = docStore(other.db);
      const last = allDocs().at(-1)!;
      let done = false;
      const warming = store.warmInBackground(100).then((n) => ((done = true), n));
      let searchedWhileWarming = 0;
      while (!done) {
        if (!store.has(last)) {
          expect(queries.map((q) => search(other, { q }))).toEqual(expected);
          searchedWhileWarming++;
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(await warming).toBe(allDocs().length);
      expect(searchedWhileWarming).toBeGreaterThan(3);
      expect(queries.map((q) => search(other, { q }))).toEqual(expected);
    } finally {
      other.close();
    }
  });

  it('ranks by score alone exactly as with the reasons', () => {
    const store = docStore(f.archive.db).current();
    const queries = ['Jeschow Nikolai 1895', 'Ежов Николай Иванович 1895', 'Kowalski Jan 1898 Minsk', 'Ivanov 1900', 'Müller Johann Petrowitsch 1890~5'];
    const rows = readDocs(f.archive.db, allDocs().slice(0, 300));
    for (const text of queries) {
      const q = prepareQuery(parseQuery({ q: text }));
      for (const row of rows) expect(rankDoc(q, store.row(row.doc))).toBe(scoreDoc(q, row, true).score);
    }
  });

  it('finds a record written inside a transaction still open, and forgets it when that rolls back', () => {
    docStore(f.archive.db).current();
    const source = addSource(f.archive, { citation: 'SYNTHETIC TEST DATA — rolled back', kind: 'synthetic', synthetic: true }, 'test').id;
    const writer = new RecordWriter(f.archive, 'test');
    const record = { sourceId: source, fields: { surname: { text: 'Шпигельглас' }, givenName: { text: 'Сергей' }, birthDate: { text: '1897' } }, synthetic: true };
    expect(() =>
      f.archive.transaction(() => {
        writer.add([record]);
        expect(search(f.archive, { q: 'Spiegelglass Sergei 1897' }).hits[0]?.surname).toBe('Шпигельглас');
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(search(f.archive, { q: 'Spiegelglass Sergei 1897' }).hits.some((h) => h.surname === 'Шпигельглас')).toBe(false);
    writer.add([record]);
    expect(search(f.archive, { q: 'Spiegelglass Sergei 1897' }).hits[0]?.surname).toBe('Шпигельглас');
  });
});

describe('ranking near misses', () => {
  const add = (records: Record<string, string>[]) => {
    const source = addSource(f.archive, { citation: 'SYNTHETIC TEST DATA — near misses', kind: 'synthetic', synthetic: true }, 'test').id;
    const fields = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { text: v }]));
    return new RecordWriter(f.archive, 'test').add(records.map((r) => ({ sourceId: source, fields: fields(r), synthetic: true }))).added;
  };

  it('credits a given name with a misread letter, and says so', () => {
    const [typo] = add([{ surname: 'Сысоев', givenName: 'Аидрей', patronymic: 'Яковлевич', birthDate: '1873' }]);
    const hit = search(f.archive, { q: 'Sysoyev Andrey Yakovlevich 1874' }).hits.find((h) => h.recordId === typo);
    expect(hit?.explanation).toMatch(/given name Аидрей is close to Andrey/);
    const given = hit!.parts.find((p) => p.field === 'givenName')!;
    expect(given.score).toBeGreaterThan(0);
    expect(given.score).toBeLessThan(1);
  });

  it('reads a two-word name both ways when its first word is also a given name', () => {
    const [walter] = add([{ surname: 'Вальтер', givenName: 'Давид', birthDate: '1890' }]);
    const result = search(f.archive, { q: 'Valter Dafid 1890' });
    expect(result.understood).toMatchObject({ surname: 'Dafid', givenName: 'Valter' });
    expect(result.hits[0]?.recordId).toBe(walter);
    expect(result.hits[0]?.explanation).toMatch(/surname sounds like Вальтер/);
  });

  it('ranks a spelling of the surname above an unlike surname that shares a Daitch–Mokotoff code', () => {
    const [kiselev, khokhlov] = add([
      { surname: 'Киселев', givenName: 'Яков', birthDate: '1874' },
      { surname: 'Хохлов', givenName: 'Яков', birthDate: '1873' },
    ]);
    const ids = search(f.archive, { q: 'Kiselew Jakow 1873', pageSize: 100 }).hits.map((h) => h.recordId);
    expect(ids).toContain(kiselev);
    if (ids.includes(khokhlov!)) expect(ids.indexOf(kiselev!)).toBeLessThan(ids.indexOf(khokhlov!));
  });
});

describe('building the index in bulk', () => {
  it('gives, from a full replay of the log, the same index as filing record by record', () => {
    const db = f.archive.db;
    // Corrections and redactions make the replay unfile docs whose keys are already collected.
    const [first, second] = db.prepare("SELECT id FROM records WHERE id IN (SELECT record_id FROM search_docs) ORDER BY id LIMIT 2").pluck().all() as string[];
    correctRecord(f.archive, first!, { surname: { text: 'Ягода' } }, 'test: misread surname', 'test');
    const seq = db.prepare("SELECT seq FROM log WHERE kind = 'record.add' ORDER BY seq LIMIT 1 OFFSET 7").pluck().get() as number;
    redact(f.archive, seq, 'test: a living person', 'test');
    correctRecord(f.archive, second!, { givenName: { text: 'Фёдор' } }, 'test: misread given name', 'test');
    const snapshot = () => ({
      docs: indexedDocuments(db),
      keys: keysByRecord(db),
      orphans: allPostings(db).filter(([, doc]) => !db.prepare('SELECT 1 FROM search_docs WHERE doc = ?').get(doc)).length,
    });
    const live = snapshot();
    expect(live.keys.length).toBeGreaterThan(10_000);
    rebuild(f.archive);
    const rebuilt = snapshot();
    expect(rebuilt.orphans).toBe(0);
    expect(rebuilt.docs).toEqual(live.docs);
    expect(rebuilt.keys).toEqual(live.keys);
    // The same when the pairs are written in many steps (a country-sized rebuild), each step's
    // rows beside the last's, and docs unfiled after their step was written.
    bulkLimits.pairs = 500;
    bulkLimits.spillPairs = 500;
    try {
      rebuild(f.archive);
    } finally {
      bulkLimits.pairs = BULK_PAIRS;
      bulkLimits.spillPairs = SPILL_PAIRS;
    }
    const stepped = snapshot();
    expect(stepped.orphans).toBe(0);
    expect(stepped.docs).toEqual(live.docs);
    expect(stepped.keys).toEqual(live.keys);
    // The steps' sorted runs are merged at the end (a build into an empty index): one pack a
    // bucket, and one row a key of the longer lists (none has more than a row's worth here).
    const rowsAndKeys = (kind: string) => db.prepare(`SELECT count(*), count(DISTINCT key) FROM search_postings WHERE ${kind}`).raw().get() as [number, number];
    const [packRows, packKeys] = rowsAndKeys('first < 0');
    expect(packRows).toBeGreaterThan(100);
    expect(packRows).toBe(packKeys);
    const [ownRows, ownKeys] = rowsAndKeys('first > 0');
    expect(ownRows).toBe(ownKeys);
    expect(search(f.archive, { q: 'Ягода' }).hits.map((h) => h.recordId)).toContain(first);
  });
});
