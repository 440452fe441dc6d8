/**
 * Records made into search documents a batch at a time, in a compact form that crosses
 * between threads cheaply: a build (a replay of the log) makes batches on a worker thread
 * (build-pipeline.ts) while the main thread writes the previous ones. The structured clone of
 * document objects cost about as much as making them; here a batch is a few typed arrays
 * (transferred, not copied) and one array of its distinct strings.
 *
 * `encodeBatch` is pure and gives the same batch on any thread: the index never depends on
 * where a batch was made.
 */
import type { RecordFields } from '../domain/record.ts';
import { toSearchDoc, type SearchDoc } from './document.ts';
import { docKeyHashesFast } from './key-hashes.ts';
import { stringHash } from '../domain/dictionary.ts';

/**
 * What search reads of a record.add payload, as JSON paths: a batch carries, for each record,
 * the JSON array of their values (an "extract"), which SQLite's json_extract with these paths
 * makes as it reads the log (projection.ts). A payload holds three times as much (the
 * locator, the occupation, the sentencing body, other dates...): parsing it all cost the
 * worker 4.1 µs a record, the extract 1.0 µs, and SQLite's extracting costs the main thread
 * 0.6 µs more than reading the whole payload.
 */
const TEXT_FIELDS = ['surname', 'givenName', 'patronymic', 'birthPlace', 'residence', 'sentence', 'operation'] as const;
const NORMALISED_FIELDS = ['birthDate', 'arrestDate', 'nationality'] as const;
export const SEARCHED_PATHS: readonly string[] = [
  '$.sourceId',
  '$.synthetic',
  ...TEXT_FIELDS.map((field) => `$.fields.${field}.text`),
  ...NORMALISED_FIELDS.flatMap((field) => [`$.fields.${field}.text`, `$.fields.${field}.norm`]),
];

/** The extract of a payload's JSON text, as SQLite's json_extract with SEARCHED_PATHS makes it. */
export function extractOf(payload: string): string {
  const record = JSON.parse(payload) as { sourceId?: string; synthetic?: boolean; fields?: RecordFields };
  const fields = record.fields ?? {};
  return JSON.stringify([
    record.sourceId ?? null,
    record.synthetic ?? null,
    ...TEXT_FIELDS.map((field) => fields[field]?.text ?? null),
    ...NORMALISED_FIELDS.flatMap((field) => [fields[field]?.text ?? null, fields[field]?.norm ?? null]),
  ]);
}

/** The record an extract describes: its source, whether synthetic, and the fields search reads. */
function recordOfExtract(values: readonly (string | boolean | null)[]): { sourceId: string; synthetic: boolean; fields: RecordFields } {
  const fields: RecordFields = {};
  let at = 2;
  for (const field of TEXT_FIELDS) {
    const text = values[at++];
    if (typeof text === 'string') fields[field] = { text };
  }
  for (const field of NORMALISED_FIELDS) {
    const text = values[at++];
    const norm = values[at++];
    if (typeof text === 'string') fields[field] = typeof norm === 'string' ? { text, norm } : { text };
  }
  return { sourceId: typeof values[0] === 'string' ? values[0] : '', synthetic: values[1] === true, fields };
}

/**
 * The text columns of a document, in the document store's order (doc-store.ts STRIDE columns),
 * then the birth date as written (kept in search_docs only).
 */
export const BATCH_TEXT_COLUMNS = 15;
const BIRTH_TEXT = 14;
/**
 * Columns nearly every document has its own value in (surname, its normal and Latin forms,
 * the birth date as written): added to the batch's strings without looking for a repeat,
 * which cost more than the few repeats save. The other columns repeat a lot (given names,
 * keys, places, facets) and are held once a batch.
 */
const OWN_VALUE_COLUMNS = [true, false, false, true, true, false, false, false, false, false, false, false, false, false, true];

/** Numbers a document: birth min, birth max, arrest year (NaN: none). */
export const BATCH_NUMBERS = 3;

