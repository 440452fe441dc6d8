/**
 * The `claims` projection: every claim about an entity with its value, source, locator and
 * rank. Ranks only order claims; no rank removes one.
 */
import type Database from 'better-sqlite3';
import type { ClaimAdd, ClaimRankChange } from '../../domain/claim.ts';
import type { LogEntry, Projection, RedactPayload } from '../types.ts';
import { cachedPerDb } from './statement-cache.ts';

const statements = cachedPerDb((db) => ({
  insert: db.prepare(
    `INSERT OR IGNORE INTO claims (id, subject, property, value, period, source_id, locator, note, synthetic, rank, rank_reason, seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'normal', NULL, ?)`,
  ),
  rank: db.prepare('UPDATE claims SET rank = ?, rank_reason = ? WHERE id = ?'),
  remove: db.prepare('DELETE FROM claims WHERE id = ?'),
  lastRank: db.prepare(
    `SELECT log.payload FROM log_subjects JOIN log ON log.seq = log_subjects.seq
     WHERE log_subjects.subject = ? AND log.kind = 'claim.rank' AND log.payload IS NOT NULL
     ORDER BY log.seq DESC LIMIT 1`,
  ).pluck(),
}));

/** Sets a claim's rank from the newest `claim.rank` still carrying a payload. */
export function replayRank(db: Database.Database, id: string, update: Database.Statement): void {
  const payload = statements(db).lastRank.get(id) as string | undefined;
  const rank = payload ? (JSON.parse(payload) as ClaimRankChange) : undefined;
  update.run(rank?.rank ?? 'normal', rank?.reason ?? null, id);
}

export const claimsProjection: Projection = {
  name: 'claims',
  version: 1,
  schema: `
    CREATE TABLE IF NOT EXISTS claims (
      id TEXT PRIMARY KEY,
      subject TEXT NOT NULL,
      property TEXT NOT NULL,
      value TEXT NOT NULL,
      period TEXT,
      source_id TEXT NOT NULL,
      locator TEXT NOT NULL,
      note TEXT,
      synthetic INTEGER NOT NULL,
      rank TEXT NOT NULL,
      rank_reason TEXT,
      seq INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS claims_subject ON claims (subject, property, seq);
    CREATE INDEX IF NOT EXISTS claims_source ON claims (source_id);`,
  tables: ['claims'],
  apply(db, entry: LogEntry, payload: unknown) {
    const st = statements(db);
    if (entry.kind === 'claim.add' && payload) {
      const claim = payload as ClaimAdd;
      st.insert.run(
        claim.id,
        claim.subject,
        claim.property,
        JSON.stringify(claim.value),
        claim.period ?? null,
        claim.citation.sourceId,
        JSON.stringify(claim.citation.locator),
        claim.note ?? null,
        claim.synthetic ? 1 : 0,
        entry.seq,
      );
    } else if (entry.kind === 'claim.rank' && payload) {
      const rank = payload as ClaimRankChange;
      st.rank.run(rank.rank, rank.reason, rank.claimId);
    } else if (entry.kind === 'redact' && payload) {
      const redaction = payload as RedactPayload;
      if (redaction.kind === 'claim.add') for (const id of redaction.subjects) st.remove.run(id);
      if (redaction.kind === 'claim.rank') for (const id of redaction.subjects) replayRank(db, id, st.rank);
    }
  },
};
