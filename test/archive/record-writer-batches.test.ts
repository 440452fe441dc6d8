/**
 * RecordWriter's batches and transactions: each add() is all or nothing on its own, unless the
 * caller holds one transaction for all of them and rolls it back on error
 * (`callerRollsBackOnError`, what importFile does), which then opens no savepoint per batch.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSource, countRecords, openArchive, RecordWriter, type Archive, type Projection } from '../../src/archive/index.ts';
import type { RecordData } from '../../src/domain/record.ts';
import { sampleRecord, tempDir } from './helpers.ts';

/** Fails on a record whose surname is "Сбой": a projection error in the middle of a batch. */
const failing: Projection = {
  name: 'failing_test',
  version: 1,
  schema: '',
  tables: [],
  apply(_db, entry, payload) {
    if (entry.kind === 'record.add' && (payload as RecordData).fields.surname?.text === 'Сбой') throw new Error('projection failed');
  },
};

let tmp: ReturnType<typeof tempDir>;
let archive: Archive;
let sourceId: string;

beforeEach(() => {
  tmp = tempDir();
  archive = openArchive(join(tmp.dir, 'a.sqlite'), { projections: [failing] });
  sourceId = addSource(archive, { citation: 'Книга памяти, т. 3', synthetic: true }, 't').id;
});
afterEach(() => {
  archive.close();
  tmp.cleanup();
});

const batch = (...surnames: string[]) => surnames.map((s) => sampleRecord(sourceId, s));

describe('RecordWriter batches', () => {
  it('adds the same records with the same ids whether or not the caller holds the transaction', () => {
    const own = new RecordWriter(archive, 'a').add(batch('Ежов', 'Петров', 'Ежов'));
    const other = openArchive(join(tmp.dir, 'b.sqlite'), { projections: [failing] });
    addSource(other, { citation: 'Книга памяти, т. 3', synthetic: true }, 't');
    const writer = new RecordWriter(other, 'a', { callerRollsBackOnError: true });
    const held = other.transaction(() => writer.add(batch('Ежов', 'Петров', 'Ежов')));
    expect(held).toEqual(own);
    expect(countRecords(other)).toBe(3);
    other.close();
  });

  it('without a caller’s transaction, a failed batch leaves nothing, with or without the option', () => {
    for (const options of [{}, { callerRollsBackOnError: true }]) {
      const head = archive.head();
      expect(() => new RecordWriter(archive, 'a', options).add(batch('Иванов', 'Сбой'))).toThrow(/projection failed/);
      expect(archive.head()).toEqual(head);
      expect(countRecords(archive)).toBe(0);
    }
  });

  it('by default a failed batch inside the caller’s transaction is undone alone (savepoint)', () => {
    const writer = new RecordWriter(archive, 'a');
    archive.transaction(() => {
      writer.add(batch('Ежов'));
      expect(() => writer.add(batch('Иванов', 'Сбой'))).toThrow(/projection failed/);
    });
    expect(countRecords(archive)).toBe(1);
  });

  it('with callerRollsBackOnError the caller’s rollback undoes every batch', () => {
    const writer = new RecordWriter(archive, 'a', { callerRollsBackOnError: true });
    const head = archive.head();
    archive.db.exec('BEGIN IMMEDIATE');
    writer.add(batch('Ежов'));
    expect(() => writer.add(batch('Иванов', 'Сбой'))).toThrow(/projection failed/);
    // No savepoint: the failed batch is half written (even the failing entry's built-in
    // projections ran) until the caller rolls back — which is why the caller must.
    expect(countRecords(archive)).toBe(3);
    archive.db.exec('ROLLBACK');
    expect(archive.head()).toEqual(head);
    expect(countRecords(archive)).toBe(0);
  });
});
