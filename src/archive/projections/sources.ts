/**
 * The `sources` projection: one row per `source.add`, the document records and claims cite.
 */
import type { SourceData } from '../../domain/record.ts';
import type { LogEntry, Projection, RedactPayload } from '../types.ts';
import { cachedPerDb } from './statement-cache.ts';

/** The payload of a `source.add` entry: the source and its deterministic id. */
export interface SourceAddPayload extends SourceData {
  id: string;
}

const statements = cachedPerDb((db) => ({
  insert: db.prepare(
    'INSERT OR IGNORE INTO sources (id, citation, kind, detail, synthetic, seq) VALUES (?, ?, ?, ?, ?, ?)',
  ),
  remove: db.prepare('DELETE FROM sources WHERE id = ?'),
}));

export const sourcesProjection: Projection = {
  name: 'sources',
  version: 1,
  schema: `
    CREATE TABLE IF NOT EXISTS sources (
      id TEXT PRIMARY KEY,
      citation TEXT NOT NULL,
      kind TEXT,
      detail TEXT,
      synthetic INTEGER NOT NULL,
      seq INTEGER NOT NULL
    );`,
  tables: ['sources'],
  apply(db, entry: LogEntry, payload: unknown) {
    const st = statements(db);
    if (entry.kind === 'source.add' && payload) {
      const source = payload as SourceAddPayload;
      st.insert.run(source.id, source.citation, source.kind ?? null, source.detail ?? null, source.synthetic ? 1 : 0, entry.seq);
    } else if (entry.kind === 'redact' && payload) {
      const redaction = payload as RedactPayload;
      if (redaction.kind === 'source.add') for (const id of redaction.subjects) st.remove.run(id);
    }
  },
};
