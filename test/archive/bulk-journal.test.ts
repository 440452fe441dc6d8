import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addRecords, addSource, openArchive, rebuild, type Projection } from '../../src/archive/index.ts';
import { bulkJournalLimits, bulkJournalUses } from '../../src/archive/bulk-journal.ts';
import { dumpTable, sampleRecord, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let path: string;
const saved = { ...bulkJournalLimits };

beforeEach(() => {
  tmp = tempDir();
  path = join(tmp.dir, 'a.sqlite');
  const archive = openArchive(path);
  const { id: sourceId } = addSource(archive, { citation: 'Книга памяти, т. 1', kind: 'book-of-memory', synthetic: true }, 'tester');
  addRecords(archive, ['Ежов', 'Петров', 'Сидоров'].map((s) => sampleRecord(sourceId, s)), 'tester');
  archive.close();
  // Every replay of these few entries counts as a large one.
  bulkJournalLimits.minEntries = 1;
});
afterEach(() => {
  Object.assign(bulkJournalLimits, saved);
  tmp.cleanup();
});

/** A projection that notes the journal mode its replay is written in, and may fail midway. */
function recorder(version: number, fail = false): Projection & { modes: string[] } {
  const modes: string[] = [];
  return {
    modes,
    name: 'recorder',
    version,
    schema: 'CREATE TABLE IF NOT EXISTS recorder (kind TEXT)',
    tables: ['recorder'],
    apply(db, entry) {
      modes.push(db.pragma('journal_mode', { simple: true }) as string);
      db.prepare('INSERT INTO recorder VALUES (?)').run(entry.kind);
      if (fail && entry.kind === 'record.add') throw new Error('the projection fails midway');
    },
  };
}

describe('a large replay', () => {
  it('is written through a rollback journal with full syncs, and the archive is back in WAL after', () => {
    const projection = recorder(1);
    const archive = openArchive(path, { projections: [projection] });
    try {
      expect(new Set(projection.modes)).toEqual(new Set(['delete']));
      expect(archive.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(archive.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL, as opened
      expect(archive.db.prepare('SELECT count(*) FROM recorder').pluck().get()).toBe(archive.head().seq);
      expect(existsSync(`${path}-journal`)).toBe(false);
    } finally {
      archive.close();
    }
  });

  it('stays in WAL when another connection has the file open, and still fills the projection', () => {
    const reader = new Database(path, { readonly: true });
    try {
      expect(reader.prepare('SELECT count(*) FROM log').pluck().get()).toBeGreaterThan(0);
      const projection = recorder(1);
      const archive = openArchive(path, { projections: [projection] });
      try {
        expect(new Set(projection.modes)).toEqual(new Set(['wal']));
        expect(archive.db.prepare('SELECT count(*) FROM recorder').pluck().get()).toBe(archive.head().seq);
      } finally {
        archive.close();
      }
    } finally {
      reader.close();
    }
  });

  it('that fails midway leaves the archive as it was, in WAL, without a journal', () => {
    const before = openArchive(path);
    const tables = ['log', 'record_rows'].map((table) => dumpTable(before.db, table));
    before.close();
    expect(() => openArchive(path, { projections: [recorder(1, true)] })).toThrow(/fails midway/);
    expect(existsSync(`${path}-journal`)).toBe(false);
    const after = openArchive(path);
    try {
      expect(['log', 'record_rows'].map((table) => dumpTable(after.db, table))).toEqual(tables);
      expect(after.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'recorder'").pluck().get()).toBe(0);
      expect(after.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      after.close();
    }
  });

  it('of `rebuild` is written through a rollback journal too', () => {
    const projection = recorder(1);
    const archive = openArchive(path, { projections: [projection] });
    try {
      projection.modes.length = 0;
      bulkJournalLimits.minEntries = 1;
      rebuild(archive);
      expect(new Set(projection.modes)).toEqual(new Set(['delete']));
      expect(archive.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      archive.close();
    }
  });

  it('is not made when the projections are current: reopening leaves the file in WAL throughout', () => {
    const projection = recorder(1);
    openArchive(path, { projections: [projection] }).close();
    const uses = bulkJournalUses.replays;
    openArchive(path, { projections: [projection] }).close();
    expect(bulkJournalUses.replays).toBe(uses);
    // A new version replays again, through the journal.
    openArchive(path, { projections: [recorder(2)] }).close();
    expect(bulkJournalUses.replays).toBe(uses + 1);
  });

  it('below the limit stays in WAL', () => {
    bulkJournalLimits.minEntries = 1_000;
    const projection = recorder(1);
    const archive = openArchive(path, { projections: [projection] });
    archive.close();
    expect(new Set(projection.modes)).toEqual(new Set(['wal']));
  });
});
