/** Shared helpers for the archive tests: a fresh archive file in a temp folder, and sample records. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordData } from '../../src/domain/record.ts';

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'unerased-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sampleRecord(sourceId: string, surname: string, birth = '1898'): RecordData {
  return {
    sourceId,
    locator: `p. ${surname.length}`,
    fields: {
      surname: { text: surname },
      givenName: { text: 'Иван' },
      birthDate: { text: birth, norm: birth },
      arrestDate: { text: '12.08.1937', norm: '1937-08-12' },
    },
    synthetic: true,
  };
}

/** Every row of `table`, ordered by all its columns, for comparing two states. */
export function dumpTable(db: import('better-sqlite3').Database, table: string, exclude: string[] = []): unknown[] {
  const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter(
    (c) => !exclude.includes(c),
  );
  return db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${columns.join(', ')}`).all();
}
