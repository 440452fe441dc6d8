/**
 * The `relations` projection: claims that link two entities over a time span (head of,
 * defendant in, erased from…), each with its source, locator and rank.
 */
import type { ClaimRankChange, RelationAdd } from '../../domain/claim.ts';
import type { LogEntry, Projection, RedactPayload } from '../types.ts';
import { replayRank } from './claims.ts';
import { cachedPerDb } from './statement-cache.ts';

const statements = cachedPerDb((db) => ({
  insert: db.prepare(
    `INSERT OR IGNORE INTO relations (id, type, subject, object, period, object_version, source_id, locator, note, synthetic, rank, rank_reason, seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'normal', NULL, ?)`,
  ),
  rank: db.prepare('UPDATE relations SET rank = ?, rank_reason = ? WHERE id = ?'),
  remove: db.prepare('DELETE FROM relations WHERE id = ?'),
}));

export const relationsProjection: Projection = {
  name: 'relations',
  version: 1,
  schema: `
    CREATE TABLE IF NOT EXISTS relations (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL,
      subject TEXT NOT NULL,
      object TEXT NOT NULL,
      period TEXT,
      object_version TEXT,
      source_id TEXT NOT NULL,
      locator TEXT NOT NULL,
      note TEXT,
      synthetic INTEGER NOT NULL,
      rank TEXT NOT NULL,
      rank_reason TEXT,
      seq INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS relations_subject ON relations (subject, type);
    CREATE INDEX IF NOT EXISTS relations_object ON relations (object, type);`,
  tables: ['relations'],
  apply(db, entry: LogEntry, payload: unknown) {
    const st = statements(db);
    if (entry.kind === 'relation.add' && payload) {
      const r = payload as RelationAdd;
      st.insert.run(
        r.id,
        r.type,
        r.subject,
        r.object,
        r.period ?? null,
        r.objectVersion ?? null,
        r.citation.sourceId,
        JSON.stringify(r.citation.locator),
        r.note ?? null,
        r.synthetic ? 1 : 0,
        entry.seq,
      );
    } else if (entry.kind === 'claim.rank' && payload) {
      const rank = payload as ClaimRankChange;
      st.rank.run(rank.rank, rank.reason, rank.claimId);
    } else if (entry.kind === 'redact' && payload) {
      const redaction = payload as RedactPayload;
      if (redaction.kind === 'relation.add') for (const id of redaction.subjects) st.remove.run(id);
      if (redaction.kind === 'claim.rank') for (const id of redaction.subjects) replayRank(db, id, st.rank);
    }
  },
};
