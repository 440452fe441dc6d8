/**
 * Verifying the chain: every entry's hash, its link to the previous one, and its payload's hash
 * (or, for a redacted payload, a tombstone made by a `redact` entry that names it).
 */
import { entryHash, GENESIS_HASH, sha256HexOfBytes } from './hash.ts';
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

/** A log row as read by verify: seq, time, actor, kind, payload_hash, hash, payload (its UTF-8 bytes). */
type Row = [number, string, string, string, string, string, Buffer | null];

export function verify(archive: Archive, onProgress?: (seq: number) => void): VerifyResult {
  const db = archive.db;
  // Raw arrays and no join: verify touches every entry, and row objects cost more than hashing.
  // The payload is read as the bytes SQLite stores (UTF-8) and hashed as they are: decoding it
  // into a JavaScript string only for the hash to encode it back would cost two conversions.
  const page = db
    .prepare('SELECT seq, time, actor, kind, payload_hash, hash, CAST(payload AS BLOB) FROM log WHERE seq > ? ORDER BY seq LIMIT ?')
    .raw();
  const tombstone = db.prepare('SELECT by_seq FROM redactions WHERE seq = ?').pluck();
  const redactEntry = db.prepare('SELECT kind, payload FROM log WHERE seq = ?');
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  const fail = (seq: number, problem: string): VerifyResult => {
    const head = archive.head();
    return { ok: false, count, headSeq: head.seq, headHash: head.hash, firstBad: { seq, problem } };
  };
  for (;;) {
    const rows = page.all(expectedSeq - 1, VERIFY_PAGE) as Row[];
    if (rows.length === 0) break;
    for (const [seq, time, actor, kind, payloadHash, hash, payload] of rows) {
      if (seq !== expectedSeq) return fail(expectedSeq, `entry ${expectedSeq} is missing (next is ${seq})`);
      // The hash covers the previous entry's stored hash: a rewritten earlier entry fails there
      // (its own hash no longer matches) or here (its stored hash changed, breaking the chain).
      if (entryHash({ seq, time, actor, kind, payloadHash, prevHash }) !== hash) {
        return fail(seq, `entry ${seq} (${kind}): entry hash does not match its contents and the previous entry's hash (changed or chain broken)`);
      }
      if (payload !== null) {
        if (sha256HexOfBytes(payload) !== payloadHash) {
          return fail(seq, `entry ${seq} (${kind}): payload does not match its hash (tampered payload)`);
        }
      } else {
        const bySeq = (tombstone.get(seq) as number | undefined) ?? null;
        const problem = checkTombstone(seq, kind, bySeq, redactEntry.get(bySeq ?? -1) as { kind: LogKind; payload: string | null } | undefined);
        if (problem) return fail(seq, problem);
      }
      prevHash = hash;
      expectedSeq += 1;
      count += 1;
    }
    onProgress?.(expectedSeq - 1);
  }
  return { ok: true, count, headSeq: expectedSeq - 1, headHash: prevHash };
}

/** A missing payload is only valid when a later `redact` entry names this entry. */
function checkTombstone(
  seq: number,
  kind: string,
  bySeq: number | null,
  redaction: { kind: LogKind; payload: string | null } | undefined,
): string | undefined {
  if (bySeq === null || !redaction) return `entry ${seq} (${kind}): payload is missing and no redaction explains it`;
  if (redaction.kind !== 'redact' || redaction.payload === null) return `entry ${seq}: its tombstone points to entry ${bySeq}, which is not a redaction`;
  const payload = JSON.parse(redaction.payload) as RedactPayload;
  if (payload.seq !== seq || bySeq <= seq) return `entry ${seq}: redaction entry ${bySeq} does not name it`;
  return undefined;
}
