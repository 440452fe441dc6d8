/**
 * The archive's own tables (the log and its bookkeeping) and their migrations. The schema
 * version lives in SQLite's `user_version`; an archive written by a newer unerased is refused
 * rather than misread.
 */
import type Database from 'better-sqlite3';

/**
 * Each migration takes the schema from version i to i+1 (index i). Append new ones; never edit
 * a released one.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  -- The chain. payload is the canonical JSON the payload_hash covers; NULL once redacted.
  CREATE TABLE log (
    seq INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    payload TEXT
  );
  -- Tombstones: which entry lost its payload, when, by whom, why (by_seq is the redact entry).
  CREATE TABLE redactions (
    seq INTEGER PRIMARY KEY,
    by_seq INTEGER NOT NULL,
    time TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL
  );
  -- Every id an entry touched, so any page can show the history of its subject.
  CREATE TABLE log_subjects (subject TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (subject, seq)) WITHOUT ROWID;
  CREATE TABLE projection_versions (name TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
  `,
  // 2: the last entry each projection has applied, so one opened without it catches up later.
  `
  ALTER TABLE projection_versions ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
  UPDATE projection_versions SET seq = (SELECT coalesce(max(seq), 0) FROM log);
  `,
  // 3: records became a view over record_rows and the log; the old table goes and the
  // projection is rebuilt on open.
  `
  DROP TABLE IF EXISTS records;
  DELETE FROM projection_versions WHERE name = 'records';
  `,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

export class SchemaVersionError extends Error {}

/** Brings `db` up to SCHEMA_VERSION, or throws if it is newer than this code knows. */
export function migrate(db: Database.Database, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new SchemaVersionError(
      `${path}: archive schema version ${current} is newer than this unerased supports (${SCHEMA_VERSION}); upgrade unerased`,
    );
  }
  if (current === SCHEMA_VERSION) return;
  db.transaction(() => {
    // Another process may have migrated between our read and our lock.
    const now = db.pragma('user_version', { simple: true }) as number;
    if (now === SCHEMA_VERSION) return;
    for (let version = now; version < SCHEMA_VERSION; version++) db.exec(MIGRATIONS[version]!);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
