/**
 * Counts of records by operation, nationality, year and month of arrest, region and sentence.
 * Pure: it folds over records, so the same code counts a test fixture and a million-record
 * archive (the archive view streams records into it once and caches the result by log head).
 */
import type { RecordData, RecordField } from '../domain/record.ts';
import { edtfYear, normalizeDate } from '../domain/dates.ts';

/** The months of the Great Terror shown month by month (the peak of the mass operations). */
export const MONTHLY_FROM_YEAR = 1937;
export const MONTHLY_TO_YEAR = 1938;

/** How many categories a dimension lists before the rest are summed as "other". */
export const MAX_CATEGORIES = 25;

/** The key used for records that do not give the value. */
export const UNKNOWN_KEY = '';
/** The key used for the sum of categories beyond MAX_CATEGORIES. */
export const OTHER_KEY = '…';

export interface Count {
  /** The normalised value (vocabulary key, year, YYYY-MM), or UNKNOWN_KEY / OTHER_KEY. */
  key: string;
  /** The value as most often written in the records (for display). */
  label: string;
  count: number;
}

export interface Statistics {
  total: number;
  synthetic: number;
  byOperation: Count[];
  byNationality: Count[];
  byYear: Count[];
  byMonth: Count[];
  byRegion: Count[];
  bySentence: Count[];
}

