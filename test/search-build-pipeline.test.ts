/**
 * A build's documents made on a worker thread (build-pipeline.ts, doc-batch.ts): the batches
 * are the ones this thread makes, whichever thread made them, and a rebuild gives the same
 * index, document store included, with or without the worker.
 */
import { rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { correctRecord, rebuild, recordAddPayload, redact } from '../src/archive/index.ts';
import { BuildPipeline, pipelineLimits } from '../src/search/build-pipeline.ts';
import { BATCH_TEXT_COLUMNS, encodeBatch, EXTRACT_SEPARATOR, extractOf, numberOf, SEARCHED_PATHS, type EncodedBatch } from '../src/search/doc-batch.ts';
import { toSearchDoc } from '../src/search/document.ts';
import type { RecordFields } from '../src/domain/record.ts';
import { allPostings } from '../src/search/postings.ts';
import { fingerprinting } from '../src/search/projection.ts';
import { DocStore } from '../src/search/doc-store.ts';
import { readStoreSnapshot } from '../src/search/doc-store-snapshot.ts';
import { makeSearchFixture, type SearchFixture } from './search-fixture.ts';

let f: SearchFixture;
const defaults = { ...pipelineLimits };
beforeAll(() => {
  f = makeSearchFixture(500);
});
afterAll(() => {
  f.archive.close();
  rmSync(f.dir, { recursive: true, force: true });
});
afterEach(() => {
  Object.assign(pipelineLimits, defaults);
});

const payloads = (): string[] => f.archive.db.prepare("SELECT payload FROM log WHERE kind = 'record.add' AND payload IS NOT NULL ORDER BY seq").pluck().all() as string[];
/** What a build reads of each record.add (doc-batch.ts SEARCHED_PATHS). */
const extracts = (): string[] => payloads().map(extractOf);

/**
 * Everything the index holds: its rows, its posting pairs and its saved document store, with
 * each doc id given as its rank (a rebuild's ids follow the last ones: AUTOINCREMENT).
 */
function indexState(db: Database.Database) {
  const docs = db.prepare('SELECT doc FROM search_docs ORDER BY doc').pluck().all() as number[];
  const rank = new Map(docs.map((doc, i) => [doc, i]));
  const snapshot = readStoreSnapshot(db)!;
  const store = DocStore.fromSnapshot(db, snapshot);
  return {
    rows: db.prepare('SELECT * FROM search_docs ORDER BY doc').all().map((row) => ({ ...(row as object), doc: rank.get((row as { doc: number }).doc) })),
    postings: allPostings(db).map(([key, doc]) => [key, rank.get(doc)]),
    strings: snapshot.strings,
    stored: docs.map((doc) => ({ ...store.row(doc), doc: rank.get(doc) })),
  };
}

/** Waits (blocking, as the build does) until `done` or a time limit. */
function waitUntil(done: () => boolean, ms: number): void {
  const sleep = new Int32Array(new SharedArrayBuffer(4));
  for (const end = performance.now() + ms; !done() && performance.now() < end; ) Atomics.wait(sleep, 0, 0, 20);
}

describe("a record.add's extract", () => {
  it("is what SQLite's json_extract reads of the payload, escapes, missing fields and norms included", () => {
    const sqlite = f.archive.db.prepare(`SELECT json_extract(?, ${SEARCHED_PATHS.map((path) => `'${path}'`).join(', ')})`).pluck();
    const crafted = [
      { sourceId: 'src_1', fields: { surname: { text: 'О\'Брайен "Бочка"\\ \u2028' }, birthDate: { text: 'in the year of the fire', norm: '1898~' }, nationality: { text: 'из Вильны', norm: 'lithuanian' } }, synthetic: true },
      { sourceId: 'src_2', fields: { givenName: { text: 'Jan', span: [0, 3] }, arrestDate: { text: 'spring, before Easter', norm: '1937-04' }, residence: { text: 'Mińsk' } }, synthetic: false },
      { sourceId: 'src_3', fields: {}, locator: 'p. 3' },
    ].map((record, i) => JSON.stringify(recordAddPayload(record as Parameters<typeof recordAddPayload>[0]), null, i));
    const all = [...payloads().slice(0, 200), ...crafted];
    for (const payload of all) expect(JSON.parse(extractOf(payload))).toEqual(JSON.parse(sqlite.get(payload) as string));
    // And a batch of them is made alike from either, with each document's columns those of the whole record's.
    const joined = (texts: string[]) => texts.join(EXTRACT_SEPARATOR);
    const batch = encodeBatch(joined(all.map(extractOf)));
    expect(batch).toEqual(encodeBatch(joined(all.map((payload) => sqlite.get(payload) as string))));
    all.forEach((payload, i) => {
      const record = JSON.parse(payload) as { sourceId: string; fields: RecordFields; synthetic?: boolean };
      const doc = toSearchDoc('', record.sourceId, record.fields, record.synthetic === true);
      const texts = Array.from({ length: BATCH_TEXT_COLUMNS }, (_, c) => batch.strings[batch.cells[i * BATCH_TEXT_COLUMNS + c]!]);
      expect(texts).toEqual([doc.surname, doc.givenName, doc.patronymic, doc.surnameNorm, doc.surnameLatin, doc.surnameKeys.join(' '), doc.givenKeys.join(' '),
        doc.patronymicKeys.join(' '), doc.place, doc.region, doc.nationality, doc.sentence, doc.operation, doc.sourceId, doc.birthText]);
      expect([numberOf(batch, i, 0), numberOf(batch, i, 1), numberOf(batch, i, 2), batch.synthetic[i]]).toEqual([doc.birthMin ?? null, doc.birthMax ?? null, doc.arrestYear ?? null, doc.synthetic ? 1 : 0]);
    });
  });
});

describe('the build pipeline', () => {
  it('files the batches this thread would make, in order, when the worker makes them all', () => {
    const texts = extracts();
    pipelineLimits.batch = 60;
    pipelineLimits.ahead = 1_000; // nothing is filed until drain: the worker gets to every batch
    const filed: { encoded: EncodedBatch; ids: string[] }[] = [];
    const pipeline = new BuildPipeline((encoded, ids) => filed.push({ encoded, ids }), true);
    texts.forEach((text, i) => pipeline.push(`rec_${i}`, text));
    const batches = Math.floor(texts.length / 60);
    waitUntil(() => pipeline.workerAnswers() >= batches, 60_000);
    pipeline.close();
    // Every full batch; the last one, posted at close, goes to whichever thread gets it first.
    expect(pipeline.workerBatches).toBeGreaterThanOrEqual(batches);
    expect(filed.length).toBe(Math.ceil(texts.length / 60));
    expect(pipeline.workerBatches).toBeLessThanOrEqual(filed.length);
    filed.forEach(({ encoded, ids }, b) => {
      const from = b * 60;
      expect(ids).toEqual(texts.slice(from, from + 60).map((_, i) => `rec_${from + i}`));
      expect(encoded).toEqual(encodeBatch(texts.slice(from, from + 60).join(EXTRACT_SEPARATOR)));
    });
  });

  it('makes here the batches the worker has not claimed, and fails loudly on a bad extract', () => {
    const texts = extracts().slice(0, 300);
    pipelineLimits.batch = 25;
    const filed: EncodedBatch[] = [];
    const pipeline = new BuildPipeline((encoded) => filed.push(encoded), true);
    // Pushed one at a time, and (records 100-149) as one joined batch between them.
    for (const text of texts.slice(0, 110)) pipeline.push('rec', text);
    pipeline.pushJoined(texts.slice(110, 160).map(() => 'rec'), texts.slice(110, 160).join(EXTRACT_SEPARATOR));
    for (const text of texts.slice(160)) pipeline.push('rec', text);
    pipeline.close();
    const batches = [[0, 25], [25, 50], [50, 75], [75, 100], [100, 110], [110, 160], ...Array.from({ length: 6 }, (_, i) => [160 + 25 * i, 185 + 25 * i])];
    expect(filed.length).toBe(batches.length);
    filed.forEach((encoded, b) => expect(encoded).toEqual(encodeBatch(texts.slice(batches[b]![0], batches[b]![1]).join(EXTRACT_SEPARATOR))));
    const bad = new BuildPipeline(() => {}, false);
    bad.push('rec', '{"fields": ');
    expect(() => bad.drain()).toThrow(SyntaxError);
  });
});

describe('a rebuild with the worker', () => {
  it('gives the index a rebuild on this thread alone gives, through corrections, a redaction and a repeated entry', () => {
    const db = f.archive.db;
    const ids = db.prepare('SELECT record_id FROM search_docs ORDER BY doc LIMIT 3 OFFSET 30').pluck().all() as string[];
    correctRecord(f.archive, ids[0]!, { surname: { text: 'Ягода' } }, 'test: misread surname', 'test');
    const seq = db.prepare("SELECT seq FROM log WHERE kind = 'record.add' ORDER BY seq LIMIT 1 OFFSET 50").pluck().get() as number;
    redact(f.archive, seq, 'test: a living person', 'test');
    const source = db.prepare('SELECT id FROM sources LIMIT 1').pluck().get() as string;
    const payload = recordAddPayload({ sourceId: source, locator: 'R1', fields: { surname: { text: 'Дважды' }, givenName: { text: 'Пётр' } }, synthetic: true });
    f.archive.append([{ kind: 'record.add', payload }], 'test');
    f.archive.append([{ kind: 'record.add', payload }], 'test');
    correctRecord(f.archive, ids[1]!, { givenName: { text: 'Фёдор' } }, 'test: misread given name', 'test');

    pipelineLimits.workerMinRecords = Infinity;
    rebuild(f.archive);
    const alone = indexState(db);
    expect(alone.rows.length).toBeGreaterThan(900);

    pipelineLimits.workerMinRecords = 0;
    pipelineLimits.batch = 16;
    rebuild(f.archive);
    expect(indexState(db)).toEqual(alone);
  });

  it('makes the record-id index at the end, or at the first two ids that share a fingerprint, with the same index', () => {
    const db = f.archive.db;
    const recordIndex = () => db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_docs_record'").pluck().get();
    rebuild(f.archive);
    const built = indexState(db);
    expect(recordIndex()).toMatch(/UNIQUE INDEX/);
    const of = fingerprinting.of;
    fingerprinting.of = () => 7;
    try {
      rebuild(f.archive);
    } finally {
      fingerprinting.of = of;
    }
    expect(indexState(db)).toEqual(built);
    expect(recordIndex()).toMatch(/UNIQUE INDEX/);
  });
});
