/**
 * Encodes records once into typed arrays of integer codes: the form blocking and comparison
 * work on. Every distinct string goes through the names layer once (keys, groups, Latin form),
 * never once per pair.
 */
import type { RecordData, FieldValue } from '../domain/record.ts';
import { normalizeName, keyLatinForms, clearNameMemo } from './names-bridge.ts';
import { NameFeatureQueue } from './name-features-queue.ts';
import type { GivenFeatures, PatronymicFeatures, SurnameFeatures } from './name-features.ts';
import { Dictionary } from './dictionary.ts';
import { FieldMemo } from './field-memo.ts';
import { dateCode, nationalityCode, placeKey, sentenceCode, sexCode, years } from './field-codes.ts';

export { dateCode, nationalityCode, placeKey, sentenceCode, sexCode, years, SENTENCE_DEATH, SENTENCE_OTHER_BASE, SENTENCE_TERM_BASE } from './field-codes.ts';

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

export { INITIAL_MAX_LENGTH } from './name-features.ts';

/**
 * Records from which the names layer's work runs on a worker thread beside the main one:
 * starting the worker (loading its modules through tsx) costs about half a second, which a
 * smaller archive encodes in.
 */
export const NAME_WORKER_MIN_RECORDS = 50_000;

function text(v: FieldValue | undefined): string {
  return v?.text.trim() ?? '';
}

/**
 * Encodes the records. `inputs` may be any iterable (rows read one by one from the archive, so
 * millions of records are never held as objects at once); `count` is then how many it yields.
 * Each distinct name is romanised and keyed once, on a worker thread for a large archive
 * (`nameWorker`, default from NAME_WORKER_MIN_RECORDS records), while this thread reads on.
 */
export function encodeRecords(inputs: Iterable<LinkInput>, count?: number, options: { nameWorker?: boolean } = {}): EncodedRecords {
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
  // Per distinct string the names layer runs once: requested as the record loop meets it,
  // answered (maybe on another thread) after it; the request numbers are kept per id.
  const features = new NameFeatureQueue(n, options.nameWorker ?? n >= NAME_WORKER_MIN_RECORDS);
  const surnameRequest: number[] = [];
  const givenRequest: number[] = [];
  const patronymicRequest: number[] = [];
  const latinRequest: number[] = [];

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

  /** The id of a given name or patronymic, its Latin forms and (`requests`) its features requested once. */
  const givenOrPatronymic = (name: string, requests: number[], kind: 'G' | 'P'): number => {
    const id = givenIds.of(name);
    if (requests[id] === undefined) requests[id] = features.request(kind, givens.values[id]!);
    if (latinRequest[id] === undefined) latinRequest[id] = features.request('L', givens.values[id]!);
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
      if (surnameRequest[id] === undefined) surnameRequest[id] = features.request('S', surnames.values[id]!);
      out.surname[i] = id;
    }
    const given = text(fields.givenName);
    if (given) out.given[i] = givenOrPatronymic(given, givenRequest, 'G');
    const patronymic = text(fields.patronymic);
    if (patronymic) out.patronymic[i] = givenOrPatronymic(patronymic, patronymicRequest, 'P');
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
  const answers = features.finish();
  fillNameCodes(out, answers, surnameRequest, givenRequest, patronymicRequest, tfClasses);
  out.placeLatin = places.values.map((p) => keyLatinForms(p)[0] ?? p);
  out.surnameLatin = surnames.values.map((_, id) => (answers[surnameRequest[id]!] as SurnameFeatures).latin);
  out.givenLatin = givens.values.map((_, id) => answers[latinRequest[id]!] as string[]);
  clearNameMemo();
  return out;
}

/**
 * The records' name codes from the names layer's answers. Records are visited in order and
 * each id's keys and groups interned at its first record, as when they were computed in the
 * record loop: the dictionaries' ids, and so blocking, come out the same.
 */
function fillNameCodes(out: EncodedRecords, answers: unknown[], surnameRequest: number[], givenRequest: number[], patronymicRequest: number[], tfClasses: Dictionary): void {
  const { keys, groups, surnames } = out;
  const surnameTfOf: number[] = [];
  const surnamePrefixOf: number[] = [];
  const surnameInitialOf: number[] = [];
  const surnameSuffixOf: number[] = [];
  const givenGroupOf: number[] = [];
  const givenInitialOf: number[] = [];
  const patronymicGroupOf: number[] = [];
  const patronymicInitialOf: number[] = [];
  for (let i = 0; i < out.count; i++) {
    const s = out.surname[i]!;
    if (s >= 0) {
      if (surnameTfOf[s] === undefined) {
        const f = answers[surnameRequest[s]!] as SurnameFeatures;
        out.surnameKeyIds[s] = f.keys.map((k) => keys.intern(`s:${k}`));
        surnameTfOf[s] = tfClasses.intern(f.keys.join(' ') || surnames.values[s]!);
        const latin = f.latin[0] ?? '';
        surnamePrefixOf[s] = latin.length >= SURNAME_PREFIX_LENGTH ? keys.intern(`p:${latin.slice(0, SURNAME_PREFIX_LENGTH)}`) : -1;
        surnameInitialOf[s] = latin.length > 0 ? latin.charCodeAt(0) : 0;
        surnameSuffixOf[s] = latin.length >= SURNAME_SUFFIX_LENGTH + 1 ? keys.intern(`x:${latin.slice(-SURNAME_SUFFIX_LENGTH)}`) : -1;
      }
      out.surnameTf[i] = surnameTfOf[s]!;
      out.surnamePrefix[i] = surnamePrefixOf[s]!;
      out.surnameInitial[i] = surnameInitialOf[s]!;
      out.surnameSuffix[i] = surnameSuffixOf[s]!;
    }
    const g = out.given[i]!;
    if (g >= 0) {
      if (givenGroupOf[g] === undefined) {
        const f = answers[givenRequest[g]!] as GivenFeatures;
        givenGroupOf[g] = f.group === null ? -1 : groups.intern(f.group);
        givenInitialOf[g] = f.initial;
        out.givenKeyIds[g] = f.keys.map((k) => keys.intern(`g:${k}`));
      }
      out.givenGroup[i] = givenGroupOf[g]!;
      out.givenInitial[i] = givenInitialOf[g]!;
    }
    const p = out.patronymic[i]!;
    if (p >= 0) {
      if (patronymicGroupOf[p] === undefined) {
        const f = answers[patronymicRequest[p]!] as PatronymicFeatures;
        patronymicGroupOf[p] = f.group === null ? -1 : groups.intern(f.group);
        patronymicInitialOf[p] = f.initial;
      }
      out.patronymicGroup[i] = patronymicGroupOf[p]!;
      out.patronymicInitial[i] = patronymicInitialOf[p]!;
    }
  }
}
