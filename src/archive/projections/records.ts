/**
 * The `records` projection: one row per record, its fields as of the latest correction.
 * `fields` holds the RecordFields as canonical JSON (text as written + normalised value per field),
 * so a rebuild writes byte-identical rows.
 */
import type Database from 'better-sqlite3';
import type { RecordData, RecordFields } from '../../domain/record.ts';
import type { LogEntry, Projection, RedactPayload } from '../types.ts';
import { canonicalJson } from '../canonical-json.ts';
import { cachedPerDb } from './statement-cache.ts';

/** The payload of a `record.add` entry: the record and its deterministic id. */
export interface RecordAddPayload extends RecordData {
  id: string;
}

/**
 * The payload of a `record.correct` entry: the fields to replace (a field set to null is
 * removed), and why. The original `record.add` stays in the log untouched.
 */
export interface RecordCorrectPayload {
  recordId: string;
  fields: { [field: string]: RecordFields[keyof RecordFields] | null };
  reason: string;
}

const statements = cachedPerDb((db) => ({
  insert: db.prepare(
    `INSERT OR IGNORE INTO records (id, source_id, locator, synthetic, fields, original_text, seq, updated_seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  fields: db.prepare('SELECT fields FROM records WHERE id = ?').pluck(),
  update: db.prepare('UPDATE records SET fields = ?, updated_seq = ? WHERE id = ?'),
  remove: db.prepare('DELETE FROM records WHERE id = ?'),
  history: db.prepare(
    `SELECT log.seq, log.kind, log.payload FROM log_subjects JOIN log ON log.seq = log_subjects.seq
     WHERE log_subjects.subject = ? ORDER BY log.seq`,
  ),
}));

function add(db: Database.Database, seq: number, record: RecordAddPayload): void {
  statements(db).insert.run(
    record.id,
    record.sourceId,
    record.locator ?? null,
    record.synthetic ? 1 : 0,
    canonicalJson(record.fields),
    record.originalText ?? null,
    seq,
    seq,
  );
}

function correct(db: Database.Database, seq: number, correction: RecordCorrectPayload): void {
  const st = statements(db);
  const current = st.fields.get(correction.recordId) as string | undefined;
  if (current === undefined) return;
  const fields = JSON.parse(current) as Record<string, unknown>;
  for (const [name, value] of Object.entries(correction.fields)) {
    if (value === null) delete fields[name];
    else fields[name] = value;
  }
  st.update.run(canonicalJson(fields), seq, correction.recordId);
}

/** Rebuilds one record from its surviving (unredacted) entries, after a redaction. */
function replay(db: Database.Database, id: string): void {
  const st = statements(db);
  st.remove.run(id);
  const rows = st.history.all(id) as { seq: number; kind: string; payload: string | null }[];
  for (const row of rows) {
    if (row.payload === null) continue;
    if (row.kind === 'record.add') add(db, row.seq, JSON.parse(row.payload) as RecordAddPayload);
    else if (row.kind === 'record.correct') correct(db, row.seq, JSON.parse(row.payload) as RecordCorrectPayload);
  }
}

export const recordsProjection: Projection = {
  name: 'records',
  version: 1,
  schema: `
    CREATE TABLE IF NOT EXISTS records (
      id TEXT PRIMARY KEY,
      source_id TEXT NOT NULL,
      locator TEXT,
      synthetic INTEGER NOT NULL,
      fields TEXT NOT NULL,
      original_text TEXT,
      seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS records_by_source ON records (source_id, seq);
    CREATE INDEX IF NOT EXISTS records_by_seq ON records (seq);`,
  tables: ['records'],
  apply(db, entry: LogEntry, payload: unknown) {
    if (payload === undefined) return;
    switch (entry.kind) {
      case 'record.add':
        add(db, entry.seq, payload as RecordAddPayload);
        break;
      case 'record.correct':
        correct(db, entry.seq, payload as RecordCorrectPayload);
        break;
      case 'redact': {
        const redaction = payload as RedactPayload;
        if (redaction.kind === 'record.add' || redaction.kind === 'record.correct') {
          for (const id of redaction.subjects) if (id.startsWith('rec_')) replay(db, id);
        }
        break;
      }
      default:
        break;
    }
  },
};
