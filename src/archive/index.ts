/**
 * The archive: an append-only, hash-chained log in one SQLite file, and the tables
 * (projections) built from it. The only module other layers import from `src/archive`.
 *
 * Opening
 *   openArchive(path, { projections? , readonly? }): Archive
 *     Creates the file (and folder) if missing: WAL, schema migrations (user_version; a newer
 *     version is refused), an Ed25519 key pair and the `archive.init` entry. Extra projections
 *     (search index, linkage…) come from upper layers; built-in ones are in ./projections/index.ts.
 *     A projection new to the archive or with a new version is filled from the log on open.
 *   archive.append(changes: Change[], actor): LogEntry[]
 *     Appends entries (payload stored as canonical JSON beside the chain, subjects recorded in
 *     `log_subjects`) and applies every projection, all in one transaction.
 *   archive.transaction(fn)  — group several appends/writes into one transaction.
 *   archive.head(), archive.close()
 *
 * Writing (deterministic ids: writing the same thing twice adds nothing)
 *   addSource(archive, SourceData, actor) → { id: 'src_…', added }
 *   addRecords(archive, RecordData[], actor) → { added: ids, existing }   ids 'rec_…'
 *   new RecordWriter(archive, actor).add(records)   — one per import: numbers repeated entries
 *   correctRecord(archive, recordId, fields, reason, actor)
 *   sourceIdOf(citation), recordIdOf(record, occurrence?)
 *   A record's id is 'rec_' + the first 24 hex digits of its record.add payload hash:
 *   projections get it with recordIdOfEntry(entry) (the payload holds no id).
 *   redact(archive, seq, reason, actor) — removes one payload's bytes; hash and tombstone stay
 *
 * Reading
 *   getRecord, getRecords(ids), getSource, listSources, listRecords({ sourceId?, afterSeq?, limit }) → { records, next? }
 *   countRecords, historyOf(archive, subjectId) → HistoryEntry[] (payload or tombstone), getEntry
 *
 * Proving
 *   verify(archive) → { ok, count, headSeq, headHash, firstBad? }
 *   rebuild(archive) — replays the log into every projection
 *   checkpoint(archive) → signed Checkpoint;  verifyCheckpoint(archive, cp) → problem | undefined
 *
 * Tables other layers may read: `records` (id, source_id, locator, synthetic, fields JSON,
 * original_text, seq, updated_seq), `sources`, `log`, `log_subjects`, `redactions`.
 * The log stores no prev_hash column (schema 4): select PREV_HASH_SQL AS prev_hash, or
 * LOG_ROW_COLUMNS, when a query needs it. One source's records: `source_key = sourceKeyOf(id)
 * AND source_id = id` uses the per-source index.
 */
export type { Archive, OpenOptions, InitPayload } from './open.ts';
export { openArchive } from './open.ts';
export type { Head } from './log.ts';
export { PREV_HASH_SQL, LOG_ROW_COLUMNS, rowToEntry, type LogRow } from './log.ts';
export { sourceKeyOf } from './source-key.ts';
export { SCHEMA_VERSION, SchemaVersionError } from './schema.ts';
export { canonicalJson } from './canonical-json.ts';
export { sha256Hex, entryHash, GENESIS_HASH } from './hash.ts';
export { sourceIdOf, recordIdOf, recordIdOfEntry, recordIdFromHash, recordAddPayload, normalizeCitation, type RecordAddPayload } from './ids.ts';
export { addSource, addRecords, correctRecord, RecordWriter, type AddRecordsResult } from './writes.ts';
export { redact } from './redact.ts';
export {
  getRecord,
  getRecords,
  getSource,
  listSources,
  listRecords,
  countRecords,
  historyOf,
  getEntry,
  MAX_PAGE_SIZE,
  type StoredRecord,
  type StoredSource,
  type HistoryEntry,
  type Tombstone,
  type ListOptions,
  type RecordPage,
} from './queries.ts';
export { verify, type VerifyResult, type VerifyProblem } from './verify.ts';
export { rebuild } from './rebuild.ts';
export { checkpoint, verifyCheckpoint, CHECKPOINT_VERSION, type Checkpoint, type CheckpointStatement } from './checkpoint.ts';
export type { SourceAddPayload } from './projections/sources.ts';
export type { RecordCorrectPayload } from './projections/records.ts';
export { cachedPerDb } from './projections/statement-cache.ts';
export * from './types.ts';
