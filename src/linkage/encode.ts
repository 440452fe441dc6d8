/**
 * Encodes records once into typed arrays of integer codes: the form blocking and comparison
 * work on. Every distinct string goes through the names layer once (keys, groups, Latin form),
 * never once per pair.
 */
import type { RecordData, FieldValue } from '../domain/record.ts';
import { edtfYear, normalizeDate } from '../domain/dates.ts';
import { normalizeName, surnameKeys, surnameBase, givenNameGroup, givenNameKeys, keyLatinForms, patronymicStem, clearNameMemo } from './names-bridge.ts';
import { nationalityKey, nationalityLabel, NATIONALITY_KEYS } from '../ingest/bom/vocab/nationalities.ts';
import { sentenceNorm } from '../ingest/bom/vocab/sentences.ts';
import { Dictionary } from './dictionary.ts';
import { FieldMemo } from './field-memo.ts';

/** A record to link: its archive id and its data. */
export interface LinkInput {
  id: string;
  data: RecordData;
}

/**
 * The id of a name's normalised form in a dictionary, looked up by its raw text in one step: a
 * spelling repeats across records, so one Map lookup replaces normalising and interning.
 */
class TextIds {
  private readonly known = new Map<string, number>();
  constructor(private readonly dictionary: Dictionary) {}

  of(raw: string): number {
    let id = this.known.get(raw);
    if (id === undefined) {
      id = this.dictionary.intern(normalizeName(raw));
      this.known.set(raw, id);
    }
    return id;
  }
}

/** Per record integer codes; -1 (or 0 for years and dates) means missing. */
export interface EncodedRecords {
  count: number;
  ids: string[];
  source: Int32Array;
  /** Normalised surname (id in `surnames`). */
  surname: Int32Array;
  /** Term-frequency class of the surname: records whose surnames share all phonetic keys. */
  surnameTf: Int32Array;
  given: Int32Array;
  /** Given-name equivalence class (Иван = Ivan = Jan), or the name itself when unknown. */
  givenGroup: Int32Array;
  /** First Latin letter of the given name (for initials), char code or 0. */
  givenInitial: Int32Array;
  patronymic: Int32Array;
  /** Equivalence class of the father's given name read from the patronymic. */
  patronymicGroup: Int32Array;
  patronymicInitial: Int32Array;
  birthMin: Int16Array;
  birthMax: Int16Array;
  /** yyyymmdd when the birth date is known to the day, else 0. */
  birthDay: Int32Array;
  /** Key id of the surname's first Latin letters (catches typos that change its sound key). */
  surnamePrefix: Int32Array;
  /** Key id of the surname's last Latin letters (catches a typo in its first letters), -1 when missing. */
  surnameSuffix: Int32Array;
  /** Char code of the surname's first Latin letter, 0 when missing. */
  surnameInitial: Int32Array;
  birthPlace: Int32Array;
  nationality: Int32Array;
  residence: Int32Array;
  /** yyyymmdd for day-precision dates, yyyymm00 for a month, yyyy0000 for a year; 0 when missing. */
  arrestDate: Int32Array;
  deathDate: Int32Array;
  sentenceDate: Int32Array;
  rehabilitationDate: Int32Array;
  /** 1 male, 2 female, 0 unknown. */
  sex: Int8Array;
  /** Occupation (id in `places`, so it is compared by its Latin form like a place), -1 missing. */
  occupation: Int32Array;
  /** Sentence: SENTENCE_DEATH, SENTENCE_TERM_BASE + years, or an id above SENTENCE_OTHER_BASE; 0 missing. */
  sentence: Int32Array;
  /** Blocking keys per distinct surname id (interned in `keys`). */
  surnameKeyIds: number[][];
  /** Blocking keys per distinct given-name id. */
  givenKeyIds: number[][];
  surnames: Dictionary;
  givens: Dictionary;
  groups: Dictionary;
  places: Dictionary;
  keys: Dictionary;
  /** Latin form of each distinct place (for fuzzy place comparison). */
  placeLatin: string[];
  /** Latin forms of each distinct surname's base (masculine form), for similarity. */
  surnameLatin: string[][];
  /** Latin forms of each distinct given name or patronymic. */
  givenLatin: string[][];
}

/** Letters of the surname's Latin form that make its prefix key: a typo after them still meets. */
export const SURNAME_PREFIX_LENGTH = 3;

/** Letters of the surname's Latin form that make its suffix key: a typo before them still meets. */
export const SURNAME_SUFFIX_LENGTH = 3;

/** A name of at most this many letters (after dropping dots) is read as an initial. */
export const INITIAL_MAX_LENGTH = 1;

