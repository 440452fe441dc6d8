/**
 * The report of an import: per field, how many entries gave a normalised value and how many
 * kept only the text; and the commonest fragments left unparsed, so an archivist sees what
 * to fix. Fragments are grouped by shape (digits as "9") with one example each.
 */
import { RECORD_FIELDS, type RecordField, type RecordFields } from '../../domain/record.ts';

export interface FieldCount {
  field: RecordField;
  /** Entries with a normalised value (date, vocabulary key or cleaned text). */
  parsed: number;
  /** Entries where the field was found but kept only as text (norm unknown). */
  leftAsText: number;
}

export interface FragmentCount {
  /** The fragment with digits replaced by 9, so that dates and numbers group together. */
  shape: string;
  example: string;
  count: number;
}

export interface ParseSummary {
  entries: number;
  fields: FieldCount[];
  unparsedFragments: FragmentCount[];
  entriesWithWarnings: number;
  entriesNamingSeveralPeople: number;
}

/** How many of the commonest unparsed fragments the report lists. */
export const TOP_FRAGMENTS = 20;
/** Fragments are grouped by their first characters only: long tails differ in details. */
const SHAPE_LENGTH = 60;

interface ParsedLike {
  fields: RecordFields;
  unparsed: readonly string[];
  warnings: readonly string[];
  people?: number;
}

export function summarizeParses(entries: readonly ParsedLike[], top = TOP_FRAGMENTS): ParseSummary {
  const counts = new Map<RecordField, FieldCount>(RECORD_FIELDS.map((field) => [field, { field, parsed: 0, leftAsText: 0 }]));
  const fragments = new Map<string, FragmentCount>();
  let entriesWithWarnings = 0;
  let entriesNamingSeveralPeople = 0;
  for (const entry of entries) {
    for (const [field, value] of Object.entries(entry.fields) as [RecordField, { norm?: string } | undefined][]) {
      const count = counts.get(field);
      if (!count || !value) continue;
      if (value.norm !== undefined) count.parsed++;
      else count.leftAsText++;
    }
    for (const fragment of entry.unparsed) {
      const shape = fragment.replace(/\d+/gu, '9').slice(0, SHAPE_LENGTH);
      const f = fragments.get(shape);
      if (f) f.count++;
      else fragments.set(shape, { shape, example: fragment, count: 1 });
    }
    if (entry.warnings.length > 0) entriesWithWarnings++;
    if ((entry.people ?? 1) > 1) entriesNamingSeveralPeople++;
  }
  return {
    entries: entries.length,
    fields: [...counts.values()].filter((c) => c.parsed + c.leftAsText > 0),
    unparsedFragments: [...fragments.values()].sort((a, b) => b.count - a.count || a.shape.localeCompare(b.shape)).slice(0, top),
    entriesWithWarnings,
    entriesNamingSeveralPeople,
  };
}
