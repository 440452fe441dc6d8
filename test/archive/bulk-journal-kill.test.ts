/**
 * A large replay killed midway, while it writes through a rollback journal straight into the
 * database file (bulk-journal.ts): the next opening rolls the journal back, and the archive is
 * as it was, in WAL, and verifies.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addRecords, addSource, openArchive, verify } from '../../src/archive/index.ts';
import { dumpTable, sampleRecord, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

it('leaves a journal the next opening rolls back: the archive as it was, in WAL, verified', () => {
  const path = join(tmp.dir, 'a.sqlite');
  const archive = openArchive(path);
  const { id: sourceId } = addSource(archive, { citation: 'Книга памяти, т. 1', kind: 'book-of-memory', synthetic: true }, 'tester');
  addRecords(archive, ['Ежов', 'Петров', 'Сидоров', 'Иванов'].map((s) => sampleRecord(sourceId, s)), 'tester');
  const tables = ['log', 'record_rows', 'projection_versions'].map((table) => dumpTable(archive.db, table));
  archive.close();
  const sizeBefore = statSync(path).size;

  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'children', 'killed-replay.ts'), path], { encoding: 'utf8' });
  expect(child.signal).toBe('SIGKILL');
  expect(child.stdout.trim()).toBe('delete');
  // Killed midway: the journal is left, and pages of the replay went into the file itself.
  expect(existsSync(`${path}-journal`)).toBe(true);
  expect(statSync(path).size).toBeGreaterThan(sizeBefore);

  const after = openArchive(path);
  try {
    expect(existsSync(`${path}-journal`)).toBe(false);
    expect(after.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(['log', 'record_rows', 'projection_versions'].map((table) => dumpTable(after.db, table))).toEqual(tables);
    expect(after.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'filler'").pluck().get()).toBe(0);
    expect(verify(after).ok).toBe(true);
  } finally {
    after.close();
  }
});
