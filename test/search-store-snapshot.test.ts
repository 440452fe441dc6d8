/**
 * The document store saved by a full build (doc-store-snapshot.ts): a new connection holds
 * every document at once, each as its record makes it (the build's rows are thin: the snapshot
 * is the only copy of their columns), goes on with records filed since, and refuses a snapshot
 * of another format.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive, rebuild, RecordWriter } from '../src/archive/index.ts';
import { search, searchProjection, warmSearch, warmSearchInBackground } from '../src/search/index.ts';
import { DocStore, docStore } from '../src/search/doc-store.ts';
import { readStoreSnapshot } from '../src/search/doc-store-snapshot.ts';
import { documentsFromRecords, makeSearchFixture, type SearchFixture } from './search-fixture.ts';

let f: SearchFixture;
beforeAll(() => {
  f = makeSearchFixture(300);
  rebuild(f.archive);
});
afterAll(() => {
  f.archive.close();
  rmSync(f.dir, { recursive: true, force: true });
});

const allDocs = (db = f.archive.db) => db.prepare('SELECT doc FROM search_docs ORDER BY doc').pluck().all() as number[];

/** Every doc is held, as its record makes it. */
function expectSameRows(store: DocStore, docs: number[]): void {
  const reference = documentsFromRecords(f.archive.db);
  for (const doc of docs) {
    expect(store.has(doc)).toBe(true);
    expect(store.row(doc)).toEqual(reference.row(doc));
  }
}

describe('the saved document store', () => {
  it('gives a new connection every document at once, each as its record makes it', async () => {
    const docs = allDocs();
    expect(docs.length).toBeGreaterThan(600);
    expect(readStoreSnapshot(f.archive.db)?.lastDoc).toBe(docs.at(-1));
    const other = openArchive(f.path, { projections: [searchProjection] });
    try {
      const store = docStore(other.db);
      expectSameRows(store, docs);
      // What a server reports as ready to search: every document, though none was loaded from rows.
      expect(warmSearch(other)).toBe(docs.length);
      expect(await warmSearchInBackground(other)).toBe(docs.length);
      // And the build's own connection uses the store it filled.
      expectSameRows(docStore(f.archive.db), docs);
      // The build's rows are thin: a store made before it (empty here) takes the snapshot when it meets them.
      expect(f.archive.db.prepare('SELECT count(*) FROM search_docs WHERE surname IS NULL').pluck().get()).toBe(docs.length);
      const madeBefore = new DocStore(other.db);
      expect(madeBefore.refresh()).toBeGreaterThanOrEqual(docs.length);
      expectSameRows(madeBefore, docs);
    } finally {
      other.close();
    }
  });

  it('goes on with the records filed since, and searches the same as the connection that filed them', () => {
    const source = f.archive.db.prepare('SELECT id FROM sources LIMIT 1').pluck().get() as string;
    new RecordWriter(f.archive, 'test').add([
      { sourceId: source, locator: 'S1', fields: { surname: { text: 'Ежов' }, givenName: { text: 'Николай' }, birthDate: { text: '1895' } }, synthetic: true },
    ]);
    const docs = allDocs();
    expect(docs.at(-1)).toBeGreaterThan(readStoreSnapshot(f.archive.db)!.lastDoc);
    const other = openArchive(f.path, { projections: [searchProjection] });
    try {
      expectSameRows(docStore(other.db).current(), docs);
      for (const q of ['Jeschow Nikolai 1895', 'Ежов', 'Kowalski Jan 1898']) {
        expect({ ...search(other, { q }), tookMs: 0 }).toEqual({ ...search(f.archive, { q }), tookMs: 0 });
      }
    } finally {
      other.close();
    }
  });

  it('holds the arrays of a snapshot as they are when they own their memory, and leaves them unchanged as it goes on', () => {
    const other = openArchive(f.path, { projections: [searchProjection] });
    try {
      const snapshot = readStoreSnapshot(other.db)!;
      const cells = snapshot.cells.slice();
      const store = DocStore.fromSnapshot(other.db, snapshot);
      expect((store as unknown as { cells: Int32Array }).cells).toBe(snapshot.cells);
      // The rows filed since the snapshot (the test above filed one) go to arrays of the store's own.
      expect(store.refresh()).toBeGreaterThan(0);
      expect(snapshot.cells).toEqual(cells);
      expectSameRows(store, allDocs(other.db));
      // A store made from another store's arrays (views of its larger ones) holds the same rows.
      const copy = DocStore.fromSnapshot(other.db, store.toSnapshot());
      expectSameRows(copy, allDocs(other.db));
    } finally {
      other.close();
    }
  });

  it('refuses a snapshot of another format', () => {
    const other = openArchive(f.path, { projections: [searchProjection] });
    try {
      other.db.prepare("UPDATE search_store SET data = ? WHERE part = 'format'").run(Buffer.from(JSON.stringify({ format: 99, lastDoc: 1, strings: 1 })));
      expect(() => docStore(other.db)).toThrow(/format 99/);
    } finally {
      other.close();
    }
  });
});