export interface EncodedBatch {
  count: number;
  /** The batch's distinct strings; cells refer to them by index. */
  strings: string[];
  /**
   * stringHash of each of `strings`: the main thread interns them into the document store
   * (doc-store.ts), and hashing them here takes that work off it.
   */
  hashes: Int32Array;
  /** BATCH_TEXT_COLUMNS string indexes a document. */
  cells: Int32Array;
  /** BATCH_NUMBERS a document. */
  numbers: Float64Array;
  synthetic: Uint8Array;
  /** Every document's hashed keys, document after document. */
  keys: Float64Array;
  /** Where each document's keys end in `keys`. */
  keyEnds: Uint32Array;
}

/** A document's text columns, in BATCH_TEXT_COLUMNS order. */
function textsOf(doc: SearchDoc): string[] {
  return [
    doc.surname, doc.givenName, doc.patronymic, doc.surnameNorm, doc.surnameLatin, doc.surnameKeys.join(' '), doc.givenKeys.join(' '),
    doc.patronymicKeys.join(' '), doc.place, doc.region, doc.nationality, doc.sentence, doc.operation, doc.sourceId, doc.birthText,
  ];
}

/**
 * What separates the extracts of a batch in one string (a batch crosses to the worker, and is
 * read from the log, as one string rather than a thousand). JSON text never holds it: JSON
 * escapes control characters inside strings and allows none outside them.
 */
export const EXTRACT_SEPARATOR = '\x1e';

/** Makes documents of record.adds' extracts (JSON arrays, see SEARCHED_PATHS, joined by EXTRACT_SEPARATOR). */
export function encodeBatch(joined: string): EncodedBatch {
  const extracts = joined.split(EXTRACT_SEPARATOR);
  const count = extracts.length;
  const strings: string[] = [];
  const local = new Map<string, number>();
  const cells = new Int32Array(count * BATCH_TEXT_COLUMNS);
  const numbers = new Float64Array(count * BATCH_NUMBERS);
  const synthetic = new Uint8Array(count);
  const keyEnds = new Uint32Array(count);
  const keys: number[] = [];
  const docKeys: number[] = [];
  for (let i = 0; i < count; i++) {
    const record = recordOfExtract(JSON.parse(extracts[i]!) as (string | boolean | null)[]);
    // The record id is not part of what is made of the record; the main thread holds it.
    const doc = toSearchDoc('', record.sourceId, record.fields, record.synthetic);
    const texts = textsOf(doc);
    for (let c = 0; c < BATCH_TEXT_COLUMNS; c++) {
      const text = texts[c]!;
      let id = OWN_VALUE_COLUMNS[c] ? undefined : local.get(text);
      if (id === undefined) {
        id = strings.length;
        strings.push(text);
        if (!OWN_VALUE_COLUMNS[c]) local.set(text, id);
      }
      cells[i * BATCH_TEXT_COLUMNS + c] = id;
    }
    numbers[i * BATCH_NUMBERS] = doc.birthMin ?? NaN;
    numbers[i * BATCH_NUMBERS + 1] = doc.birthMax ?? NaN;
    numbers[i * BATCH_NUMBERS + 2] = doc.arrestYear ?? NaN;
    synthetic[i] = doc.synthetic ? 1 : 0;
    for (const key of docKeyHashesFast(doc, docKeys)) keys.push(key);
    keyEnds[i] = keys.length;
  }
  const hashes = new Int32Array(strings.length);
  for (let s = 0; s < strings.length; s++) hashes[s] = stringHash(strings[s]!);
  return { count, strings, hashes, cells, numbers, synthetic, keys: Float64Array.from(keys), keyEnds };
}

/** The buffers a batch can hand over to another thread (postMessage's transfer list). */
export function batchBuffers(batch: EncodedBatch): ArrayBuffer[] {
  return [batch.hashes.buffer, batch.cells.buffer, batch.numbers.buffer, batch.synthetic.buffer, batch.keys.buffer, batch.keyEnds.buffer] as ArrayBuffer[];
}

/** The birth date as written of document `i` (not held by the document store). */
export const birthTextOf = (batch: EncodedBatch, i: number): string => batch.strings[batch.cells[i * BATCH_TEXT_COLUMNS + BIRTH_TEXT]!]!;

/** A number of document `i` (0 birth min, 1 birth max, 2 arrest year), null when it has none. */
export function numberOf(batch: EncodedBatch, i: number, which: 0 | 1 | 2): number | null {
  const value = batch.numbers[i * BATCH_NUMBERS + which]!;
  return Number.isNaN(value) ? null : value;
}
