/**
 * Turning one input row into a record: cells by the column plan, a JSON object as `export`
 * writes it, or an entry of free text. Date fields get their EDTF value from `normalizeDate`;
 * free text goes through the Books-of-Memory parser. Problems come back with the field they
 * concern; the caller adds the line.
 */
import { normalizeDate } from '../domain/dates.ts';
import { isDateField, RECORD_FIELDS, type FieldValue, type RecordData, type RecordField, type RecordFields } from '../domain/record.ts';
import { builtRecordProblems, recordProblems, type FieldProblem } from '../domain/validate.ts';
import { parseEntry, type ParsedEntry } from './bom/index.ts';
import type { ColumnPlan } from './column-plan.ts';
import { targetOfHeader } from './headers.ts';

/** A row read into record shape, before its source is resolved to an id. */
export interface RowRecord {
  /** The row's own source citation, if it has one. */
  citation?: string;
  record: Omit<RecordData, 'sourceId' | 'synthetic'> & { synthetic?: boolean };
  /** What the Books-of-Memory parser read from the row's free text, for the import's report. */
  parsed?: ParsedEntry;
}

/** How an entry's own "Источник: …" is kept in the record's locator. */
export const ENTRY_SOURCE_LABEL = 'Источник:';

/**
 * An entry that cites its own source ("Источник: База данных … Камчатской обл.") keeps that
 * citation in the record's locator, after the row's own locator if it has one: the record's
 * source stays the book being imported, and a reader still sees where the book had it from.
 */
function keepEntrySource(row: RowRecord, parsed: ParsedEntry): void {
  if (!parsed.source) return;
  const cited = `${ENTRY_SOURCE_LABEL} ${parsed.source.text}`;
  row.record.locator = row.record.locator === undefined ? cited : `${row.record.locator}; ${cited}`;
}

export type RowResult = { ok: true; row: RowRecord } | { ok: false; problems: FieldProblem[] };

const TRUE_WORDS = new Set(['true', '1', 'yes', 'да', 'y']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'нет', 'n', '']);

function parseBoolean(text: string): boolean | undefined {
  const folded = text.trim().toLowerCase();
  if (TRUE_WORDS.has(folded)) return true;
  if (FALSE_WORDS.has(folded)) return false;
  return undefined;
}

