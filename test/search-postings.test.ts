/**
 * The posting lists stored as packed blobs (postings.ts) give a query exactly the candidates
 * that one (key, doc) row per pair gave: the reference here is that index made again from the
 * records themselves, its lists read the way the old table's `WHERE key = ? LIMIT ?` read them.
 */
import { rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctRecord, rebuild, recordAddPayload, redact, RecordWriter } from '../src/archive/index.ts';
import type { RecordFields } from '../src/domain/record.ts';
import { candidateDocs, type PostingReader } from '../src/search/candidates.ts';
import { toSearchDoc } from '../src/search/document.ts';
import { docKeys, hashKey } from '../src/search/keys.ts';
import { allPostings, MAX_DOCS_PER_ROW, PACK_MAX_DOCS, PostingBuffer, PostingRuns, readPosting, unfilePosting, filePosting } from '../src/search/postings.ts';
import { parseQuery } from '../src/search/query.ts';
import { prepareQuery } from '../src/search/rank.ts';
import { latinSpelling } from '../src/synth/index.ts';
import { filedDocs, makeSearchFixture, type SearchFixture } from './search-fixture.ts';
import { readDocs } from '../src/search/search.ts';

let f: SearchFixture;
beforeAll(() => {
  f = makeSearchFixture(400);
});
afterAll(() => {
  f.archive.close();
  rmSync(f.dir, { recursive: true, force: true });
});

/** key → ascending docs, from each filed record's fields (not from the index's own rows). */
function referenceIndex(db: Database.Database): Map<number, number[]> {
  const lists = new Map<number, number[]>();
  const rows = db.prepare('SELECT d.doc, r.id, r.source_id, r.fields, r.synthetic FROM search_docs d JOIN records r ON r.id = d.record_id ORDER BY d.doc').all() as {
    doc: number; id: string; source_id: string; fields: string; synthetic: number;
  }[];
  for (const row of rows) {
    const doc = toSearchDoc(row.id, row.source_id, JSON.parse(row.fields) as RecordFields, row.synthetic === 1);
    for (const key of new Set(docKeys(doc).map(hashKey))) {
      const list = lists.get(key) ?? [];
      list.push(row.doc);
      lists.set(key, list);
    }
  }
  return lists;
}

function queries(): string[] {
  const out = ['Ежов', 'Jeschow Nikolai 1895', 'Ivanov', 'Иванов Иван', 'Kowalski Jan 1898'];
  for (const r of f.synthetic.records.slice(0, 400)) {
    const { surname, givenName, patronymic, birthDate } = r.fields;
    if (!surname) continue;
    const year = /\d{4}/.exec(birthDate ?? '')?.[0] ?? '';
    out.push(`${latinSpelling(surname, 'german')} ${givenName ? latinSpelling(givenName, 'german') : ''} ${year}`.trim());
    out.push(`${surname} ${givenName ?? ''} ${patronymic ?? ''}`.trim());
    out.push(surname);
  }
  return out;
}

function expectSameCandidates(db: Database.Database): void {
  const reference = referenceIndex(db);
  const read: PostingReader = (key, limit) => (reference.get(key) ?? []).slice(0, limit);
  let compared = 0;
  for (const q of queries()) {
    const prepared = prepareQuery(parseQuery({ q }));
    const ours = candidateDocs(db, prepared);
    const old = candidateDocs(db, prepared, read);
    expect(ours, q).toEqual(old);
    compared += ours.docs.length;
  }
  expect(compared).toBeGreaterThan(2_000);
}

