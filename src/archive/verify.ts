/**
 * Verifying the chain: every entry's hash, its link to the previous one, and its payload's hash
 * (or, for a redacted payload, a tombstone made by a `redact` entry that names it).
 */
import { createHash } from 'node:crypto';
import { entryHash, GENESIS_HASH } from './hash.ts';
import type { Archive } from './open.ts';
import type { LogKind, RedactPayload } from './types.ts';

/** Entries read per page while verifying. */
const VERIFY_PAGE = 10_000;

export interface VerifyProblem {
  seq: number;
  problem: string;
}

export interface VerifyResult {
  ok: boolean;
  /** Entries checked (all of them when ok). */
  count: number;
  /** Seq and hash of the newest entry. */
  headSeq: number;
  headHash: string;
  /** The first entry that does not verify. */
  firstBad?: VerifyProblem;
}

interface Row {
  seq: number;
  time: string;
  actor: string;
  kind: string;
  payload_hash: string;
  prev_hash: string;
  hash: string;
  payload: string | null;
  by_seq: number | null;
}

export function verify(archive: Archive, onProgress?: (seq: number) => void): VerifyResult {
  const db = archive.db;
  const page = db.prepare(
    `SELECT log.*, r.by_seq FROM log LEFT JOIN redactions r ON r.seq = log.seq WHERE log.seq > ? ORDER BY log.seq LIMIT ?`,
  );
  const redactEntry = db.prepare('SELECT kind, payload FROM log WHERE seq = ?');
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  const fail = (seq: number, problem: string): VerifyResult => ({
    ok: false,
    count,
    headSeq: archive.head().seq,
    headHash: archive.head().hash,
    firstBad: { seq, problem },
  });
  for (;;) {
    const rows = page.all(expectedSeq - 1, VERIFY_PAGE) as Row[];
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) return fail(expectedSeq, `entry ${expectedSeq} is missing (next is ${row.seq})`);
      if (row.prev_hash !== prevHash) return fail(row.seq, `entry ${row.seq}: previous hash does not match entry ${row.seq - 1} (chain broken)`);
      const header = { seq: row.seq, time: row.time, actor: row.actor, kind: row.kind, payloadHash: row.payload_hash, prevHash: row.prev_hash };
      if (entryHash(header) !== row.hash) return fail(row.seq, `entry ${row.seq} (${row.kind}): entry hash does not match its contents`);
      if (row.payload !== null) {
        const digest = createHash('sha256').update(row.payload, 'utf8').digest('hex');
        if (digest !== row.payload_hash) return fail(row.seq, `entry ${row.seq} (${row.kind}): payload does not match its hash (tampered payload)`);
      } else {
        const problem = checkTombstone(row, redactEntry.get(row.by_seq ?? -1) as { kind: LogKind; payload: string | null } | undefined);
        if (problem) return fail(row.seq, problem);
      }
      prevHash = row.hash;
      expectedSeq += 1;
      count += 1;
    }
    onProgress?.(expectedSeq - 1);
  }
  return { ok: true, count, headSeq: expectedSeq - 1, headHash: prevHash };
}

/** A missing payload is only valid when a later `redact` entry names this entry. */
function checkTombstone(row: Row, redaction: { kind: LogKind; payload: string | null } | undefined): string | undefined {
  if (row.by_seq === null || !redaction) return `entry ${row.seq} (${row.kind}): payload is missing and no redaction explains it`;
  if (redaction.kind !== 'redact' || redaction.payload === null) return `entry ${row.seq}: its tombstone points to entry ${row.by_seq}, which is not a redaction`;
  const payload = JSON.parse(redaction.payload) as RedactPayload;
  if (payload.seq !== row.seq || row.by_seq <= row.seq) return `entry ${row.seq}: redaction entry ${row.by_seq} does not name it`;
  return undefined;
}
