/**
 * The archive's public contract: the log, and how projections plug into it.
 *
 * Every change is a log entry; the tables other layers read (projections) are built only by
 * applying log entries, so they can be dropped and rebuilt from the log at any time.
 */
import type Database from 'better-sqlite3';

/** What a log entry does. New kinds are added here, never renamed. */
export const LOG_KINDS = [
  'archive.init',
  'source.add',
  'record.add',
  'record.correct',
  'claim.add',
  'claim.rank',
  'entity.add',
  'entity.correct',
  'relation.add',
  'person.link',
  'person.unlink',
  'review.decide',
  'redact',
  /** A suggested link or relative for an editor to accept or reject (linkage). */
  'review.propose',
] as const;

export type LogKind = (typeof LOG_KINDS)[number];

export interface LogEntry {
  seq: number;
  /** ISO 8601 UTC time the entry was appended. */
  time: string;
  /** Who made the change: a user name, `import:<file>`, `reference`, `linkage`… */
  actor: string;
  kind: LogKind;
  /** SHA-256 (hex) of the payload bytes (canonical JSON). */
  payloadHash: string;
  /** Hash of the previous entry; 64 zeros for the first. */
  prevHash: string;
  /** SHA-256 (hex) over seq, time, actor, kind, payloadHash and prevHash. */
  hash: string;
}

/** A change about to be appended: its kind and its payload (any JSON value). */
export interface Change<P = unknown> {
  kind: LogKind;
  payload: P;
  /**
   * Ids this change touches, for `historyOf` (the `log_subjects` table). When absent they are
   * read from the payload: `id`, `subject`, `object`, `recordId(s)`, `personId(s)`, `entityId`,
   * `claimId`, `relationId`, `subjectId`, `objectId` (see `subjectsOf` in ./subjects.ts).
   */
  subjects?: string[];
}

/**
 * The payload of a `redact` entry: which entry lost its payload, why, and the ids it touched
 * (so projections can drop what they built from it without reading the removed bytes).
 */
export interface RedactPayload {
  seq: number;
  kind: LogKind;
  subjects: string[];
  reason: string;
}

/**
 * A projection: tables derived from the log. Each layer that needs its own read tables
 * (records, entities, persons, the search index…) registers one. `apply` runs inside the
 * append transaction, so a projection is never out of step with the log.
 */
export interface Projection {
  /** Unique name; its tables should be prefixed with it. */
  name: string;
  /** Bump when the tables change: the archive rebuilds a projection whose version differs. */
  version: number;
  /** CREATE TABLE/INDEX statements (IF NOT EXISTS). */
  schema: string;
  /** Tables to empty before a rebuild, in order. */
  tables: string[];
  /**
   * Applies one entry. `payload` is undefined when the payload was redacted. A `redact` entry
   * (payload `RedactPayload`) asks the projection to drop what it built from `subjects`.
   * Called once per entry inside big transactions: cache prepared statements per `db`
   * (a WeakMap), never `db.prepare` on every call.
   */
  apply(db: Database.Database, entry: LogEntry, payload: unknown): void;
  /**
   * What a replay calls instead of `apply` for each entry, when present: the projection reads
   * the entries after `fromSeq` from the log itself (search reads many payloads in one query
   * and makes its documents on a worker thread), reporting the seq it has reached. Called
   * after the replay's other projections have applied those entries. Must leave the tables as
   * `apply`, entry after entry, would.
   */
  replay?(db: Database.Database, fromSeq: number, onProgress: (seq: number) => void): void;
  /**
   * Called around many entries applied in one transaction: a replay of the whole log (a
   * rebuild, a new or changed projection) and a bulk import (Archive.beginBulk). Between
   * `begin` and `end` a projection may defer what `apply` writes and write it in bulk at `end`
   * (e.g. index rows inserted sorted); after `end` its tables must hold exactly what entry-by-
   * entry application gives. `abort` is called instead of `end` when the transaction is rolled
   * back: drop what was deferred.
   */
  bulk?: { begin(db: Database.Database): void; end(db: Database.Database): void; abort(db: Database.Database): void };
}
