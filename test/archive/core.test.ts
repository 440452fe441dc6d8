import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRecords,
  addSource,
  checkpoint,
  correctRecord,
  countRecords,
  getEntry,
  getRecord,
  getSource,
  historyOf,
  listRecords,
  openArchive,
  rebuild,
  redact,
  verify,
  verifyCheckpoint,
  type Archive,
  type Projection,
} from '../../src/archive/index.ts';
import type { RecordData } from '../../src/domain/record.ts';
import { dumpTable, sampleRecord, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let archive: Archive;

beforeEach(() => {
  tmp = tempDir();
  path = join(tmp.dir, 'nested', 'a.sqlite');
  archive = openArchive(path);
});
afterEach(() => {
  archive.close();
  tmp.cleanup();
});

function seed(n = 3): { sourceId: string; ids: string[] } {
  const { id: sourceId } = addSource(archive, { citation: 'Книга памяти, т. 1', kind: 'book-of-memory', synthetic: true }, 'tester');
  const surnames = ['Ежов', 'Петров', 'Сидоров', 'Иванов', 'Кузнецов'].slice(0, n);
  const { added } = addRecords(archive, surnames.map((s) => sampleRecord(sourceId, s)), 'tester');
  return { sourceId, ids: added };
}

describe('openArchive', () => {
  it('creates the file with WAL, a key pair and an archive.init entry', () => {
    expect(archive.head().seq).toBe(1);
    expect(archive.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const init = getEntry(archive, 1)!;
    expect(init.kind).toBe('archive.init');
    expect(String((init.payload as { publicKey: string }).publicKey)).toContain('BEGIN PUBLIC KEY');
  });

  it('reopens without a second init entry', () => {
    archive.close();
    archive = openArchive(path);
    expect(archive.head().seq).toBe(1);
  });

  it('refuses an archive whose schema is newer than the code', () => {
    archive.close();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openArchive(path)).toThrow(/schema version 99 is newer/);
    archive = openArchive(join(tmp.dir, 'other.sqlite'));
  });

  it('fills a projection added later from the existing log', () => {
    seed(2);
    archive.close();
    const seen: string[] = [];
    const counter: Projection = {
      name: 'counter',
      version: 1,
      schema: 'CREATE TABLE IF NOT EXISTS counter (kind TEXT)',
      tables: ['counter'],
      apply(db, entry) {
        seen.push(entry.kind);
        db.prepare('INSERT INTO counter VALUES (?)').run(entry.kind);
      },
    };
    archive = openArchive(path, { projections: [counter] });
    expect(archive.db.prepare('SELECT count(*) FROM counter').pluck().get()).toBe(4);
    archive.close();
    archive = openArchive(path, { projections: [counter] });
    expect(seen).toHaveLength(4); // same version: not replayed again
  });
});

describe('writing and reading', () => {
  it('stores records with deterministic ids and adds nothing the second time', () => {
    const { sourceId, ids } = seed();
    expect(ids).toHaveLength(3);
    expect(ids[0]).toMatch(/^rec_[0-9a-f]{24}$/);
    expect(getRecord(archive, ids[0]!)?.fields.surname?.text).toBe('Ежов');
    expect(getSource(archive, sourceId)?.citation).toBe('Книга памяти, т. 1');
    const before = archive.head().seq;
    const again = addRecords(archive, [sampleRecord(sourceId, 'Ежов')], 'tester');
    expect(again).toEqual({ added: [], existing: 1 });
    expect(addSource(archive, { citation: '  Книга   памяти, т. 1 ' }, 'x').added).toBe(false);
    expect(archive.head().seq).toBe(before);
  });

  it('gives identical entries of one batch their own ids', () => {
    const { sourceId } = seed(0);
    const twice = [sampleRecord(sourceId, 'Ким'), sampleRecord(sourceId, 'Ким')];
    const { added } = addRecords(archive, twice, 't');
    expect(new Set(added).size).toBe(2);
    expect(addRecords(archive, twice, 't').added).toEqual([]);
  });

  it('pages through records in order', () => {
    const { sourceId } = seed(5);
    const first = listRecords(archive, { limit: 2 });
    expect(first.records.map((r) => r.fields.surname?.text)).toEqual(['Ежов', 'Петров']);
    const second = listRecords(archive, { limit: 2, afterSeq: first.next! });
    const third = listRecords(archive, { limit: 2, afterSeq: second.next!, sourceId });
    expect(third.records).toHaveLength(1);
    expect(third.next).toBeUndefined();
    expect(countRecords(archive)).toBe(5);
  });

  it('keeps the history of a record, corrections included', () => {
    const { ids } = seed(1);
    correctRecord(archive, ids[0]!, { birthDate: { text: '1899', norm: '1899' }, arrestDate: null }, 'typo', 'editor');
    const record = getRecord(archive, ids[0]!)!;
    expect(record.fields.birthDate?.norm).toBe('1899');
    expect(record.fields.arrestDate).toBeUndefined();
    expect(historyOf(archive, ids[0]!).map((e) => [e.kind, e.actor])).toEqual([
      ['record.add', 'tester'],
      ['record.correct', 'editor'],
    ]);
  });

  it('refuses an unknown kind and a multi-line actor, appending nothing', () => {
    expect(() => archive.append([{ kind: 'record.delete' as never, payload: {} }], 'x')).toThrow(/unknown log kind/);
    expect(() => archive.append([{ kind: 'claim.add', payload: {} }], 'a\nb')).toThrow(/single line/);
    expect(archive.head().seq).toBe(1);
  });

  it('rolls back the whole append when a projection throws', () => {
    const { sourceId } = seed(0);
    archive.close();
    const failing: Projection = {
      name: 'failing',
      version: 1,
      schema: '',
      tables: [],
      apply(_db, entry, payload) {
        if (entry.kind === 'record.add' && (payload as RecordData).fields.surname?.text === 'B') throw new Error('boom');
      },
    };
    archive = openArchive(path, { projections: [failing] });
    const before = archive.head().seq;
    const changes = ['A', 'B'].map((s) => ({ kind: 'record.add' as const, payload: sampleRecord(sourceId, s) }));
    expect(() => archive.append(changes, 't')).toThrow(/boom/);
    expect(archive.head().seq).toBe(before);
    expect(countRecords(archive)).toBe(0);
  });
});

describe('redaction', () => {
  it('removes the payload, keeps a tombstone, drops the record, and the chain verifies', () => {
    const { ids } = seed(2);
    const addSeq = historyOf(archive, ids[0]!)[0]!.seq;
    redact(archive, addSeq, 'living person', 'moderator');
    expect(getRecord(archive, ids[0]!)).toBeUndefined();
    const [entry] = historyOf(archive, ids[0]!);
    expect(entry!.payload).toBeUndefined();
    expect(entry!.redaction).toMatchObject({ actor: 'moderator', reason: 'living person' });
    expect(verify(archive)).toMatchObject({ ok: true, count: archive.head().seq });
    // re-adding the same record does not bring it back
    const sourceId = getRecord(archive, ids[1]!)!.sourceId;
    expect(addRecords(archive, [sampleRecord(sourceId, 'Ежов')], 't').added).toEqual([]);
    expect(() => redact(archive, addSeq, 'again', 'm')).toThrow(/already redacted/);
    expect(() => redact(archive, 1, 'x', 'm')).toThrow(/cannot be redacted/);
  });

  it('a payload removed without a redaction fails verification', () => {
    seed(1);
    archive.db.prepare('UPDATE log SET payload = NULL WHERE seq = 3').run();
    expect(verify(archive).firstBad).toEqual({ seq: 3, problem: expect.stringMatching(/no redaction explains it/) });
  });
});

describe('verify', () => {
  it('names a tampered payload', () => {
    seed(3);
    archive.db.prepare("UPDATE log SET payload = replace(payload, 'Петров', 'Пютров') WHERE seq = 4").run();
    const result = verify(archive);
    expect(result.ok).toBe(false);
    expect(result.firstBad).toEqual({ seq: 4, problem: expect.stringMatching(/tampered payload/) });
  });

  it('names a broken chain and a rewritten header', () => {
    seed(3);
    archive.db.prepare("UPDATE log SET actor = 'someone else' WHERE seq = 3").run();
    expect(verify(archive).firstBad?.seq).toBe(3);
    archive.db.prepare("UPDATE log SET actor = 'tester' WHERE seq = 3").run();
    expect(verify(archive).ok).toBe(true);
    archive.db.prepare('DELETE FROM log WHERE seq = 4').run();
    expect(verify(archive).firstBad).toEqual({ seq: 4, problem: expect.stringMatching(/missing/) });
  });
});

describe('rebuild', () => {
  it('gives exactly the live tables, after corrections and redactions', () => {
    const { ids } = seed(5);
    correctRecord(archive, ids[1]!, { surname: { text: 'Петровъ' } }, 'old spelling', 'e');
    redact(archive, historyOf(archive, ids[2]!)[0]!.seq, 'privacy', 'm');
    correctRecord(archive, ids[3]!, { notes: { text: 'x' } }, 'n', 'e');
    redact(archive, historyOf(archive, ids[3]!)[1]!.seq, 'privacy', 'm');
    const live = { records: dumpTable(archive.db, 'records'), sources: dumpTable(archive.db, 'sources') };
    expect(live.records).toHaveLength(4);
    rebuild(archive);
    expect({ records: dumpTable(archive.db, 'records'), sources: dumpTable(archive.db, 'sources') }).toEqual(live);
  });
});

describe('a projection that reads the log itself', () => {
  it('replays after the projections applied entry by entry, and the progress runs once to the head over both passes', () => {
    seed(5);
    archive.close();
    const order: string[] = [];
    const reader: Projection = {
      name: 'reader',
      version: 1,
      schema: '',
      tables: [],
      apply() {
        throw new Error('a projection with replay is not given entries one by one');
      },
      replay(db, fromSeq, onProgress) {
        // The records projection has applied every entry by now.
        order.push(`reader from ${fromSeq}: ${db.prepare('SELECT count(*) FROM records').pluck().get()} records`);
        const head = db.prepare('SELECT max(seq) FROM log').pluck().get() as number;
        for (let seq = fromSeq + 1; seq <= head; seq++) onProgress(seq);
      },
    };
    archive = openArchive(path, { projections: [reader] });
    const head = archive.head().seq;
    expect(order).toEqual(['reader from 0: 5 records']);
    const progress: number[] = [];
    expect(rebuild(archive, (seq) => progress.push(seq))).toBe(head);
    expect(order).toEqual(['reader from 0: 5 records', 'reader from 0: 5 records']);
    expect(progress.at(-1)).toBe(head);
    expect(progress.every((seq, i) => i === 0 || seq >= progress[i - 1]!)).toBe(true);
    // The entry pass reports the first half of the way, the reader the second.
    expect(progress.some((seq) => seq < head / 2 + 1)).toBe(true);
  });
});

describe('checkpoint', () => {
  it('signs the head; the statement verifies, and any change to it does not', () => {
    seed(2);
    const cp = checkpoint(archive);
    expect(cp.seq).toBe(archive.head().seq);
    expect(verifyCheckpoint(archive, cp)).toBeUndefined();
    seed(1); // more history later does not invalidate an old checkpoint
    expect(verifyCheckpoint(archive, cp)).toBeUndefined();
    expect(verifyCheckpoint(archive, { ...cp, seq: cp.seq - 1 })).toMatch(/bad checkpoint signature/);
    const sig = Buffer.from(cp.signature, 'base64');
    sig[0]! ^= 1;
    expect(verifyCheckpoint(archive, { ...cp, signature: sig.toString('base64') })).toMatch(/bad checkpoint signature/);
    expect(verifyCheckpoint(archive, { ...cp, version: 2 })).toMatch(/version 2/);
  });

  it('detects rewritten history before the checkpoint', () => {
    seed(2);
    const cp = checkpoint(archive);
    archive.db.prepare("UPDATE log SET hash = 'x' WHERE seq = ?").run(cp.seq);
    expect(verifyCheckpoint(archive, cp)).toMatch(/history differs/);
  });

  it('refuses a checkpoint of another archive', () => {
    const other = openArchive(join(tmp.dir, 'other.sqlite'));
    const cp = checkpoint(other);
    other.close();
    writeFileSync(join(tmp.dir, 'cp.json'), JSON.stringify(cp));
    expect(verifyCheckpoint(archive, cp)).toMatch(/another archive/);
  });
});

describe('projections opened later', () => {
  it('catch up on entries appended while they were not loaded', () => {
    archive.close();
    const seen: number[] = [];
    const tracker: Projection = {
      name: 'tracker',
      version: 1,
      schema: '',
      tables: [],
      apply(_db, entry) {
        seen.push(entry.seq);
      },
    };
    archive = openArchive(path, { projections: [tracker] });
    expect(seen).toEqual([1]);
    archive.close();
    archive = openArchive(path); // without the tracker
    seed(2);
    const head = archive.head().seq;
    archive.close();
    archive = openArchive(path, { projections: [tracker] });
    expect(seen).toEqual(Array.from({ length: head }, (_, i) => i + 1));
  });
});
