/**
 * Replaying the log into projections: what `rebuild` does for all of them, and what opening an
 * archive does for a projection that is new or whose version changed.
 */
import type Database from 'better-sqlite3';
import { GENESIS_HASH } from './hash.ts';
import { rowToEntry } from './log.ts';
import type { Projection } from './types.ts';
import { withBulkJournal } from './bulk-journal.ts';

/** Entries read per page while replaying (a connection cannot write while it iterates). */
const REPLAY_PAGE = 5_000;

/**
 * A log row with its payload (null once redacted), without the previous hash: read as an
 * array (raw), not an object, since a replay reads millions of them.
 */
type ReplayRow = [seq: number, time: string, actor: string, kind: string, payloadHash: string, hash: string, payload: string | null];

/**
 * Applies the entries after `fromSeq` to `projections`; from 0 it first empties their tables
 * (a full rebuild). Run inside a transaction.
 */
export function replayInto(
  db: Database.Database,
  projections: readonly Projection[],
  onProgress?: (seq: number) => void,
  fromSeq = 0,
): number {
  const full = fromSeq === 0;
  if (full) for (const projection of projections) for (const table of projection.tables) db.exec(`DELETE FROM "${table}"`);
  if (full) for (const projection of projections) projection.bulk?.begin(db);
  try {
    return replayEntries(db, projections, fromSeq, onProgress, full);
  } catch (error) {
    // The caller's transaction rolls back: let the projections drop what they deferred.
    if (full) for (const projection of projections) projection.bulk?.abort(db);
    throw error;
  }
}

function replayEntries(db: Database.Database, projections: readonly Projection[], fromSeq: number, onProgress: ((seq: number) => void) | undefined, full: boolean): number {
  const byEntry = projections.filter((projection) => !projection.replay);
  const readers = projections.filter((projection) => projection.replay);
  const head = (db.prepare('SELECT coalesce(max(seq), 0) FROM log').pluck().get() as number) ?? 0;
  // Progress over the passes: one through the entries, then one per projection reading the log itself.
  const passes = (byEntry.length > 0 ? 1 : 0) + readers.length;
  const report = (pass: number, seq: number) => onProgress?.(fromSeq + Math.round((pass * (head - fromSeq) + (seq - fromSeq)) / passes));
  const count = byEntry.length > 0
    ? applyEntries(db, byEntry, fromSeq, (seq) => report(0, seq))
    : (db.prepare('SELECT count(*) FROM log WHERE seq > ?').pluck().get(fromSeq) as number);
  readers.forEach((projection, i) => projection.replay!(db, fromSeq, (seq) => report(passes - readers.length + i, seq)));
  if (full) for (const projection of projections) projection.bulk?.end(db);
  return count;
}

/** Applies the entries after `fromSeq` to each projection, entry by entry; returns how many. */
function applyEntries(db: Database.Database, projections: readonly Projection[], fromSeq: number, onProgress: (seq: number) => void): number {
  // The previous hash is carried from row to row rather than looked up for each (see LogRow).
  const page = db.prepare('SELECT seq, time, actor, kind, payload_hash, hash, payload FROM log WHERE seq > ? ORDER BY seq LIMIT ?').raw();
  let prevHash = (db.prepare('SELECT hash FROM log WHERE seq = ?').pluck().get(fromSeq) as string | undefined) ?? GENESIS_HASH;
  let after = fromSeq;
  let count = 0;
  for (;;) {
    const rows = page.all(after, REPLAY_PAGE) as ReplayRow[];
    if (rows.length === 0) break;
    for (const [seq, time, actor, kind, payload_hash, hash, text] of rows) {
      const entry = rowToEntry({ seq, time, actor, kind, payload_hash, prev_hash: prevHash, hash });
      prevHash = hash;
      const payload: unknown = text === null ? undefined : JSON.parse(text);
      for (const projection of projections) projection.apply(db, entry, payload);
    }
    after = rows[rows.length - 1]![0];
    count += rows.length;
    onProgress(after);
  }
  return count;
}

/**
 * Creates the tables of each projection. One new to this archive, or whose version changed, has
 * its tables dropped, recreated and filled from the log; one that missed entries (the archive
 * was written by a process that did not load it) catches up from where it stopped.
 */
export function installProjections(db: Database.Database, projections: readonly Projection[]): void {
  const names = new Set<string>();
  for (const projection of projections) {
    if (names.has(projection.name)) throw new Error(`two projections are named "${projection.name}"`);
    names.add(projection.name);
  }
  const stateOf = db.prepare('SELECT version, seq FROM projection_versions WHERE name = ?');
  const setState = db.prepare('INSERT OR REPLACE INTO projection_versions (name, version, seq) VALUES (?, ?, ?)');
  const stateOfProjection = (projection: Projection) => stateOf.get(projection.name) as { version: number; seq: number } | undefined;
  // Where a projection's replay starts: 0 when it is new or its version changed.
  const startOf = (projection: Projection, state = stateOfProjection(projection)): number =>
    state === undefined || state.version !== projection.version ? 0 : state.seq;
  const install = db.transaction(() => {
    const head = logHead(db);
    const behind = new Map<number, Projection[]>();
    for (const projection of projections) {
      const state = stateOfProjection(projection);
      if (state !== undefined && state.version !== projection.version) for (const table of projection.tables) db.exec(`DROP TABLE IF EXISTS "${table}"`);
      const from = startOf(projection, state);
      db.exec(projection.schema);
      if (from < head) behind.set(from, [...(behind.get(from) ?? []), projection]);
    }
    for (const [from, group] of behind) replayInto(db, group, undefined, from);
    for (const projection of projections) setState.run(projection.name, projection.version, head);
  });
  // Read before the transaction, to choose how to write it (a guess is enough: see bulk-journal.ts).
  const behindMost = projections.length === 0 ? 0 : logHead(db) - Math.min(...projections.map((projection) => startOf(projection)));
  withBulkJournal(db, behindMost, () => install.immediate());
}

const logHead = (db: Database.Database): number => (db.prepare('SELECT coalesce(max(seq), 0) FROM log').pluck().get() as number) ?? 0;