describe('posting lists in blobs', () => {
  it('give every query the candidates of a (key, doc) table: after a bulk write, live filing, corrections and a redaction', () => {
    const db = f.archive.db;
    expectSameCandidates(db);
    // Records filed one at a time (rows of one doc) and docs unfiled from bulk-written rows.
    const source = db.prepare('SELECT id FROM sources LIMIT 1').pluck().get() as string;
    const writer = new RecordWriter(f.archive, 'test');
    for (const [i, surname] of ['Ежов', 'Jeżow', 'Иванов', 'Kowalski'].entries()) {
      writer.add([{ sourceId: source, locator: `P${i}`, fields: { surname: { text: surname }, givenName: { text: 'Николай' }, birthDate: { text: '1895' } }, synthetic: true }]);
    }
    const ids = db.prepare('SELECT record_id FROM search_docs ORDER BY doc LIMIT 3 OFFSET 20').pluck().all() as string[];
    correctRecord(f.archive, ids[0]!, { surname: { text: 'Ягода' } }, 'test: misread surname', 'test');
    correctRecord(f.archive, ids[1]!, { givenName: { text: 'Фёдор' } }, 'test: misread given name', 'test');
    const seq = db.prepare("SELECT seq FROM log WHERE kind = 'record.add' ORDER BY seq LIMIT 1 OFFSET 40").pluck().get() as number;
    redact(f.archive, seq, 'test: a living person', 'test');
    expectSameCandidates(db);
    // Every pair belongs to a filed doc (nothing left behind by unfiling).
    const filed = new Set(db.prepare('SELECT doc FROM search_docs').pluck().all() as number[]);
    expect(allPostings(db).every(([, doc]) => filed.has(doc))).toBe(true);
  });
});

describe('a posting list over several rows', () => {
  it('reads ascending across rows, capped at any limit, and unfiles from any row', () => {
    const db = f.archive.db;
    const key = hashKey('test|one long list');
    const docs = Array.from({ length: 2 * MAX_DOCS_PER_ROW + 5 }, (_, i) => 1_000_000 + i * 3);
    // Two bulk writes and a few docs filed alone: rows of many docs, then rows of one.
    const first = new PostingBuffer(1 << 20);
    for (const doc of docs.slice(0, MAX_DOCS_PER_ROW + 7)) first.add(key, doc);
    first.writeTo(db, new Set([docs[3]!]));
    const second = new PostingBuffer(1 << 20);
    for (const doc of docs.slice(MAX_DOCS_PER_ROW + 7, -3)) second.add(key, doc);
    second.writeTo(db, new Set());
    for (const doc of docs.slice(-3)) filePosting(db, key, doc);
    expect(db.prepare('SELECT count(*) FROM search_postings WHERE key = ?').pluck().get(key)).toBe(2 + 1 + 3);
    const expected = docs.filter((_, i) => i !== 3);
    for (const limit of [0, 1, MAX_DOCS_PER_ROW - 1, MAX_DOCS_PER_ROW, MAX_DOCS_PER_ROW + 1, expected.length, expected.length + 10]) {
      expect(readPosting(db, key, limit)).toEqual(expected.slice(0, limit));
    }
    // The first doc of a row, one inside a row, and a row's only doc.
    for (const doc of [docs[0]!, docs[MAX_DOCS_PER_ROW + 20]!, docs.at(-1)!]) unfilePosting(db, key, doc);
    unfilePosting(db, key, 5); // not in the list: nothing changes
    const left = expected.filter((d) => d !== docs[0] && d !== docs[MAX_DOCS_PER_ROW + 20] && d !== docs.at(-1));
    expect(readPosting(db, key, Infinity)).toEqual(left);
    for (const doc of left) unfilePosting(db, key, doc);
    expect(db.prepare('SELECT count(*) FROM search_postings WHERE key = ?').pluck().get(key)).toBe(0);
  });

  it('sorts a bulk write by key, keeping each key\'s docs in filing order', () => {
    const db = f.archive.db;
    const keys = Array.from({ length: 50 }, (_, i) => hashKey(`test|sort ${i}`));
    const buffer = new PostingBuffer(1 << 20);
    const expected = new Map<number, number[]>();
    for (let doc = 2_000_000; doc < 2_003_000; doc++) {
      const key = keys[(doc * 7919) % keys.length]!;
      buffer.add(key, doc);
      expected.set(key, [...(expected.get(key) ?? []), doc]);
    }
    expect(buffer.size).toBe(3000);
    buffer.writeTo(db, new Set());
    expect(buffer.size).toBe(0);
    for (const key of keys) expect(readPosting(db, key, Infinity)).toEqual(expected.get(key));
    const written = allPostings(db).filter(([key]) => expected.has(key)).map(([key]) => key);
    expect(written).toEqual([...written].sort((a, b) => a - b));
  });

  it('holds the pairs added past its limit (the keys of the doc that filled it)', () => {
    const db = f.archive.db;
    const key = hashKey('test|past the limit');
    const buffer = new PostingBuffer(10);
    for (let doc = 3_000_000; doc < 3_000_025; doc++) buffer.add(key, doc);
    expect([buffer.size, buffer.full]).toEqual([25, true]);
    buffer.writeTo(db, new Set());
    expect(readPosting(db, key, Infinity)).toEqual(Array.from({ length: 25 }, (_, i) => 3_000_000 + i));
  });
});

