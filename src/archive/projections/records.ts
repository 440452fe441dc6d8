/**
 * The `records` projection: one row per record, its fields as of the latest correction.
 * A record's id is the hash of its `record.add` payload (see ../ids.ts).
 * Read the `records` view: `fields` is the RecordFields as canonical JSON (text as written +
 * normalised value per field), taken from the payload, or from the latest correction.
 */
import type Database from 'better-sqlite3';
import type { RecordFields } from '../../domain/record.ts';
import { recordIdFromHash, type RecordAddPayload } from '../ids.ts';
import type { LogEntry, Projection, RedactPayload } from '../types.ts';
import { canonicalJson } from '../canonical-json.ts';
import { sourceKeyOf } from '../source-key.ts';
import { cachedPerDb } from './statement-cache.ts';

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
    'INSERT OR IGNORE INTO record_rows (seq, id, source_id, source_key, synthetic, updated_seq) VALUES (?, ?, ?, ?, ?, ?)',
  ),
  fields: db.prepare('SELECT fields FROM records WHERE id = ?').pluck(),
  update: db.prepare('UPDATE record_rows SET corrected_fields = ?, updated_seq = ? WHERE id = ?'),
  remove: db.prepare('DELETE FROM record_rows WHERE id = ?'),
  history: db.prepare(
    `SELECT seq, kind, payload_hash, payload FROM log
     WHERE seq IN (SELECT seq FROM log_subjects WHERE subject = ? UNION SELECT seq FROM record_rows WHERE id = ?) ORDER BY seq`,
  ),
}));

/** The record's fields, locator and text stay in its log payload; the row holds what is needed to find it. */
function add(db: Database.Database, seq: number, payloadHash: string, record: RecordAddPayload): void {
  statements(db).insert.run(seq, recordIdFromHash(payloadHash), record.sourceId, sourceKeyOf(record.sourceId), record.synthetic ? 1 : 0, seq);
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
  // Read the history first: the row about to go is how the record.add entry is found.
  const rows = st.history.all(id, id) as { seq: number; kind: string; payload_hash: string; payload: string | null }[];
  st.remove.run(id);
  for (const row of rows) {
    if (row.payload === null) continue;
    if (row.kind === 'record.add') add(db, row.seq, row.payload_hash, JSON.parse(row.payload) as RecordAddPayload);
    else if (row.kind === 'record.correct') correct(db, row.seq, JSON.parse(row.payload) as RecordCorrectPayload);
  }
}

export const recordsProjection: Projection = {
  name: 'records',
  version: 3,
  schema: `
    CREATE TABLE IF NOT EXISTS record_rows (
      -- The seq of the record.add entry: rows are appended in log order, and paging by seq is free.
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      source_id TEXT NOT NULL,
      -- sourceKeyOf(source_id): the per-source index holds this integer, not the text id.
      source_key INTEGER NOT NULL,
      synthetic INTEGER NOT NULL,
      -- The fields after corrections (canonical JSON); NULL while they are those of the payload.
      corrected_fields TEXT,
      updated_seq INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS record_rows_by_source ON record_rows (source_key, seq);
    -- What other layers read. Fields, locator and original text are read from the record.add
    -- payload rather than copied: an import then writes each record's text once, not twice.
    CREATE VIEW IF NOT EXISTS records AS
      SELECT r.seq AS seq, r.id AS id, r.source_id AS source_id,
             json_extract(l.payload, '$.locator') AS locator, r.synthetic AS synthetic,
             coalesce(r.corrected_fields, json_extract(l.payload, '$.fields')) AS fields,
             json_extract(l.payload, '$.originalText') AS original_text, r.updated_seq AS updated_seq
      FROM record_rows r LEFT JOIN log l ON l.seq = r.seq;`,
  tables: ['record_rows'],
  apply(db, entry: LogEntry, payload: unknown) {
    if (payload === undefined) return;
    switch (entry.kind) {
      case 'record.add':
        add(db, entry.seq, entry.payloadHash, payload as RecordAddPayload);
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
