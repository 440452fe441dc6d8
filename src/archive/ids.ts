/**
 * Deterministic ids: the same source or record gets the same id in every archive, so importing
 * a file twice adds nothing and a rebuild or a mirror gives the same ids.
 *
 * A record's id is the hash of its `record.add` payload (source, locator, fields, original
 * text, synthetic flag, and an occurrence number when one source prints the same entry twice):
 * computing it costs nothing beyond the payload hash the log needs anyway.
 */
import { canonicalize } from './canonical-json.ts';
import { sha256Hex } from './hash.ts';
import type { RecordData } from '../domain/record.ts';
import type { LogEntry } from './types.ts';

/**
 * Hex digits of SHA-256 kept in an id: 96 bits, so the chance of two of a billion records
 * colliding is about 10^-11.
 */
const ID_HEX_DIGITS = 24;

/** A citation as compared for identity: Unicode NFC, whitespace collapsed, trimmed. */
export function normalizeCitation(citation: string): string {
  return citation.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function sourceIdOf(citation: string): string {
  return `src_${sha256Hex(normalizeCitation(citation)).slice(0, ID_HEX_DIGITS)}`;
}

/** The payload of a `record.add` entry. `occurrence` (1, 2, …) only on repeats of an identical entry. */
export interface RecordAddPayload extends RecordData {
  occurrence?: number;
}

/** The canonical `record.add` payload of `record` (keys sorted, so it serialises canonically). */
export function recordAddPayload(record: RecordData, occurrence = 0): RecordAddPayload {
  // Built in sorted key order; only the fields need canonicalising (the rest are strings).
  const payload: RecordAddPayload = { fields: canonicalize(record.fields) } as RecordAddPayload;
  if (record.locator !== undefined) payload.locator = record.locator;
  if (occurrence !== 0) payload.occurrence = occurrence;
  if (record.originalText !== undefined) payload.originalText = record.originalText;
  payload.sourceId = record.sourceId;
  payload.synthetic = record.synthetic;
  return payload;
}

/** The id of the record whose `record.add` payload hashes to `payloadHash`. */
export function recordIdFromHash(payloadHash: string): string {
  return `rec_${payloadHash.slice(0, ID_HEX_DIGITS)}`;
}

/** The id of the record a `record.add` entry adds. */
export function recordIdOfEntry(entry: Pick<LogEntry, 'payloadHash'>): string {
  return recordIdFromHash(entry.payloadHash);
}

/** The id `record` gets when added (the `occurrence`-th repeat of identical content). */
export function recordIdOf(record: RecordData, occurrence = 0): string {
  return recordIdFromHash(sha256Hex(JSON.stringify(recordAddPayload(record, occurrence))));
}
