/**
 * Books of Memory as they really are: one paragraph of free text per person, parsed into the
 * record fields. Entry point of the parser; the import calls `parseEntry` for each entry and
 * `summarizeParses` for its report.
 *
 *   parseEntry("Крон Арнольд Фрицевич — род. 1884, Лифляндская губ. …, латыш, б/п, …
 *               Рассстрелян 17.05.1938. Место захоронения: Бутово.")
 *
 * Every value keeps the text as written and its span [start, end) in the entry; `norm` holds
 * the EDTF date, the vocabulary key or the cleaned text. What the parser is unsure of stays in
 * `unparsed`, never guessed into a field.
 */
import type { FieldValue, RecordFields } from '../../domain/record.ts';
import { findMarkers, readEvents, readStatement, type EventKind } from './events.ts';
import { readName, readNameOnly } from './name.ts';
import { readProfile } from './profile.ts';
import { firstSentenceEnd, trimPiece, valueOf, type Piece } from './text-span.ts';

export { summarizeParses, type ParseSummary, type FieldCount, type FragmentCount } from './summary.ts';
// The vocabularies, for the layers that build entities or facets from their keys.
export { BODIES, bodyKey } from './vocab/bodies.ts';
export { CHARGE_ABBREVIATIONS, chargeKeys } from './vocab/charges.ts';
export { EDUCATION } from './vocab/education.ts';
export { NATIONALITY_KEYS, nationalityKey, nationalityLabel } from './vocab/nationalities.ts';
export { OPERATIONS, operationIn } from './vocab/operations.ts';
export { PARTY } from './vocab/party.ts';
export { SENTENCES, sentenceNorm } from './vocab/sentences.ts';
export { SITES, siteKey } from './vocab/sites.ts';
export type { VocabularyEntry } from './vocab/vocabulary.ts';

/** Version of the parse output layout; bump when keys or field meanings change. */
export const BOM_PARSER_VERSION = 1;

export interface ParsedEntry {
  /** Each value: text as written, norm (EDTF / vocabulary key / cleaned), span into the entry. */
  fields: RecordFields;
  /** Fragments of the entry left as text: nothing is dropped. */
  unparsed: string[];
  /** Where each unparsed fragment is, [start, end) into the entry (same order as `unparsed`). */
  unparsedSpans?: [number, number][];
  warnings: string[];
  /** More than 1 when one entry names several people (fields are read for the first). */
  people?: number;
  /** The entry's own "Источник:" statement, for the import to cite. */
  source?: FieldValue;
}

const FEMALE_PATRONYMIC_RE = /(?:вна|чна|кызы)$/u;
const MALE_PATRONYMIC_RE = /(?:вич|ич|оглы|оглу|улы)$/u;

/** Parses one entry (name first, then the statements). Never throws on odd text. */
export function parseEntry(text: string): ParsedEntry {
  const name = readName(text);
  const all: Piece = { start: name.bodyStart, end: text.length };
  const markers = findMarkers(text, all);
  const profileEnd = markers[0]?.word.start ?? text.length;
  const profileSentenceEnd = firstSentenceEnd(text, { start: all.start, end: profileEnd });
  const profile = readProfile(text, { start: all.start, end: profileSentenceEnd });
  const events = readEvents(text, markers);

  const fields: RecordFields = { ...name.fields, ...profile.fields, ...events.fields };
  const unparsed: Piece[] = [...profile.unparsed, ...events.unparsed];
  const profileRest = trimPiece(text, { start: profileSentenceEnd, end: profileEnd });
  if (profileRest.end > profileRest.start) unparsed.push(profileRest);

  // Several sentences over time: the norm lists them in order ("term:20y; term:10y").
  if (events.sentences.length > 1 && fields.sentence) fields.sentence = { ...fields.sentence, norm: events.sentences.join('; ') };

  const sex = events.sex ?? profile.sex ?? sexFromPatronymic(fields.patronymic) ?? events.maleVerb;
  if (sex) fields.sex = sex;

  unparsed.sort((a, b) => a.start - b.start);
  const entry: ParsedEntry = {
    fields,
    unparsed: unparsed.map((p) => text.slice(p.start, p.end)),
    unparsedSpans: unparsed.map((p) => [p.start, p.end]),
    warnings: [...name.warnings, ...profile.warnings, ...events.warnings],
  };
  if (name.people > 1) entry.people = name.people;
  if (events.source) entry.source = events.source;
  return entry;
}

function sexFromPatronymic(patronymic: FieldValue | undefined): FieldValue | undefined {
  if (!patronymic?.span) return undefined;
  const span = { start: patronymic.span[0], end: patronymic.span[1] };
  if (FEMALE_PATRONYMIC_RE.test(patronymic.text)) return { ...valueOf(patronymic.text, { start: 0, end: patronymic.text.length }, 'female'), span: [span.start, span.end] };
  if (MALE_PATRONYMIC_RE.test(patronymic.text)) return { ...valueOf(patronymic.text, { start: 0, end: patronymic.text.length }, 'male'), span: [span.start, span.end] };
  return undefined;
}

/** The kinds of statement `parseStatement` reads. */
export type StatementKind = Extract<EventKind, 'arrested' | 'sentenced' | 'verdict' | 'executed' | 'died' | 'rehabilitated' | 'burial'>;

/**
 * Parses one statement given on its own (a spreadsheet column such as "Приговорен" or
 * "Реабилитирован", or a memo-strings line), without the marker word.
 */
export function parseStatement(kind: StatementKind, text: string): ParsedEntry {
  const r = readStatement(kind, text);
  const fields = { ...r.fields };
  if (r.sentences.length > 1 && fields.sentence) fields.sentence = { ...fields.sentence, norm: r.sentences.join('; ') };
  return {
    fields,
    unparsed: r.unparsed.map((p) => text.slice(p.start, p.end)),
    unparsedSpans: r.unparsed.map((p) => [p.start, p.end]),
    warnings: r.warnings,
  };
}

/**
 * Reads a cell that holds only a full name ("Шадурский (Шуколовский) Николай Августович
 * (Самуилович)") into surname, givenName, patronymic, nameVariants and sex; spans are into
 * the cell. An import maps a NAME column here when the text column has no name of its own.
 */
export function parseFullName(text: string): ParsedEntry {
  const name = readNameOnly(text);
  const fields: RecordFields = { ...name.fields };
  const sex = sexFromPatronymic(fields.patronymic);
  if (sex) fields.sex = sex;
  const entry: ParsedEntry = { fields, unparsed: [], warnings: name.warnings };
  if (name.fields.surname === undefined && name.fields.givenName === undefined && text.trim() !== '') {
    const start = text.length - text.trimStart().length;
    entry.unparsed.push(text.trim());
    entry.unparsedSpans = [[start, start + text.trim().length]];
  }
  if (name.people > 1) entry.people = name.people;
  return entry;
}
