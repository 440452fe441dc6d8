/**
 * A source's key in the record rows' per-source index: an INTEGER taken from its id, instead
 * of the 28-character id itself. Index entries keyed by the text id cost ~46 bytes a record,
 * by this key ~12; on a million-record import that index costs a third as much (bench
 * "import"). Queries filter on `source_key = ? AND source_id = ?`, so two sources sharing a key
 * would only share index pages, never each other's records.
 */
import { sha256Hex } from './hash.ts';

/** Hex digits of the id kept in the key: 52 bits, exact in a JavaScript number. */
const KEY_HEX_DIGITS = 13;

/** The hex digits of a source id made by sourceIdOf. */
const SOURCE_ID_HEX = /^src_[0-9a-f]{13}/;

/** Keys already computed: an import asks for the same few sources a million times. */
const keys = new Map<string, number>();

/** Most entries `keys` keeps (a process reading many archives must not grow it without end). */
const MAX_CACHED = 10_000;

export function sourceKeyOf(sourceId: string): number {
  let key = keys.get(sourceId);
  if (key === undefined) {
    // Any other id (a payload written by hand) still gets a stable key, from its hash.
    const hex = SOURCE_ID_HEX.test(sourceId) ? sourceId.slice(4, 4 + KEY_HEX_DIGITS) : sha256Hex(sourceId).slice(0, KEY_HEX_DIGITS);
    key = Number.parseInt(hex, 16);
    if (keys.size >= MAX_CACHED) keys.clear();
    keys.set(sourceId, key);
  }
  return key;
}
