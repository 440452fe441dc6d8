/**
 * A record: what one source says about one person, in the Book-of-Memory layout used by
 * Memorial's database and the regional Books of Memory.
 *
 * Every field keeps the text exactly as the source wrote it (`text`) and, where it parses,
 * a normalised value (`norm`): an EDTF string for dates, a vocabulary key for nationalities,
 * bodies and sentences, a cleaned string otherwise. A value that does not parse keeps only
 * its text: uncertainty is stored, never guessed away.
 */

/** The fields of a record, in the order a Book of Memory prints them. */
export const RECORD_FIELDS = [
  'surname',
  'givenName',
  'patronymic',
  'nameVariants',
  'sex',
  'birthDate',
  'birthPlace',
  'nationality',
  'citizenship',
  'socialOrigin',
  'education',
  'party',
  'occupation',
  'workplace',
  'residence',
  'arrestDate',
  'arrestingBody',
  'charge',
  'sentencingBody',
  'sentenceDate',
  'sentence',
  'executionDate',
  'deathDate',
  'deathPlace',
  'burialPlace',
  'rehabilitationDate',
  'rehabilitationBody',
  'archivalFile',
  'family',
  'operation',
  'notes',
] as const;

export type RecordField = (typeof RECORD_FIELDS)[number];

/** Fields whose normalised value is an EDTF date string. */
export const DATE_FIELDS = [
  'birthDate',
  'arrestDate',
  'sentenceDate',
  'executionDate',
  'deathDate',
  'rehabilitationDate',
] as const satisfies readonly RecordField[];

export type DateField = (typeof DATE_FIELDS)[number];

export function isDateField(field: RecordField): field is DateField {
  return (DATE_FIELDS as readonly string[]).includes(field);
}

/** One field of a record: the text as written, and what it was read as. */
export interface FieldValue {
  /** Exactly as the source wrote it (after trimming surrounding whitespace only). */
  text: string;
  /** Normalised value: EDTF for dates, a vocabulary key or cleaned text otherwise. */
  norm?: string;
  /**
   * Where in the record's original free text this value was read from, as
   * [start, end) UTF-16 offsets into `RecordData.originalText`.
   */
  span?: [number, number];
}

export type RecordFields = Partial<Record<RecordField, FieldValue>>;

/** The payload of a `record.add` log entry. */
export interface RecordData {
  /** Id of the source this record comes from (`source.add`). */
  sourceId: string;
  /** Where in the source: page, line, entry number. */
  locator?: string;
  fields: RecordFields;
  /** The entry as printed, when the record was parsed from free text. */
  originalText?: string;
  /** Generated test data, never a real person. Shown as synthetic everywhere. */
  synthetic: boolean;
}

/** The payload of a `source.add` log entry. */
export interface SourceData {
  /** Full citation as a reader would write it. */
  citation: string;
  /** e.g. 'book-of-memory', 'execution-list', 'archival-file', 'article', 'testimony', 'synthetic'. */
  kind?: string;
  /** Archival reference, URL, or publisher, free text. */
  detail?: string;
  synthetic?: boolean;
}
