/**
 * What the Books-of-Memory parser made of a free-text import (`--text-column`, `--text`): per
 * field how many entries gave a value and how many left it as text, the commonest fragments
 * left unparsed, and the lines with warnings or naming several people — so an archivist sees
 * what to fix. Entries are summed in batches with `summarizeParses`, so memory stays flat on a
 * file of a million entries.
 */
import { RECORD_FIELDS, type RecordField } from '../domain/record.ts';
import { summarizeParses, type FieldCount, type FragmentCount, type ParsedEntry } from './bom/index.ts';
import { TOP_FRAGMENTS } from './bom/summary.ts';

/** Entries summed at once; the tally keeps only counts between batches. */
export const TALLY_BATCH = 2_000;
/** Lines listed in the summary (JSON and printed) per kind; the report file lists every one. */
export const LISTED_LINES = 20;

export interface EntryWarning {
  line: number;
  warnings: string[];
}

export interface SeveralPeople {
  line: number;
  people: number;
}

/** The parse part of an import summary. */
export interface ParseReport {
  /** Entries of free text the parser read. */
  entries: number;
  /** Fields the parser found, in record order: `parsed` has a normalised value, `leftAsText` only the text. */
  fields: FieldCount[];
  /** The commonest fragments no field took, commonest first. */
  unparsedFragments: FragmentCount[];
  entriesWithWarnings: number;
  entriesNamingSeveralPeople: number;
  /** The first LISTED_LINES entries with warnings (all of them are in the report file). */
  warnings: EntryWarning[];
  /** The first LISTED_LINES entries naming more than one person. */
  severalPeople: SeveralPeople[];
}

type Batched = Pick<ParsedEntry, 'fields' | 'unparsed' | 'warnings' | 'people'>;

export class ParseTally {
  private batch: Batched[] = [];
  private entries = 0;
  private readonly fields = new Map<RecordField, FieldCount>();
  private readonly fragments = new Map<string, FragmentCount>();
  private entriesWithWarnings = 0;
  private entriesNamingSeveralPeople = 0;
  private readonly warnings: EntryWarning[] = [];
  private readonly severalPeople: SeveralPeople[] = [];

  add(line: number, entry: ParsedEntry): void {
    this.batch.push({ fields: entry.fields, unparsed: entry.unparsed, warnings: entry.warnings, ...(entry.people === undefined ? {} : { people: entry.people }) });
    if (entry.warnings.length > 0 && this.warnings.length < LISTED_LINES) this.warnings.push({ line, warnings: entry.warnings });
    if ((entry.people ?? 1) > 1 && this.severalPeople.length < LISTED_LINES) this.severalPeople.push({ line, people: entry.people! });
    if (this.batch.length >= TALLY_BATCH) this.flush();
  }

  get count(): number {
    return this.entries + this.batch.length;
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const summary = summarizeParses(this.batch, Number.POSITIVE_INFINITY);
    this.batch = [];
    this.entries += summary.entries;
    this.entriesWithWarnings += summary.entriesWithWarnings;
    this.entriesNamingSeveralPeople += summary.entriesNamingSeveralPeople;
    for (const f of summary.fields) {
      const count = this.fields.get(f.field);
      if (count) {
        count.parsed += f.parsed;
        count.leftAsText += f.leftAsText;
      } else this.fields.set(f.field, { ...f });
    }
    for (const f of summary.unparsedFragments) {
      const count = this.fragments.get(f.shape);
      if (count) count.count += f.count;
      else this.fragments.set(f.shape, { ...f });
    }
  }

  report(top = TOP_FRAGMENTS): ParseReport {
    this.flush();
    return {
      entries: this.entries,
      fields: RECORD_FIELDS.flatMap((field) => this.fields.get(field) ?? []),
      unparsedFragments: [...this.fragments.values()].sort((a, b) => b.count - a.count || a.shape.localeCompare(b.shape)).slice(0, top),
      entriesWithWarnings: this.entriesWithWarnings,
      entriesNamingSeveralPeople: this.entriesNamingSeveralPeople,
      warnings: this.warnings,
      severalPeople: this.severalPeople,
    };
  }
}
