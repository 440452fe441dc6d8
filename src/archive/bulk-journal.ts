/**
 * A large replay written through a rollback journal instead of the WAL. In WAL mode every page
 * a transaction writes goes to the WAL first and is copied into the database by the
 * checkpoint: a 3M-record index (1.4 GB) was written twice, and committing it took 8 s of a
 * 90 s build. With a rollback journal, pages new to the file are written once, in place; only
 * the few pages that existed before are copied to the journal (a crash rolls them back, as a
 * crash of the WAL transaction would). The archive returns to WAL at once afterwards.
 *
 * Leaving WAL needs the only connection to the file: when another is open (a server reading
 * the archive), the replay runs in WAL as before.
 */
import type Database from 'better-sqlite3';

export const bulkJournalLimits = {
  /** Fewest entries a replay must have to be written through a rollback journal. */
  minEntries: 100_000,
};

/** Replays written through a rollback journal by this process (for tests). */
export const bulkJournalUses = { replays: 0 };

/**
 * Runs `replay` (which opens its own transaction) through a rollback journal when it replays
 * at least bulkJournalLimits.minEntries entries and nothing else holds the file; else as is.
 */
export function withBulkJournal<T>(db: Database.Database, entries: number, replay: () => T): T {
  if (entries < bulkJournalLimits.minEntries || db.inTransaction) return replay();
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  if (!leaveWal(db)) return replay();
  bulkJournalUses.replays++;
  try {
    return replay();
  } finally {
    returnToWal(db, synchronous);
  }
}

function leaveWal(db: Database.Database): boolean {
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  // Another connection holds the file: do not wait for it, replay in WAL.
  db.pragma('busy_timeout = 0');
  try {
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') return false;
  } catch {
    return false;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
  // WAL's NORMAL is safe against a crash of the process; a rollback journal needs FULL for that
  // (it syncs the journal before overwriting a page; the pages a build writes are mostly new).
  db.pragma('synchronous = FULL');
  return true;
}

function returnToWal(db: Database.Database, synchronous: number): void {
  db.pragma(`synchronous = ${synchronous}`);
  // Waits (busy_timeout) for a reader that opened the file meanwhile; if it cannot, the archive
  // stays in rollback mode until it is next opened (opening sets WAL), which is slower, not wrong.
  try {
    db.pragma('journal_mode = WAL');
  } catch {
    // left as described above
  }
}
