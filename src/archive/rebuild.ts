/**
 * Rebuilding projections from the log: empties every projection's tables and replays every
 * entry, in one transaction. The result equals the live tables (a test holds it to that).
 */
import type { Archive } from './open.ts';
import { replayInto } from './replay.ts';
import { withBulkJournal } from './bulk-journal.ts';

/** Rebuilds all projections of `archive`; returns the number of entries replayed. */
export function rebuild(archive: Archive, onProgress?: (seq: number) => void): number {
  return withBulkJournal(archive.db, archive.head().seq, () => archive.transaction(() => replayInto(archive.db, archive.projections, onProgress)));
}