function parseSpan(text: string): [number, number] | undefined {
  const match = /^(\d+)-(\d+)$/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** A field value with keys in canonical order (norm, span, text), so the log need not copy it. */
function value(text: string, norm?: string, span?: [number, number]): FieldValue {
  const out: FieldValue = {} as FieldValue;
  if (norm !== undefined) out.norm = norm;
  if (span !== undefined) out.span = span;
  out.text = text;
  return out;
}

const SORTED_FIELDS = [...RECORD_FIELDS].sort();

/** Each field's place in SORTED_FIELDS: a row keeps its cells in arrays by that place, not in Maps. */
const FIELD_SLOT = new Map<RecordField, number>(SORTED_FIELDS.map((field, slot) => [field, slot]));

/**
 * Most date texts remembered with their EDTF value. Lists repeat the same dates thousands of
 * times (a day of mass arrests, a year of birth); past this many distinct ones it starts over.
 */
const DATE_CACHE_ENTRIES = 50_000;
const dateCache = new Map<string, string | null>();

/** normalizeDate(text)?.edtf, remembered. */
function edtfOf(text: string): string | undefined {
  let edtf = dateCache.get(text);
  if (edtf === undefined) {
    edtf = normalizeDate(text)?.edtf ?? null;
    if (dateCache.size >= DATE_CACHE_ENTRIES) dateCache.clear();
    dateCache.set(text, edtf);
  }
  return edtf ?? undefined;
}

/** Fields in canonical (sorted) key order, dates normalised where the row gave no norm. Arrays are by FIELD_SLOT. */
function finishFields(
  texts: readonly (string | undefined)[],
  norms: readonly (string | undefined)[] | undefined,
  spans: readonly ([number, number] | undefined)[] | undefined,
  parsed?: RecordFields,
): RecordFields {
  const fields: RecordFields = {};
  for (let slot = 0; slot < SORTED_FIELDS.length; slot++) {
    const field = SORTED_FIELDS[slot]!;
    const text = texts[slot];
    if (text !== undefined) {
      const norm = norms?.[slot] ?? (isDateField(field) ? edtfOf(text) : undefined);
      fields[field] = value(text, norm, spans?.[slot]);
    } else if (parsed?.[field]) {
      const p = parsed[field];
      fields[field] = value(p.text, p.norm, p.span);
    }
  }
  return fields;
}

/** A row of cells, read by the column plan. `parseText`: run the entry parser on the original text. */
export function recordFromCells(plan: ColumnPlan, cells: readonly string[], parseText: boolean): RowResult {
  if (cells.length > plan.headers.length && cells.slice(plan.headers.length).some((c) => c.trim() !== '')) {
    return { ok: false, problems: [{ field: '(row)', reason: `row has ${cells.length} cells, the header has ${plan.headers.length} (ragged row)` }] };
  }
  if (cells.length < plan.headers.length) {
    return { ok: false, problems: [{ field: '(row)', reason: `row has ${cells.length} cells, the header has ${plan.headers.length} (ragged row)` }] };
  }
  const texts: (string | undefined)[] = new Array<string | undefined>(SORTED_FIELDS.length);
  let norms: (string | undefined)[] | undefined;
  let spans: ([number, number] | undefined)[] | undefined;
  const row: RowRecord = { record: { fields: {} } };
  const problems: FieldProblem[] = [];
  const textParts: string[] = [];
  for (let i = 0; i < plan.targets.length; i++) {
    const target = plan.targets[i]!;
    const cell = cells[i]!.trim();
    if (cell === '' || target.kind === 'ignore') continue;
    switch (target.kind) {
      case 'field':
        texts[FIELD_SLOT.get(target.field)!] = cell;
        break;
      case 'norm':
        (norms ??= new Array<string | undefined>(SORTED_FIELDS.length))[FIELD_SLOT.get(target.field)!] = cell;
        break;
      case 'span': {
        const span = parseSpan(cell);
        if (span) (spans ??= new Array<[number, number] | undefined>(SORTED_FIELDS.length))[FIELD_SLOT.get(target.field)!] = span;
        else problems.push({ field: `${target.field}.span`, reason: `"${cell}" is not start-end` });
        break;
      }
      case 'source':
        row.citation = cell;
        break;
      case 'locator':
        row.record.locator = cell;
        break;
      case 'originalText':
        if (target.part === undefined) row.record.originalText = cells[i]!;
        else textParts[target.part] = cell;
        break;
      case 'synthetic': {
        const flag = parseBoolean(cell);
        if (flag === undefined) problems.push({ field: 'synthetic', reason: `"${cell}" is not true/false` });
        else row.record.synthetic = flag;
        break;
      }
    }
  }
  // Text columns (NAME, BIO…) make one entry, as a Book of Memory prints it: "name — text".
  if (textParts.length > 0) row.record.originalText = textParts.filter((p) => p !== undefined && p !== '').join(' — ');
  if (parseText && row.record.originalText !== undefined) {
    row.parsed = parseEntry(row.record.originalText);
    keepEntrySource(row, row.parsed);
  }
  row.record.fields = finishFields(texts, norms, spans, row.parsed?.fields);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, row };
}

/** An entry of free text (name first), read by the Books-of-Memory parser. */
export function recordFromText(text: string): RowResult {
  const parsed = parseEntry(text);
  const fields = finishFields([], undefined, undefined, parsed.fields);
  const row: RowRecord = { record: { fields, originalText: text }, parsed };
  keepEntrySource(row, parsed);
  return { ok: true, row };
}

/**
 * A JSON object: either a record as `export` writes it (`fields` holds {text, norm?, span?}
 * per field) or a flat object of header → text, read like a table row.
 */
export function recordFromJson(value: unknown, parseText: boolean): RowResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ field: '(row)', reason: 'a line must hold a JSON object' }] };
  }
  const object = value as Record<string, unknown>;
  if (typeof object.fields === 'object' && object.fields !== null) {
    const { source, fields, locator, originalText, synthetic, ...rest } = object;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) return { ok: false, problems: [{ field: '(row)', reason: `unknown key(s): ${unknown.join(', ')}` }] };
    const row: RowRecord = { record: { fields: fields as RecordFields } };
    if (typeof source === 'string') row.citation = source;
    if (typeof locator === 'string') row.record.locator = locator;
    if (typeof originalText === 'string') row.record.originalText = originalText;
    if (typeof synthetic === 'boolean') row.record.synthetic = synthetic;
    // Shape errors (a field that is not {text}) are left for validation, which names the field.
    return { ok: true, row };
  }
  const headers = Object.keys(object);
  const unknown = headers.filter((h) => !targetOfHeader(h));
  if (unknown.length > 0) return { ok: false, problems: unknown.map((h) => ({ field: h, reason: 'unknown key' })) };
  const cells = headers.map((h) => (object[h] === null || object[h] === undefined ? '' : String(object[h])));
  return recordFromCells({ headers, targets: headers.map((h) => targetOfHeader(h)!) }, cells, parseText);
}

/**
 * Checks a finished record; problems name the field. Records from JSON go through the zod
 * schema (their shape is the file's); records built from cells or text have a shape the code
 * made, and only their texts need checking.
 */
export function validateRecord(record: RecordData, builtHere: boolean): FieldProblem[] {
  return builtHere ? builtRecordProblems(record) : recordProblems(record);
}