describe('short lists packed a bucket of keys to a row', () => {
  /** Keys of one bucket (the same top 20 bits), `base` its lowest. */
  const base = 777 * 2 ** 32;
  const packs = (db: Database.Database, key: number) => db.prepare('SELECT count(*) FROM search_postings WHERE key = ? AND first < 0').pluck().get(key);

  it('hold every short list of a write in one row per bucket; a key read from packs and its own rows is one ascending list', () => {
    const db = f.archive.db;
    const [a, b, c] = [base + 5, base + 9, base + 2 ** 31];
    const write = (pairs: [number, number][]) => {
      const buffer = new PostingBuffer(1 << 20);
      for (const [key, doc] of pairs) buffer.add(key, doc);
      buffer.writeTo(db, new Set());
    };
    // First write: a and c short (packed), b long (its own rows).
    const long = Array.from({ length: PACK_MAX_DOCS + 4 }, (_, i) => 5_000_100 + i);
    write([[a, 5_000_001], [c, 5_000_002], [a, 5_000_050], ...long.map((doc): [number, number] => [b, doc])]);
    expect(packs(db, base)).toBe(1);
    expect(db.prepare('SELECT count(*) FROM search_postings WHERE key = ? AND first > 0').pluck().get(b)).toBe(1);
    // Then a's docs filed alone (own rows), a second write (a second pack), and more alone.
    filePosting(db, a, 5_000_200);
    write([[a, 5_000_300], [b, 5_000_301], [a, 5_000_302]]);
    filePosting(db, a, 5_000_400);
    expect(packs(db, base)).toBe(2);
    const aDocs = [5_000_001, 5_000_050, 5_000_200, 5_000_300, 5_000_302, 5_000_400];
    for (const limit of [0, 1, 2, 3, 4, 5, 6, 10]) expect(readPosting(db, a, limit)).toEqual(aDocs.slice(0, limit));
    expect(readPosting(db, b, Infinity)).toEqual([...long, 5_000_301]);
    expect(readPosting(db, c, Infinity)).toEqual([5_000_002]);
    expect(readPosting(db, base + 6, Infinity)).toEqual([]);
    expect(allPostings(db).filter(([key]) => key === a).map(([, doc]) => doc)).toEqual(aDocs);

    // Unfiling from a pack rewrites it; its last doc gone, the pack goes.
    unfilePosting(db, a, 5_000_050);
    unfilePosting(db, a, 5_000_200);
    unfilePosting(db, c, 5_000_002);
    unfilePosting(db, c, 5_000_002); // no longer there: nothing changes
    expect(readPosting(db, a, Infinity)).toEqual([5_000_001, 5_000_300, 5_000_302, 5_000_400]);
    expect(readPosting(db, c, Infinity)).toEqual([]);
    expect(readPosting(db, b, 3)).toEqual(long.slice(0, 3));
    unfilePosting(db, a, 5_000_001);
    expect(packs(db, base)).toBe(1);
    for (const doc of [5_000_300, 5_000_302, 5_000_400]) unfilePosting(db, a, doc);
    unfilePosting(db, b, 5_000_301);
    expect(packs(db, base)).toBe(0);
    expect(readPosting(db, a, Infinity)).toEqual([]);
  });

  it('keep apart the packs and the own rows of a key that is its bucket\'s lowest', () => {
    const db = f.archive.db;
    const key = base + 2 ** 33; // the base of a bucket of its own
    const buffer = new PostingBuffer(1 << 20);
    for (const doc of [6_000_001, 6_000_002]) buffer.add(key, doc);
    buffer.add(key + 1, 6_000_003);
    buffer.writeTo(db, new Set());
    filePosting(db, key, 6_000_004);
    expect(packs(db, key)).toBe(1);
    expect(readPosting(db, key, Infinity)).toEqual([6_000_001, 6_000_002, 6_000_004]);
    expect(readPosting(db, key + 1, Infinity)).toEqual([6_000_003]);
    unfilePosting(db, key, 6_000_004);
    unfilePosting(db, key, 6_000_001);
    expect(readPosting(db, key, Infinity)).toEqual([6_000_002]);
    expect(readPosting(db, key + 1, Infinity)).toEqual([6_000_003]);
  });
});