export const DIMENSIONS = ['byOperation', 'byNationality', 'byYear', 'byMonth', 'byRegion', 'bySentence'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A category counter that remembers the most common written form of each key. */
class Tally {
  private readonly counts = new Map<string, { count: number; labels: Map<string, number> }>();

  add(key: string, label: string): void {
    let entry = this.counts.get(key);
    if (!entry) this.counts.set(key, (entry = { count: 0, labels: new Map() }));
    entry.count++;
    entry.labels.set(label, (entry.labels.get(label) ?? 0) + 1);
  }

  /** Largest first (ties by key), the tail beyond `limit` summed into one "other" row. */
  byCount(limit = MAX_CATEGORIES): Count[] {
    const rows = this.rows().sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    const known = rows.filter((r) => r.key !== UNKNOWN_KEY);
    const unknown = rows.filter((r) => r.key === UNKNOWN_KEY);
    if (known.length <= limit) return [...known, ...unknown];
    const rest = known.slice(limit).reduce((sum, r) => sum + r.count, 0);
    return [...known.slice(0, limit), { key: OTHER_KEY, label: OTHER_KEY, count: rest }, ...unknown];
  }

  /** In key order (years, months), unknown last. */
  byKey(): Count[] {
    const rows = this.rows();
    return [
      ...rows.filter((r) => r.key !== UNKNOWN_KEY).sort((a, b) => a.key.localeCompare(b.key)),
      ...rows.filter((r) => r.key === UNKNOWN_KEY),
    ];
  }

  private rows(): Count[] {
    return [...this.counts].map(([key, { count, labels }]) => {
      let label = key;
      let best = 0;
      for (const [text, n] of labels) if (n > best) [label, best] = [text, n];
      return { key, label, count };
    });
  }
}

function categoryOf(data: RecordData, field: RecordField): { key: string; label: string } {
  const value = data.fields[field];
  if (!value || value.text.trim() === '') return { key: UNKNOWN_KEY, label: UNKNOWN_KEY };
  const key = (value.norm ?? value.text).trim().toLowerCase();
  return { key, label: value.text.trim() };
}

/** The region of a record: the first part of the residence ("Москва, ул. …" → "Москва"). */
export function regionOf(data: RecordData): { key: string; label: string } {
  const value = data.fields.residence;
  if (!value) return { key: UNKNOWN_KEY, label: UNKNOWN_KEY };
  const first = (value.norm ?? value.text).split(/[,;]/)[0]!.trim();
  if (first === '') return { key: UNKNOWN_KEY, label: UNKNOWN_KEY };
  return { key: first.toLowerCase(), label: value.text.split(/[,;]/)[0]!.trim() };
}

/** The arrest date as EDTF: the normalised value, else the text read as a date. */
function arrestEdtf(data: RecordData): string | undefined {
  const value = data.fields.arrestDate;
  if (!value) return undefined;
  return value.norm ?? normalizeDate(value.text)?.edtf;
}

/** The year of arrest when the record pins it to one year. */
export function arrestYear(data: RecordData): number | undefined {
  const norm = arrestEdtf(data);
  if (!norm) return undefined;
  const span = edtfYear(norm);
  return span && span.min === span.max ? span.min : undefined;
}

/** YYYY-MM of the arrest when the record gives the month. */
export function arrestMonth(data: RecordData): string | undefined {
  const match = /^(\d{4})-(\d{2})/.exec(arrestEdtf(data) ?? '');
  return match ? `${match[1]}-${match[2]}` : undefined;
}

/** Counts records one at a time (so a caller can feed it in chunks), then gives the statistics. */
export class Aggregator {
  private readonly tallies = {
    operation: new Tally(),
    nationality: new Tally(),
    year: new Tally(),
    month: new Tally(),
    region: new Tally(),
    sentence: new Tally(),
  };
  private total = 0;
  private synthetic = 0;

  add(data: RecordData): void {
    const { tallies } = this;
    this.total++;
    if (data.synthetic) this.synthetic++;
    const op = categoryOf(data, 'operation');
    tallies.operation.add(op.key, op.label);
    const nat = categoryOf(data, 'nationality');
    tallies.nationality.add(nat.key, nat.label);
    const sentence = categoryOf(data, 'sentence');
    tallies.sentence.add(sentence.key, sentence.label);
    const region = regionOf(data);
    tallies.region.add(region.key, region.label);
    const year = arrestYear(data);
    tallies.year.add(year === undefined ? UNKNOWN_KEY : String(year), year === undefined ? UNKNOWN_KEY : String(year));
    const month = arrestMonth(data);
    const inRange = month && Number(month.slice(0, 4)) >= MONTHLY_FROM_YEAR && Number(month.slice(0, 4)) <= MONTHLY_TO_YEAR;
    if (inRange) tallies.month.add(month, month);
  }

  result(): Statistics {
    const { tallies } = this;
    return {
      total: this.total,
      synthetic: this.synthetic,
      byOperation: tallies.operation.byCount(),
      byNationality: tallies.nationality.byCount(),
      byYear: fillYears(tallies.year.byKey()),
      byMonth: fillMonths(tallies.month.byKey()),
      byRegion: tallies.region.byCount(),
      bySentence: tallies.sentence.byCount(),
    };
  }
}

/** Counts every record once in each dimension. */
export function aggregate(records: Iterable<RecordData>): Statistics {
  const aggregator = new Aggregator();
  for (const data of records) aggregator.add(data);
  return aggregator.result();
}

/** Widest span of years filled with zeros; beyond it the years are listed as found. */
export const MAX_FILLED_YEARS = 80;

/** Years in order with the missing ones between the first and last as zero, so the axis is time. */
function fillYears(rows: Count[]): Count[] {
  const known = rows.filter((r) => r.key !== UNKNOWN_KEY);
  if (known.length < 2) return rows;
  const first = Number(known[0]!.key);
  const last = Number(known.at(-1)!.key);
  if (last - first > MAX_FILLED_YEARS) return rows;
  const byKey = new Map(known.map((r) => [r.key, r]));
  const filled: Count[] = [];
  for (let year = first; year <= last; year++) filled.push(byKey.get(String(year)) ?? { key: String(year), label: String(year), count: 0 });
  return [...filled, ...rows.filter((r) => r.key === UNKNOWN_KEY)];
}

/** Every month of the monthly range, with zero where no record falls. */
function fillMonths(rows: Count[]): Count[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const out: Count[] = [];
  for (let year = MONTHLY_FROM_YEAR; year <= MONTHLY_TO_YEAR; year++) {
    for (let month = 1; month <= 12; month++) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      out.push(byKey.get(key) ?? { key, label: key, count: 0 });
    }
  }
  return out;
}
