/**
 * Replaying the log into projections: what `rebuild` does for all of them, and what opening an
 * archive does for a projection that is new or whose version changed.
 */
import type Database from 'better-sqlite3';
import { rowToEntry } from './log.ts';
import type { Projection } from './types.ts';

/** Entries read per page while replaying (a connection cannot write while it iterates). */
const REPLAY_PAGE = 5_000;

interface LogRow {
  seq: number;
  time: string;
  actor: string;
  kind: string;
  payload_hash: string;
  prev_hash: string;
  hash: string;
  payload: string | null;
}

/** Empties the projections' tables and applies every entry again. Run inside a transaction. */
export function replayInto(
  db: Database.Database,
  projections: readonly Projection[],
  onProgress?: (seq: number) => void,
): number {
  for (const projection of projections) for (const table of projection.tables) db.exec(`DELETE FROM "${table}"`);
  const page = db.prepare(
    'SELECT seq, time, actor, kind, payload_hash, prev_hash, hash, payload FROM log WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = page.all(after, REPLAY_PAGE) as LogRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const entry = rowToEntry(row);
      const payload: unknown = row.payload === null ? undefined : JSON.parse(row.payload);
      for (const projection of projections) projection.apply(db, entry, payload);
    }
    after = rows[rows.length - 1]!.seq;
    count += rows.length;
    onProgress?.(after);
  }
  return count;
}

/**
 * Creates the tables of each projection; a projection that is new to this archive, or whose
 * version changed, has its tables dropped, recreated and filled from the log.
 */
export function installProjections(db: Database.Database, projections: readonly Projection[]): void {
  const names = new Set<string>();
  for (const projection of projections) {
    if (names.has(projection.name)) throw new Error(`two projections are named "${projection.name}"`);
    names.add(projection.name);
  }
  const versionOf = db.prepare('SELECT version FROM projection_versions WHERE name = ?').pluck();
  const setVersion = db.prepare('INSERT OR REPLACE INTO projection_versions (name, version) VALUES (?, ?)');
  db.transaction(() => {
    const stale: Projection[] = [];
    for (const projection of projections) {
      const version = versionOf.get(projection.name) as number | undefined;
      if (version !== projection.version) {
        if (version !== undefined) for (const table of projection.tables) db.exec(`DROP TABLE IF EXISTS "${table}"`);
        stale.push(projection);
      }
      db.exec(projection.schema);
    }
    if (stale.length > 0) {
      replayInto(db, stale);
      for (const projection of stale) setVersion.run(projection.name, projection.version);
    }
  }).immediate();
}
