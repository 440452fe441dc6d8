/**
 * The `persons` projection: which records are one person, why, and what waits for review —
 * built only from `person.link`, `person.unlink`, `review.propose` and `review.decide` entries,
 * so it can be rebuilt from the log. A record in no person is a person of its own.
 *
 * Tables: persons_members (record → person), persons_links (every joined pair with its score,
 * explanation, author and reason; undone_seq when an unlink took it back), persons_reviews
 * (proposals and decisions), persons_blocked (pairs an editor separated: never linked again
 * automatically).
 */
import type Database from 'better-sqlite3';
import type { LogEntry, Projection } from '../types.ts';
import { cachedPerDb } from './statement-cache.ts';

/** Version of the payloads below; entries of another version are refused when appended. */
export const PERSON_PAYLOAD_VERSION = 1;

/** One scored pair of records, with each field's part in the score (bits). */
export interface LinkedPair {
  left: string;
  right: string;
  weight?: number;
  probability?: number;
  fields?: { field: string; level: string; bits: number }[];
}

/** `person.link`: joins `recordIds` into `personId` (persons they already belong to merge into it). */
export interface PersonLinkPayload {
  v: number;
  personId: string;
  recordIds: string[];
  pairs: LinkedPair[];
  reason: string;
}

/** `person.unlink`: takes `recordIds` out of `personId`; they are not linked to it again automatically. */
export interface PersonUnlinkPayload {
  v: number;
  personId: string;
  recordIds: string[];
  reason: string;
  /** The `person.link` entry this takes back, when it is an undo. */
  undoes?: number;
}

export type ReviewKind = 'same-person' | 'father' | 'sibling' | 'relative';

/** `review.propose`: a pair for an editor. */
export interface ReviewProposePayload extends LinkedPair {
  v: number;
  reviewId: string;
  kind: ReviewKind;
  recordIds: string[];
  reason: string;
}

/** `review.decide`: an editor's decision on a proposal. */
export interface ReviewDecidePayload {
  v: number;
  reviewId: string;
  decision: 'accept' | 'reject';
  reason: string;
  recordIds: string[];
}

