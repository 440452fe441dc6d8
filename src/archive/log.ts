/**
 * Appending to the chain: each change becomes an entry (seq, time, actor, kind, payload hash,
 * own hash over these and the previous entry's hash) with its payload beside it, its subjects in `log_subjects`, and is
 * applied to every projection — all in one transaction, so the log and the tables never
 * disagree and a crash leaves nothing half written.
 */
import type Database from 'better-sqlite3';
import { canonicalize } from './canonical-json.ts';
import { entryHash, GENESIS_HASH, sha256Hex } from './hash.ts';
import { subjectsOf } from './subjects.ts';
import { LOG_KINDS, type Change, type LogEntry, type LogKind, type Projection } from './types.ts';

const KNOWN_KINDS = new Set<string>(LOG_KINDS);

/** The newest entry's seq and hash (0 and the genesis hash for an empty log). */
export interface Head {
  seq: number;
  hash: string;
}

/** A change with its canonical payload, the exact bytes stored, their hash, and its subjects. */
export interface PreparedChange {
  kind: LogKind;
  payload: unknown;
  body: string;
  payloadHash: string;
  subjects: readonly string[];
}

const statementCache = new WeakMap<Database.Database, ReturnType<typeof prepareStatements>>();

function prepareStatements(db: Database.Database) {
  return {
    head: db.prepare('SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1'),
    insert: db.prepare('INSERT INTO log (seq, time, actor, kind, payload_hash, hash, payload) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    subject: db.prepare('INSERT OR IGNORE INTO log_subjects (subject, seq) VALUES (?, ?)'),
  };
}

function statements(db: Database.Database) {
  let cached = statementCache.get(db);
  if (!cached) {
    cached = prepareStatements(db);
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

/** Canonicalises, serialises and hashes a change. */
export function prepareChange(change: Change): PreparedChange {
  checkKind(change.kind);
  // Projections get the canonical value: the same key order a rebuild parses back.
  const payload = canonicalize(change.payload);
  const body = JSON.stringify(payload);
  return { kind: change.kind, payload, body, payloadHash: sha256Hex(body), subjects: subjectsOf(change) };
}

/**
 * Appends prepared changes as new entries and applies them to `projections`. Must run inside
 * a transaction (the Archive wraps it in one); returns the new entries in order.
 */
export function appendPrepared(
  db: Database.Database,
  projections: readonly Projection[],
  changes: readonly PreparedChange[],
  actor: string,
): LogEntry[] {
  checkActor(actor);
  const st = statements(db);
  const time = new Date().toISOString();
  let { seq, hash: prevHash } = readHead(db);
  const entries: LogEntry[] = [];
  for (const change of changes) {
    seq += 1;
    const entry: LogEntry = { seq, time, actor, kind: change.kind, payloadHash: change.payloadHash, prevHash, hash: '' };
    entry.hash = entryHash(entry);
    st.insert.run(seq, time, actor, change.kind, change.payloadHash, entry.hash, change.body);
    for (const subject of change.subjects) st.subject.run(subject, seq);
    for (const projection of projections) projection.apply(db, entry, change.payload);
    entries.push(entry);
    prevHash = entry.hash;
  }
  markApplied(db, projections, seq);
  return entries;
}

/** Appends plain changes (see appendPrepared). */
export function appendEntries(
  db: Database.Database,
  projections: readonly Projection[],
  changes: readonly Change[],
  actor: string,
): LogEntry[] {
  return appendPrepared(db, projections, changes.map(prepareChange), actor);
}

/**
 * The previous entry's hash as a column of a query over `log` (not stored: it is the hash of
 * entry seq - 1, or the genesis hash for entry 1). Select it `AS prev_hash`.
 */
export const PREV_HASH_SQL = `coalesce((SELECT p.hash FROM log p WHERE p.seq = log.seq - 1), '${GENESIS_HASH}')`;

/** Columns of a LogRow, for a query over `log`. */
export const LOG_ROW_COLUMNS = `log.seq, log.time, log.actor, log.kind, log.payload_hash, ${PREV_HASH_SQL} AS prev_hash, log.hash`;

export interface LogRow {
  seq: number;
  time: string;
  actor: string;
  kind: string;
  payload_hash: string;
  prev_hash: string;
  hash: string;
}

export function rowToEntry(row: LogRow): LogEntry {
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

/** Records that `projections` have applied every entry up to `seq`. Run inside the append transaction. */
export function markApplied(db: Database.Database, projections: readonly Projection[], seq: number): void {
  const update = markStatement(db);
  for (const projection of projections) update.run(seq, projection.name);
}

const markCache = new WeakMap<Database.Database, Database.Statement>();
function markStatement(db: Database.Database): Database.Statement {
  let statement = markCache.get(db);
  if (!statement) {
    statement = db.prepare('UPDATE projection_versions SET seq = ? WHERE name = ?');
    markCache.set(db, statement);
  }
  return statement;
}