describe('sorted runs merged into rows at the end of a build', () => {
  it('give each key its docs ascending across runs, one row per MAX_DOCS_PER_ROW, without the unfiled docs', () => {
    const db = f.archive.db;
    const keys = Array.from({ length: 40 }, (_, i) => hashKey(`test|runs ${i}`));
    const expected = new Map<number, number[]>();
    const unfiled = new Set<number>();
    const runs = new PostingRuns();
    try {
      const buffer = new PostingBuffer(1 << 20);
      // Five runs; key 0 gets 3 docs a run from each, the others a few; some docs unfiled later.
      for (let run = 0; run < 5; run++) {
        for (let doc = 4_000_000 + run * 1000; doc < 4_000_000 + run * 1000 + 300; doc++) {
          for (const key of [keys[0]!, keys[(doc * 31) % keys.length]!]) {
            if (expected.get(key)?.at(-1) === doc) continue;
            buffer.add(key, doc);
            expected.set(key, [...(expected.get(key) ?? []), doc]);
          }
          if (doc % 97 === 0) unfiled.add(doc);
        }
        buffer.spillTo(runs, unfiled);
      }
      expect(runs.size).toBeGreaterThan(2_000);
      runs.writeTo(db, unfiled);
    } finally {
      runs.close();
    }
    let rows = 0;
    let packed = 0;
    for (const key of keys) {
      const docs = (expected.get(key) ?? []).filter((doc) => !unfiled.has(doc));
      expect(readPosting(db, key, Infinity)).toEqual(docs);
      if (docs.length > PACK_MAX_DOCS) rows += Math.ceil(docs.length / MAX_DOCS_PER_ROW);
      else packed++;
    }
    // Short lists went into packs (none here: each key has dozens of docs), longer ones into rows of their own.
    expect([packed, rows]).toEqual([0, keys.length + Math.ceil((expected.get(keys[0]!)!.length) / MAX_DOCS_PER_ROW) - 1]);
    const placeholders = keys.map(() => '?').join(', ');
    expect(db.prepare(`SELECT count(*) FROM search_postings WHERE key IN (${placeholders}) AND first > 0`).pluck().get(...keys)).toBe(rows);
  });
});

describe('a record.add entry repeated in the log', () => {
  it('is filed once, live and in a rebuild (the records table, too, keeps the first)', () => {
    const db = f.archive.db;
    const source = db.prepare('SELECT id FROM sources LIMIT 1').pluck().get() as string;
    const payload = recordAddPayload({ sourceId: source, locator: 'R1', fields: { surname: { text: 'Дважды' }, givenName: { text: 'Пётр' } }, synthetic: true });
    f.archive.append([{ kind: 'record.add', payload }], 'test');
    f.archive.append([{ kind: 'record.add', payload }], 'test');
    const docs = () => readDocs(db, filedDocs(db)).filter((row) => row.surname === 'Дважды').map((row) => row.doc);
    const pairsOf = (doc: number) => allPostings(db).filter(([, d]) => d === doc).length;
    expect(docs()).toHaveLength(1);
    const pairs = pairsOf(docs()[0]!);
    expect(pairs).toBeGreaterThan(0);
    rebuild(f.archive);
    expect(docs()).toHaveLength(1);
    expect(pairsOf(docs()[0]!)).toBe(pairs);
  });
});
