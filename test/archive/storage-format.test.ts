/**
 * The archive file's format (schema 4): the previous hash is read from the previous entry
 * rather than stored, records are indexed per source by an integer key, pages are 16 KiB,
 * and files in an older development format are refused with what to do.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRecords,
  addSource,
  entryHash,
  GENESIS_HASH,
  getEntry,
  historyOf,
  listRecords,
  openArchive,
  rebuild,
  SCHEMA_VERSION,
  verify,
  type Archive,
  type LogEntry,
  type Projection,
} from '../../src/archive/index.ts';
import { sampleRecord, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let archive: Archive;

beforeEach(() => {
  tmp = tempDir();
  path = join(tmp.dir, 'a.sqlite');
  archive = openArchive(path);
});
afterEach(() => {
  archive.close();
  tmp.cleanup();
});

function seedTwoSources(): { a: string; b: string } {
  const a = addSource(archive, { citation: 'Книга памяти, т. 1', synthetic: true }, 't').id;
  const b = addSource(archive, { citation: 'Книга памяти, т. 2', synthetic: true }, 't').id;
  // Interleaved, so each source's records are not one run of seqs.
  for (const surname of ['Ежов', 'Петров', 'Сидоров', 'Иванов', 'Кузнецов']) {
    addRecords(archive, [sampleRecord(a, surname)], 't');
    addRecords(archive, [sampleRecord(b, `${surname}а`)], 't');
  }
  return { a, b };
}

describe('schema version', () => {
  it('is 4, and a new file gets 16 KiB pages', () => {
    expect(SCHEMA_VERSION).toBe(4);
    expect(archive.db.pragma('user_version', { simple: true })).toBe(4);
    expect(archive.db.pragma('page_size', { simple: true })).toBe(16384);
  });

  it('refuses a file of an older development format, naming its version and what to do', () => {
    archive.close();
    const raw = new Database(path);
    raw.pragma('user_version = 3');
    raw.close();
    expect(() => openArchive(path)).toThrow(/schema version 3 .*no longer opens.*import its sources again/);
    expect(() => openArchive(path, { readonly: true })).toThrow(/schema version 3/);
    archive = openArchive(join(tmp.dir, 'other.sqlite'));
  });

  it('refuses to read a SQLite file that is not an archive', () => {
    const plain = join(tmp.dir, 'plain.sqlite');
    const raw = new Database(plain);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect(() => openArchive(plain, { readonly: true })).toThrow(/not an unerased archive/);
  });
});

describe('previous hash', () => {
  it('is not stored, and every reader gives the previous entry’s hash', () => {
    const columns = archive.db.prepare("SELECT name FROM pragma_table_info('log')").pluck().all();
    expect(columns).not.toContain('prev_hash');
    const { a } = seedTwoSources();
    expect(getEntry(archive, 1)!.prevHash).toBe(GENESIS_HASH);
    const head = archive.head().seq;
    for (let seq = 2; seq <= head; seq++) expect(getEntry(archive, seq)!.prevHash).toBe(getEntry(archive, seq - 1)!.hash);
    const history = historyOf(archive, a);
    expect(history[0]!.prevHash).toBe(getEntry(archive, history[0]!.seq - 1)!.hash);
  });

  it('is carried through a rebuild to the projections', () => {
    seedTwoSources();
    const seen: LogEntry[] = [];
    const spy: Projection = { name: 'spy', version: 1, schema: '', tables: [], apply: (_db, entry) => void seen.push(entry) };
    archive.close();
    archive = openArchive(path, { projections: [spy] });
    seen.length = 0;
    rebuild(archive);
    expect(seen).toHaveLength(archive.head().seq);
    for (const entry of seen) expect(entry).toEqual(expect.objectContaining({ prevHash: getEntry(archive, entry.seq)!.prevHash }));
  });

  it('a rewritten stored hash fails verify at that entry', () => {
    seedTwoSources();
    expect(verify(archive).ok).toBe(true);
    archive.db.prepare("UPDATE log SET hash = ? WHERE seq = 5").run('f'.repeat(64));
    expect(verify(archive).firstBad).toEqual({ seq: 5, problem: expect.stringMatching(/entry hash does not match/) });
  });

  it('a later entry re-hashed over a forged one still breaks the chain at the forged one', () => {
    seedTwoSources();
    // Forge entry 5's actor and recompute its own hash: entry 6 still covers the old hash.
    const e5 = getEntry(archive, 5)!;
    const forged = entryHash({ ...e5, actor: 'someone else' });
    archive.db.prepare('UPDATE log SET actor = ?, hash = ? WHERE seq = 5').run('someone else', forged);
    expect(verify(archive).firstBad?.seq).toBe(6);
  });
});

describe('records by source', () => {
  it('lists each source’s own records, in order, page by page', () => {
    const { a, b } = seedTwoSources();
    const first = listRecords(archive, { sourceId: b, limit: 3 });
    expect(first.records.map((r) => r.fields.surname?.text)).toEqual(['Ежова', 'Петрова', 'Сидорова']);
    expect(first.records.every((r) => r.sourceId === b)).toBe(true);
    const second = listRecords(archive, { sourceId: b, limit: 3, afterSeq: first.next! });
    expect(second.records.map((r) => r.fields.surname?.text)).toEqual(['Иванова', 'Кузнецова']);
    expect(second.next).toBeUndefined();
    expect(listRecords(archive, { sourceId: a, limit: 10 }).records.map((r) => r.fields.surname?.text)).toEqual([
      'Ежов',
      'Петров',
      'Сидоров',
      'Иванов',
      'Кузнецов',
    ]);
    expect(listRecords(archive, { sourceId: 'src_000000000000000000000000' }).records).toEqual([]);
  });
});