const statements = cachedPerDb((db) => ({
  personOf: db.prepare('SELECT person_id FROM persons_members WHERE record_id = ?').pluck(),
  members: db.prepare('SELECT record_id FROM persons_members WHERE person_id = ?').pluck(),
  join: db.prepare('INSERT OR REPLACE INTO persons_members (record_id, person_id, seq) VALUES (?, ?, ?)'),
  moveMembers: db.prepare('UPDATE persons_members SET person_id = ? WHERE person_id = ?'),
  moveLinks: db.prepare('UPDATE persons_links SET person_id = ? WHERE person_id = ?'),
  leave: db.prepare('DELETE FROM persons_members WHERE record_id = ? AND person_id = ?'),
  link: db.prepare(
    `INSERT INTO persons_links (seq, person_id, left_id, right_id, weight, probability, fields, reason, actor, time)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  undoLinks: db.prepare(
    'UPDATE persons_links SET undone_seq = ? WHERE person_id = ? AND undone_seq IS NULL AND (left_id = ? OR right_id = ?)',
  ),
  block: db.prepare('INSERT OR IGNORE INTO persons_blocked (left_id, right_id, seq) VALUES (?, ?, ?)'),
  propose: db.prepare(
    `INSERT OR IGNORE INTO persons_reviews (id, kind, left_id, right_id, weight, probability, fields, reason, proposed_seq, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
  ),
  decide: db.prepare(
    'UPDATE persons_reviews SET status = ?, decided_seq = ?, decided_by = ?, decision_reason = ? WHERE id = ?',
  ),
  reviewKind: db.prepare('SELECT kind FROM persons_reviews WHERE id = ?').pluck(),
}));

function ordered(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

function applyLink(db: Database.Database, entry: LogEntry, p: PersonLinkPayload): void {
  const st = statements(db);
  for (const record of p.recordIds) {
    const current = st.personOf.get(record) as string | undefined;
    if (current !== undefined && current !== p.personId) {
      st.moveMembers.run(p.personId, current);
      st.moveLinks.run(p.personId, current);
    }
    st.join.run(record, p.personId, entry.seq);
  }
  for (const pair of p.pairs) {
    st.link.run(entry.seq, p.personId, pair.left, pair.right, pair.weight ?? null, pair.probability ?? null,
      pair.fields ? JSON.stringify(pair.fields) : null, p.reason, entry.actor, entry.time);
  }
}

function applyUnlink(db: Database.Database, entry: LogEntry, p: PersonUnlinkPayload): void {
  const st = statements(db);
  for (const record of p.recordIds) {
    if (st.personOf.get(record) !== p.personId) continue;
    st.leave.run(record, p.personId);
    st.undoLinks.run(entry.seq, p.personId, record, record);
    for (const other of st.members.all(p.personId) as string[]) st.block.run(...ordered(record, other), entry.seq);
  }
  // A person of one record is no person: the record stands alone again.
  const left = st.members.all(p.personId) as string[];
  if (left.length === 1) st.leave.run(left[0]!, p.personId);
}

function applyPropose(db: Database.Database, entry: LogEntry, p: ReviewProposePayload): void {
  statements(db).propose.run(p.reviewId, p.kind, p.left, p.right, p.weight ?? null, p.probability ?? null,
    p.fields ? JSON.stringify(p.fields) : null, p.reason, entry.seq);
}

function applyDecide(db: Database.Database, entry: LogEntry, p: ReviewDecidePayload): void {
  const st = statements(db);
  st.decide.run(p.decision === 'accept' ? 'accepted' : 'rejected', entry.seq, entry.actor, p.reason, p.reviewId);
  const [a, b] = p.recordIds;
  if (p.decision === 'reject' && a && b && st.reviewKind.get(p.reviewId) === 'same-person') st.block.run(...ordered(a, b), entry.seq);
}

function checkVersion(kind: string, payload: { v?: unknown }): void {
  if (payload.v !== PERSON_PAYLOAD_VERSION) {
    throw new Error(`${kind}: payload version ${String(payload.v)} unknown (this program reads ${PERSON_PAYLOAD_VERSION})`);
  }
}

export const personsProjection: Projection = {
  name: 'persons',
  version: 1,
  schema: `
    CREATE TABLE IF NOT EXISTS persons_members (
      record_id TEXT PRIMARY KEY,
      person_id TEXT NOT NULL,
      seq INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS persons_members_by_person ON persons_members (person_id);
    CREATE TABLE IF NOT EXISTS persons_links (
      seq INTEGER NOT NULL,
      person_id TEXT NOT NULL,
      left_id TEXT NOT NULL,
      right_id TEXT NOT NULL,
      weight REAL,
      probability REAL,
      fields TEXT,
      reason TEXT NOT NULL,
      actor TEXT NOT NULL,
      time TEXT NOT NULL,
      undone_seq INTEGER
    );
    CREATE INDEX IF NOT EXISTS persons_links_by_person ON persons_links (person_id);
    CREATE INDEX IF NOT EXISTS persons_links_by_seq ON persons_links (seq);
    CREATE TABLE IF NOT EXISTS persons_reviews (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      left_id TEXT NOT NULL,
      right_id TEXT NOT NULL,
      weight REAL,
      probability REAL,
      fields TEXT,
      reason TEXT NOT NULL,
      proposed_seq INTEGER NOT NULL,
      status TEXT NOT NULL,
      decided_seq INTEGER,
      decided_by TEXT,
      decision_reason TEXT
    );
    CREATE INDEX IF NOT EXISTS persons_reviews_by_status ON persons_reviews (status, probability DESC);
    CREATE TABLE IF NOT EXISTS persons_blocked (
      left_id TEXT NOT NULL,
      right_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      PRIMARY KEY (left_id, right_id)
    ) WITHOUT ROWID;`,
  tables: ['persons_members', 'persons_links', 'persons_reviews', 'persons_blocked'],
  apply(db, entry: LogEntry, payload: unknown) {
    // A redacted payload is skipped; `rebuild` then gives the tables without it.
    if (payload === undefined || payload === null) return;
    switch (entry.kind) {
      case 'person.link':
        checkVersion(entry.kind, payload as PersonLinkPayload);
        applyLink(db, entry, payload as PersonLinkPayload);
        break;
      case 'person.unlink':
        checkVersion(entry.kind, payload as PersonUnlinkPayload);
        applyUnlink(db, entry, payload as PersonUnlinkPayload);
        break;
      case 'review.propose':
        checkVersion(entry.kind, payload as ReviewProposePayload);
        applyPropose(db, entry, payload as ReviewProposePayload);
        break;
      case 'review.decide':
        checkVersion(entry.kind, payload as ReviewDecidePayload);
        applyDecide(db, entry, payload as ReviewDecidePayload);
        break;
      default:
        break;
    }
  },
};
