/**
 * Deterministic ids: the same source or record gets the same id in every archive, so importing
 * a file twice adds nothing and a rebuild or a mirror gives the same ids.
 */
import { canonicalJson } from './canonical-json.ts';
import { sha256Hex } from './hash.ts';
import type { RecordData } from '../domain/record.ts';

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

/**
 * A record's id: from its source, fields, original text and synthetic flag — not its locator,
 * so re-importing an edited file whose rows moved adds nothing. `occurrence` (0, 1, …)
 * separates identical entries that one source prints more than once.
 */
export function recordIdOf(record: RecordData, occurrence = 0): string {
  const content = canonicalJson({
    sourceId: record.sourceId,
    fields: record.fields,
    originalText: record.originalText,
    synthetic: record.synthetic,
  });
  return `rec_${sha256Hex(occurrence === 0 ? content : `${content}#${occurrence}`).slice(0, ID_HEX_DIGITS)}`;
}
