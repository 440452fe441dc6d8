/**
 * How linkage reads the fields other than names into comparable codes: years and dates (to the
 * day, month or year), the sentence (death, or a term in years, in several languages), sex,
 * the settlement of a place, nationality.
 */
import type { FieldValue } from '../domain/record.ts';
import { edtfYear, normalizeDate } from '../domain/dates.ts';
import { nationalityKey, nationalityLabel, NATIONALITY_KEYS } from '../ingest/bom/vocab/nationalities.ts';
import { sentenceNorm } from '../ingest/bom/vocab/sentences.ts';
import type { Dictionary } from './dictionary.ts';
import { normalizeName } from './names-bridge.ts';

/** One four-digit year of the period in a text the date parser does not read ("ca. 1897"). */
const LONE_YEAR = /^\D*\b(1[6-9]\d\d)\b\D*$/u;

/**
 * The years a date field covers, from its EDTF norm or, failing that, its text; a text with a
 * single year in it ("ca. 1897", "abt 1897") gives that year: Latin-script lists write
 * approximate years in ways the date parser does not read, and a lost year loses the record
 * from every year-based blocking rule.
 */
export function years(v: FieldValue | undefined): { min: number; max: number } | undefined {
  if (!v) return undefined;
  const edtf = v.norm ?? normalizeDate(v.text)?.edtf;
  const parsed = edtf ? edtfYear(edtf) : undefined;
  if (parsed) return parsed;
  const lone = LONE_YEAR.exec(v.text);
  return lone ? { min: Number(lone[1]), max: Number(lone[1]) } : undefined;
}

/** yyyymmdd (day precision), yyyymm00 (month) or yyyy0000 (year known), 0 when unknown. */
export function dateCode(v: FieldValue | undefined): number {
  if (!v) return 0;
  const edtf = v.norm ?? normalizeDate(v.text)?.edtf ?? '';
  const day = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(edtf);
  if (day) return Number(day[1]) * 10000 + Number(day[2]) * 100 + Number(day[3] ?? 0);
  const y = edtfYear(edtf);
  return y && y.min === y.max ? y.min * 10000 : 0;
}

/** Sentence codes: death; a camp term (base + years); any other wording (base + its id). */
export const SENTENCE_DEATH = 1;
export const SENTENCE_TERM_BASE = 100;
export const SENTENCE_OTHER_BASE = 1000;
/** Death sentences as the sources word them (ВМН, расстрел, shooting, rozstrzelanie, Erschießung). */
const DEATH_SENTENCE = /вмн|расстрел|высш\S* мер|death|shoot|execut|rozstrz|kara śmierci|erschie|todesstrafe/iu;
/** A term in years: "10 лет ИТЛ", "8 years of labour camp", "5 lat". */
const TERM_YEARS = /(\d{1,2})\s*(?:лет|год|years?|yrs?|lat|jahre?)/iu;

/** The sentence as a comparable code (0 when missing): death, N years, or the wording itself. */
export function sentenceCode(v: FieldValue | undefined, wordings: Dictionary): number {
  const t = v?.text.trim() ?? '';
  // The import's vocabulary key ("death", "camp:10y") when it has one, else the text read here
  // (the vocabulary reads Russian; Latin-script lists say "death", "8 years", "10 lat").
  const norm = v?.norm ?? sentenceNorm(t);
  if (norm === 'death' || DEATH_SENTENCE.test(t)) return SENTENCE_DEATH;
  const years = (norm ? /:(\d+)y$/.exec(norm) : null) ?? TERM_YEARS.exec(t);
  if (years) return SENTENCE_TERM_BASE + Number(years[1]);
  if (!norm && !t) return 0;
  return SENTENCE_OTHER_BASE + wordings.intern(norm ?? normalizeName(t));
}

const FEMALE = new Set(['ж', 'жен', 'женский', 'f', 'female', 'kobieta', 'k', 'weiblich', 'w']);
const MALE = new Set(['м', 'муж', 'мужской', 'm', 'male', 'mężczyzna', 'männlich']);

/** 1 male, 2 female, 0 unknown: from "муж.", "жен.", "male", "female", "m", "ж"… */
export function sexCode(v: FieldValue | undefined): number {
  const word = (v?.norm ?? v?.text ?? '').trim().toLowerCase().split(/[\s.]/u)[0] ?? '';
  if (FEMALE.has(word)) return 2;
  if (MALE.has(word)) return 1;
  return 0;
}

/** Drops place-type abbreviations so "г. Минск" and "Минск" meet. */
const PLACE_NOISE = /(^|[\s,.])(г|гор|д|дер|с|пос|п|ст|м|обл|р-н|губ|у|уезд|район|область|губерния|city|town|village|vil|district|region)(?=[\s,.]|$)\.?/giu;

/**
 * The settlement of a place as a comparable key: its first comma-separated part (sources add
 * district and region in their own words and scripts), without type abbreviations.
 */
export function placeKey(value: string): string {
  const settlement = value.split(/[,;(]/)[0] ?? value;
  return normalizeName(settlement.replace(PLACE_NOISE, ' ')).replace(/[.]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const BY_ENGLISH_LABEL = new Map(NATIONALITY_KEYS.map((k) => [nationalityLabel(k)!.toLowerCase(), k]));

/** The vocabulary key of a nationality in Russian (masculine or feminine) or English, else its normalised text. */
export function nationalityCode(v: FieldValue | undefined): string {
  if (!v) return '';
  if (v.norm) return v.norm;
  const t = v.text.trim();
  return nationalityKey(t) ?? BY_ENGLISH_LABEL.get(t.toLowerCase()) ?? normalizeName(t);
}
