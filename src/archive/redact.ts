/**
 * Redaction (privacy, legal): removes one entry's payload bytes, keeps its hash so the chain
 * still verifies, and leaves a tombstone (when, by whom, why) plus a `redact` entry in the log.
 */
import { recordIdFromHash } from './ids.ts';
import type { Archive } from './open.ts';
import type { LogEntry, LogKind, RedactPayload } from './types.ts';

/** Entries whose payload can never be removed: the archive's identity, and redactions themselves. */
const UNREDACTABLE: readonly LogKind[] = ['archive.init', 'redact'];

export function redact(archive: Archive, seq: number, reason: string, actor: string): LogEntry {
  if (reason.trim() === '') throw new Error('a redaction needs a reason');
  const db = archive.db;
  return archive.transaction(() => {
    const target = db.prepare('SELECT kind, payload_hash, payload FROM log WHERE seq = ?').get(seq) as
      | { kind: LogKind; payload_hash: string; payload: string | null }
      | undefined;
    if (!target) throw new Error(`no log entry ${seq}`);
    if (UNREDACTABLE.includes(target.kind)) throw new Error(`entry ${seq} (${target.kind}) cannot be redacted`);
    if (target.payload === null) throw new Error(`entry ${seq} is already redacted`);
    if (target.kind === 'record.add') {
      // A record.add is found through record_rows, which the redaction empties: name it in
      // log_subjects so its history (and the tombstone) stays findable by the record's id.
      db.prepare('INSERT OR IGNORE INTO log_subjects (subject, seq) VALUES (?, ?)').run(recordIdFromHash(target.payload_hash), seq);
    }
    const subjects = db.prepare('SELECT subject FROM log_subjects WHERE seq = ? ORDER BY subject').pluck().all(seq) as string[];
    db.prepare('UPDATE log SET payload = NULL WHERE seq = ?').run(seq);
    const payload: RedactPayload = { seq, kind: target.kind, subjects, reason: reason.trim() };
    const [entry] = archive.append([{ kind: 'redact', payload, subjects }], actor);
    db.prepare('INSERT INTO redactions (seq, by_seq, time, actor, reason) VALUES (?, ?, ?, ?, ?)').run(
      seq,
      entry!.seq,
      entry!.time,
      actor,
      payload.reason,
    );
    return entry!;
  });
}