function text(v: FieldValue | undefined): string {
  return v?.text.trim() ?? '';
}

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

/**
 * The given-name class of a name: the names layer's, else that of one of its Latin forms (the
 * table may know "Mikhal" but not "Михал"), else undefined.
 */
function givenClass(norm: string): { group: string; keys: string[] } | undefined {
  const own = givenNameGroup(norm);
  if (own) return { group: own, keys: givenNameKeys(norm) };
  for (const form of keyLatinForms(norm)) {
    const group = givenNameGroup(form);
    if (group) return { group, keys: [...new Set([...givenNameKeys(norm), ...givenNameKeys(form)])] };
  }
  return undefined;
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

function latinInitial(name: string): number {
  const latin = keyLatinForms(name)[0] ?? name;
  return latin.length > 0 ? latin.charCodeAt(0) : 0;
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

/**
 * Encodes the records. `inputs` may be any iterable (rows read one by one from the archive, so
 * millions of records are never held as objects at once); `count` is then how many it yields.
 */
export function encodeRecords(inputs: Iterable<LinkInput>, count?: number): EncodedRecords {
  const n = count ?? (Array.isArray(inputs) ? inputs.length : NaN);
  if (!Number.isInteger(n) || n < 0) throw new Error('linkage: encodeRecords needs the number of records of an iterable');
  const sources = new Dictionary();
  const surnames = new Dictionary();
  const givens = new Dictionary();
  const groups = new Dictionary();
  const places = new Dictionary();
  const keys = new Dictionary();
  const tfClasses = new Dictionary();
  const nationalities = new Dictionary();
  const sentenceWordings = new Dictionary();
  const out: EncodedRecords = {
    count: n,
    ids: new Array<string>(n),
    source: new Int32Array(n),
    surname: new Int32Array(n).fill(-1),
    surnameTf: new Int32Array(n).fill(-1),
    given: new Int32Array(n).fill(-1),
    givenGroup: new Int32Array(n).fill(-1),
    givenInitial: new Int32Array(n),
    patronymic: new Int32Array(n).fill(-1),
    patronymicGroup: new Int32Array(n).fill(-1),
    patronymicInitial: new Int32Array(n),
    birthMin: new Int16Array(n),
    birthMax: new Int16Array(n),
    birthDay: new Int32Array(n),
    surnamePrefix: new Int32Array(n).fill(-1),
    surnameInitial: new Int32Array(n),
    surnameSuffix: new Int32Array(n).fill(-1),
    birthPlace: new Int32Array(n).fill(-1),
    nationality: new Int32Array(n).fill(-1),
    residence: new Int32Array(n).fill(-1),
    arrestDate: new Int32Array(n),
    deathDate: new Int32Array(n),
    sentenceDate: new Int32Array(n),
    rehabilitationDate: new Int32Array(n),
    sex: new Int8Array(n),
    occupation: new Int32Array(n).fill(-1),
    sentence: new Int32Array(n),
    surnameKeyIds: [],
    givenKeyIds: [],
    surnames,
    givens,
    groups,
    places,
    keys,
    placeLatin: [],
    surnameLatin: [],
    givenLatin: [],
  };
  // Per distinct string: the names layer runs once.
  const surnameTfOf: number[] = [];
  const surnamePrefixOf: number[] = [];
  const surnameInitialOf: number[] = [];
  const surnameSuffixOf: number[] = [];
  const givenInfo: { group: number; initial: number }[] = [];
  const patronymicInfo = new Map<number, { group: number; initial: number }>();

  // Per distinct field text: each date, place, sentence and sex is parsed once.
  const birth = new FieldMemo((v) => {
    const born = years(v);
    return born ? { min: born.min, max: born.max, day: dateCode(v) } : undefined;
  });
  const dates = new FieldMemo(dateCode);
  const placeKeyOf = new FieldMemo((v) => places.intern(placeKey(v!.text.trim())));
  const nationalityOf = new FieldMemo(nationalityCode);
  const sexOf = new FieldMemo(sexCode);
  const sentenceOf = new FieldMemo((v) => sentenceCode(v, sentenceWordings));

  const surnameIds = new TextIds(surnames);
  const givenIds = new TextIds(givens);
  const placeIds = new TextIds(places);

  const givenOf = (name: string): number => {
    const id = givenIds.of(name);
    if (givenInfo[id] === undefined) {
      const norm = givens.values[id]!;
      const isInitial = norm.replace(/\./g, '').length <= INITIAL_MAX_LENGTH;
      const known = isInitial ? undefined : givenClass(norm);
      const group = isInitial ? -1 : groups.intern(known?.group ?? `=${keyLatinForms(norm)[0] ?? norm}`);
      givenInfo[id] = { group, initial: latinInitial(norm) };
      out.givenKeyIds[id] = isInitial ? [] : (known?.keys ?? givenNameKeys(norm)).map((k) => keys.intern(`g:${k}`));
    }
    return id;
  };

  let i = -1;
  for (const input of inputs) {
    if (++i >= n) throw new Error(`linkage: more records than the ${n} announced`);
    out.ids[i] = input.id;
    const { data } = input;
    const fields = data.fields;
    out.source[i] = sources.intern(data.sourceId);
    const surname = text(fields.surname);
    if (surname) {
      const id = surnameIds.of(surname);
      if (surnameTfOf[id] === undefined) {
        const ks = [...new Set(surnameKeys(surnames.values[id]!))].sort();
        out.surnameKeyIds[id] = ks.map((k) => keys.intern(`s:${k}`));
        surnameTfOf[id] = tfClasses.intern(ks.join(' ') || surnames.values[id]!);
        const latin = keyLatinForms(surnameBase(surnames.values[id]!))[0] ?? '';
        surnamePrefixOf[id] = latin.length >= SURNAME_PREFIX_LENGTH ? keys.intern(`p:${latin.slice(0, SURNAME_PREFIX_LENGTH)}`) : -1;
        surnameInitialOf[id] = latin.length > 0 ? latin.charCodeAt(0) : 0;
        surnameSuffixOf[id] = latin.length >= SURNAME_SUFFIX_LENGTH + 1 ? keys.intern(`x:${latin.slice(-SURNAME_SUFFIX_LENGTH)}`) : -1;
      }
      out.surname[i] = id;
      out.surnameTf[i] = surnameTfOf[id]!;
      out.surnamePrefix[i] = surnamePrefixOf[id]!;
      out.surnameInitial[i] = surnameInitialOf[id]!;
      out.surnameSuffix[i] = surnameSuffixOf[id]!;
    }
    const given = text(fields.givenName);
    if (given) {
      const id = givenOf(given);
      out.given[i] = id;
      out.givenGroup[i] = givenInfo[id]!.group;
      out.givenInitial[i] = givenInfo[id]!.initial;
    }
    const patronymic = text(fields.patronymic);
    if (patronymic) {
      const id = givenIds.of(patronymic);
      let info = patronymicInfo.get(id);
      if (!info) {
        const norm = givens.values[id]!;
        const isInitial = norm.replace(/\./g, '').length <= INITIAL_MAX_LENGTH;
        // The father's name: its group when the names layer knows it (so Иванович meets Иван),
        // else the Latin stem, so two spellings of one patronymic still meet.
        const father = isInitial ? undefined : patronymicStem(norm);
        const group = isInitial ? -1 : groups.intern(father ? givenNameGroup(father) ?? `=${keyLatinForms(father)[0] ?? father}` : `~${keyLatinForms(norm)[0] ?? norm}`);
        info = { group, initial: latinInitial(norm) };
        patronymicInfo.set(id, info);
      }
      out.patronymic[i] = id;
      out.patronymicGroup[i] = info.group;
      out.patronymicInitial[i] = info.initial;
    }
    const born = birth.get(fields.birthDate);
    if (born) {
      out.birthMin[i] = born.min;
      out.birthMax[i] = born.max;
      if (born.day % 10000 !== 0) out.birthDay[i] = born.day;
    }
    if (text(fields.birthPlace)) out.birthPlace[i] = placeKeyOf.get(fields.birthPlace);
    const residence = text(fields.residence);
    // An address is compared whole: for families the street and house matter.
    if (residence) out.residence[i] = placeIds.of(residence);
    const nationality = nationalityOf.get(fields.nationality);
    if (nationality) out.nationality[i] = nationalities.intern(nationality);
    out.arrestDate[i] = dates.get(fields.arrestDate);
    out.deathDate[i] = dates.get(fields.executionDate ?? fields.deathDate);
    out.sentenceDate[i] = dates.get(fields.sentenceDate);
    out.rehabilitationDate[i] = dates.get(fields.rehabilitationDate);
    out.sex[i] = sexOf.get(fields.sex);
    const occupation = text(fields.occupation);
    if (occupation) out.occupation[i] = placeIds.of(occupation);
    out.sentence[i] = sentenceOf.get(fields.sentence);
  }
  if (i !== n - 1) throw new Error(`linkage: ${i + 1} records where ${n} were announced`);
  out.placeLatin = places.values.map((p) => keyLatinForms(p)[0] ?? p);
  out.surnameLatin = surnames.values.map((v) => keyLatinForms(surnameBase(v)));
  out.givenLatin = givens.values.map((v) => keyLatinForms(v));
  clearNameMemo();
  return out;
}
