/**
 * What search keeps of a record: its names as written and as keys, its birth years, and the
 * values it can be filtered and counted by (facets). Built from the record's fields only, so
 * the index can always be rebuilt from the archive.
 */
import type { RecordFields } from '../domain/record.ts';
import { edtfYear, normalizeDate } from '../domain/dates.ts';
import { givenNameKeys, normalizeName, patronymicKeys, repairedGivenKeys, surnameKeys, surnameLatin } from './name-keys.ts';
import { memo } from './memo.ts';

export interface SearchDoc {
  recordId: string;
  sourceId: string;
  surname: string;
  givenName: string;
  patronymic: string;
  /** Normalised surname (for the exact-spelling switch). */
  surnameNorm: string;
  /** One Latin spelling of the surname's base (for edit distance across scripts). */
  surnameLatin: string;
  surnameKeys: string[];
  givenKeys: string[];
  patronymicKeys: string[];
  birthText: string;
  birthMin?: number;
  birthMax?: number;
  place: string;
  region: string;
  nationality: string;
  sentence: string;
  arrestYear?: number;
  operation: string;
  synthetic: boolean;
}

/** Nationality words as records write them (Russian, English, Polish, German) → facet key. */
const NATIONALITY_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^(рус|russ|rosj)/, 'russian'], [/^(укр|ukr)/, 'ukrainian'], [/^(белор|belar|belor|białor|weißr)/, 'belarusian'],
  [/^(пол[яь]|поль|pol)/, 'polish'], [/^(нем|germ|deut|niem)/, 'german'], [/^(евр|jew|jud|żyd)/, 'jewish'],
  [/^(латы|latv|lett|łotw)/, 'latvian'], [/^(финн|фин|finn|fin)/, 'finnish'], [/^(коре|kore)/, 'korean'],
  [/^(эст|eston|estn)/, 'estonian'], [/^(лит|lith|litau|litw)/, 'lithuanian'], [/^(тат|tatar)/, 'tatar'],
];

export function nationalityKey(text: string): string {
  const lower = text.trim().toLowerCase();
  for (const [pattern, key] of NATIONALITY_WORDS) if (pattern.test(lower)) return key;
  return lower;
}

/** Sentence categories for facets: the death penalty, a camp term, or anything else. */
export function sentenceKey(text: string): string {
  if (text.trim() === '') return '';
  if (/вмн|расстрел|высш|death|shoot|execut|rozstrz|erschie/i.test(text)) return 'death';
  if (/итл|лаг|лет|год|camp|year|łag|lager|jahr/i.test(text)) return 'camp';
  return 'other';
}

/** NKVD orders by number ("приказ НКВД № 00447", "order 00447" → "00447"); other text as is. */
export function operationKey(text: string): string {
  const order = /\b(00\d{3})\b/.exec(text);
  return order ? order[1]! : text.trim().toLowerCase();
}

function yearsOf(text: string, norm: string | undefined): { min: number; max: number } | undefined {
  const edtf = norm ?? normalizeDate(text)?.edtf;
  const span = edtf ? edtfYear(edtf) : undefined;
  if (span) return span;
  const year = /\b(1[789]\d\d)\b/.exec(text);
  return year ? { min: Number(year[1]), max: Number(year[1]) } : undefined;
}

/*
 * What a document makes of each field, remembered per distinct text: a build files millions of
 * records whose dates, given names and facet values repeat (31,000 birth dates and 21,000
 * given names in a million records). The values are shared between documents: read-only.
 * (Surnames have a long tail, 413,000 in a million records: the names layer's own caches
 * serve their repeats; one more memo saved nothing measurable.)
 */
const yearsOfText = memo((text: string) => yearsOf(text, undefined));
const nationalityOf = memo(nationalityKey);
const sentenceOf = memo(sentenceKey);
const operationOf = memo(operationKey);
const givenKeysOf = memo((givenName: string) => [...givenNameKeys(givenName), ...repairedGivenKeys(givenName)]);

function years(value: { text: string; norm?: string } | undefined): { min: number; max: number } | undefined {
  if (!value) return undefined;
  return value.norm === undefined ? yearsOfText(value.text) : yearsOf(value.text, value.norm);
}

const text = (fields: RecordFields, name: keyof RecordFields): string => fields[name]?.text ?? '';

export function toSearchDoc(recordId: string, sourceId: string, fields: RecordFields, synthetic: boolean): SearchDoc {
  const surname = text(fields, 'surname');
  const givenName = text(fields, 'givenName');
  const patronymic = text(fields, 'patronymic');
  const birth = years(fields.birthDate);
  const arrest = years(fields.arrestDate);
  const placeText = text(fields, 'birthPlace') || text(fields, 'residence');
  const comma = placeText.lastIndexOf(',');
  const doc: SearchDoc = {
    recordId,
    sourceId,
    surname,
    givenName,
    patronymic,
    surnameNorm: normalizeName(surname),
    surnameLatin: surname ? surnameLatin(surname) : '',
    surnameKeys: surname ? surnameKeys(surname) : [],
    givenKeys: givenName ? givenKeysOf(givenName) : [],
    patronymicKeys: patronymic ? patronymicKeys(patronymic) : [],
    birthText: text(fields, 'birthDate'),
    place: placeText.trim(),
    region: comma >= 0 ? placeText.slice(comma + 1).trim() : '',
    nationality: fields.nationality?.norm ?? nationalityOf(text(fields, 'nationality')),
    sentence: sentenceOf(text(fields, 'sentence')),
    operation: operationOf(text(fields, 'operation')),
    synthetic,
  };
  if (birth) {
    doc.birthMin = birth.min;
    doc.birthMax = birth.max;
  }
  if (arrest && arrest.min === arrest.max) doc.arrestYear = arrest.min;
  return doc;
}
