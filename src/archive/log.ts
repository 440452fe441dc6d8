/**
 * Appending to the chain: each change becomes an entry (seq, time, actor, kind, payload hash,
 * previous hash, own hash) with its payload beside it, its subjects in `log_subjects`, and is
 * applied to every projection — all in one transaction, so the log and the tables never
 * disagree and a crash leaves nothing half written.
 */
import type Database from 'better-sqlite3';
import { canonicalJson } from './canonical-json.ts';
import { entryHash, GENESIS_HASH, sha256Hex } from './hash.ts';
import { subjectsOf } from './subjects.ts';
import { LOG_KINDS, type Change, type LogEntry, type LogKind, type Projection } from './types.ts';

const KNOWN_KINDS = new Set<string>(LOG_KINDS);

/** The newest entry's seq and hash (0 and the genesis hash for an empty log). */
export interface Head {
  seq: number;
  hash: string;
}

interface LogStatements {
  head: Database.Statement;
  insert: Database.Statement;
  subject: Database.Statement;
}

const statementCache = new WeakMap<Database.Database, LogStatements>();

function statements(db: Database.Database): LogStatements {
  let cached = statementCache.get(db);
  if (!cached) {
    cached = {
      head: db.prepare('SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare(
        'INSERT INTO log (seq, time, actor, kind, payload_hash, prev_hash, hash, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      subject: db.prepare('INSERT OR IGNORE INTO log_subjects (subject, seq) VALUES (?, ?)'),
    };
    statementCache.set(db, cached);
  }
  return cached;
}

export function readHead(db: Database.Database): Head {
  const row = statements(db).head.get() as Head | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

function checkActor(actor: string): void {
  if (actor.length === 0 || /[\n\r]/.test(actor)) {
    throw new Error(`actor must be a non-empty single line, got ${JSON.stringify(actor)}`);
  }
}

function checkKind(kind: string): asserts kind is LogKind {
  if (!KNOWN_KINDS.has(kind)) throw new Error(`unknown log kind "${kind}" (known: ${LOG_KINDS.join(', ')})`);
}

/**
 * Appends `changes` as new entries and applies them to `projections`. Must run inside a
 * transaction (the Archive wraps it in one); returns the new entries in order.
 */
export function appendEntries(
  db: Database.Database,
  projections: readonly Projection[],
  changes: readonly Change[],
  actor: string,
): LogEntry[] {
  checkActor(actor);
  const st = statements(db);
  const time = new Date().toISOString();
  let { seq, hash: prevHash } = readHead(db);
  const entries: LogEntry[] = [];
  for (const change of changes) {
    checkKind(change.kind);
    const body = canonicalJson(change.payload);
    seq += 1;
    const payloadHash = sha256Hex(body);
    const entry: LogEntry = { seq, time, actor, kind: change.kind, payloadHash, prevHash, hash: '' };
    entry.hash = entryHash(entry);
    st.insert.run(seq, time, actor, change.kind, payloadHash, prevHash, entry.hash, body);
    for (const subject of subjectsOf(change)) st.subject.run(subject, seq);
    for (const projection of projections) projection.apply(db, entry, change.payload);
    entries.push(entry);
    prevHash = entry.hash;
  }
  return entries;
}

/** A log row as stored, with its payload text (null once redacted). */
export interface StoredEntry extends LogEntry {
  payload: string | null;
}

export function rowToEntry(row: {
  seq: number;
  time: string;
  actor: string;
  kind: string;
  payload_hash: string;
  prev_hash: string;
  hash: string;
}): LogEntry {
  return {
    seq: row.seq,
    time: row.time,
    actor: row.actor,
    kind: row.kind as LogKind,
    payloadHash: row.payload_hash,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
