/**
 * The archive's own tables (the log and its bookkeeping). The schema version lives in SQLite's
 * `user_version`; an archive written by a newer unerased, or in an old development format, is
 * refused rather than misread.
 */
import type Database from 'better-sqlite3';

/**
 * The tables of a new archive, at SCHEMA_VERSION. Versions 1–3 were development formats that
 * no deployed archive uses; version 4 dropped the stored `prev_hash` (see below), so an older
 * file is refused with a message rather than migrated.
 */
const CREATE_TABLES = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  -- The chain. payload is the canonical JSON the payload_hash covers; NULL once redacted.
  -- An entry's hash covers the previous entry's hash, which is not stored a second time here:
  -- it is the hash of entry seq - 1 (verify and the readers take it from there).
  CREATE TABLE log (
    seq INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
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
  -- Each projection's version and the last entry it has applied (one opened without it catches up).
  CREATE TABLE projection_versions (name TEXT PRIMARY KEY, version INTEGER NOT NULL, seq INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
`;

/**
 * Versions this code cannot open, and why. 1–3 stored each entry's previous hash beside it
 * (and, before 3, a records table): re-import their sources into a new archive.
 */
const OLDEST_SUPPORTED = 4;

/** The schema version this code writes. */
export const SCHEMA_VERSION = 4;

export class SchemaVersionError extends Error {}

/** Creates the tables of a new (empty) file, or checks that an existing one is of SCHEMA_VERSION; throws otherwise. */
export function migrate(db: Database.Database, path: string): void {
  checkVersion(db.pragma('user_version', { simple: true }) as number, path);
  db.transaction(() => {
    // Another process may have created the tables between our read and our lock.
    const now = db.pragma('user_version', { simple: true }) as number;
    if (now === SCHEMA_VERSION) return;
    db.exec(CREATE_TABLES);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/** Throws unless `version` is 0 (a new file) or SCHEMA_VERSION, naming the version and what to do. */
export function checkVersion(version: number, path: string): void {
  if (version > SCHEMA_VERSION) {
    throw new SchemaVersionError(
      `${path}: archive schema version ${version} is newer than this unerased supports (${SCHEMA_VERSION}); upgrade unerased`,
    );
  }
  if (version !== 0 && version < OLDEST_SUPPORTED) {
    throw new SchemaVersionError(
      `${path}: archive schema version ${version} is a development format this unerased (schema ${SCHEMA_VERSION}) no longer opens; ` +
        'create a new archive and import its sources again (export them with the unerased that wrote it)',
    );
  }
}
