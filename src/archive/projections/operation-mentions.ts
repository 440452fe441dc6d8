/**
 * The `operation_mentions` projection: the `operation` field of every record that has one
 * (vocabulary key and text as written), so counting the records of an operation groups a small
 * indexed table instead of parsing every record's JSON (see bench "apparatus").
 * Applied after the `records` projection, whose rows it reads after a correction or redaction.
 */
import type Database from 'better-sqlite3';
import type { RecordFields } from '../../domain/record.ts';
import { recordIdFromHash, type RecordAddPayload } from '../ids.ts';
import type { LogEntry, Projection, RedactPayload } from '../types.ts';
import type { RecordCorrectPayload } from './records.ts';
import { cachedPerDb } from './statement-cache.ts';

const statements = cachedPerDb((db) => ({
  upsert: db.prepare('INSERT OR REPLACE INTO operation_mentions (record_id, norm, text, synthetic) VALUES (?, ?, ?, ?)'),
  remove: db.prepare('DELETE FROM operation_mentions WHERE record_id = ?'),
  current: db.prepare(
    `SELECT synthetic, json_extract(fields, '$.operation.norm') AS norm, json_extract(fields, '$.operation.text') AS text
     FROM records WHERE id = ?`,
  ),
}));

function write(db: Database.Database, id: string, operation: { text?: string; norm?: string } | undefined | null, synthetic: boolean): void {
  const st = statements(db);
  if (!operation || (operation.text === undefined && operation.norm === undefined)) st.remove.run(id);
  else st.upsert.run(id, operation.norm ?? null, operation.text ?? null, synthetic ? 1 : 0);
}

/** Re-reads a record's operation from the records table (after a correction or redaction). */
function refresh(db: Database.Database, id: string): void {
  const row = statements(db).current.get(id) as { synthetic: number; norm: string | null; text: string | null } | undefined;
  if (!row || (row.norm === null && row.text === null)) statements(db).remove.run(id);
  else statements(db).upsert.run(id, row.norm, row.text, row.synthetic);
}

export const operationMentionsProjection: Projection = {
  name: 'operation_mentions',
  version: 1,
  schema: `
    CREATE TABLE IF NOT EXISTS operation_mentions (
      record_id TEXT PRIMARY KEY,
      norm TEXT,
      text TEXT,
      synthetic INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS operation_mentions_value ON operation_mentions (norm, text, synthetic);`,
  tables: ['operation_mentions'],
  apply(db, entry: LogEntry, payload: unknown) {
    if (payload === undefined) return;
    if (entry.kind === 'record.add') {
      const record = payload as RecordAddPayload;
      const operation = (record.fields as RecordFields).operation;
      if (operation) write(db, recordIdFromHash(entry.payloadHash), operation, record.synthetic);
    } else if (entry.kind === 'record.correct') {
      const correction = payload as RecordCorrectPayload;
      if ('operation' in correction.fields) refresh(db, correction.recordId);
    } else if (entry.kind === 'redact') {
      const redaction = payload as RedactPayload;
      if (redaction.kind === 'record.add' || redaction.kind === 'record.correct') {
        for (const id of redaction.subjects) if (id.startsWith('rec_')) refresh(db, id);
      }
    }
  },
};
