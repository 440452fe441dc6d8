/**
 * Compares two encoded records field by field into a packed comparison vector. Names go through
 * the names layer's comparator, cached per distinct pair of strings; everything else compares
 * integer codes.
 */
import { MAX_FORMS_COMPARED } from './names-bridge.ts';
import { FormSignatures } from './form-signatures.ts';
import { distance } from 'fastest-levenshtein';
import { F, PLACE, missingCode } from './comparison-fields.ts';
import { PairCache } from './dictionary.ts';
import type { EncodedRecords } from './encode.ts';

/** Similarity of Latin forms (1 − edits/length) from which two names count as the same name. */
export const NAME_SAME_SCORE = 0.95;
/** …as close (one typo, a transliteration variant). */
export const NAME_CLOSE_SCORE = 0.85;
/** …as similar (still more alike than two random names). */
export const NAME_SIMILAR_SCORE = 0.7;
/** Edits per letter of the Latin forms up to which two places count as similar (one typo in a
 * ten-letter name, or a transliteration variant). */
export const PLACE_SIMILAR_EDIT_RATE = 0.2;

/** Given-name level of a spelling similarity: 3 similar, 2 partly similar, 0 different. */
export function givenSimilarityLevel(score: number): number {
  if (score >= NAME_CLOSE_SCORE) return 3;
  if (score >= NAME_SIMILAR_SCORE) return 2;
  return 0;
}

/** Level of a name score: 3 same, 2 close, 1 similar, 0 different (surname's levels). */
export function nameLevel(score: number): number {
  if (score >= NAME_SAME_SCORE) return 3;
  if (score >= NAME_CLOSE_SCORE) return 2;
  if (score >= NAME_SIMILAR_SCORE) return 1;
  return 0;
}

/**
 * Columns of a record's row: the fields one comparison reads, side by side in memory. The
 * surname column holds the id of the surname's set of Latin forms (see formSetIds), which is
 * all its comparison reads: one random read less per pair.
 */
const C = {
  surname: 0, given: 1, givenGroup: 2, givenInitial: 3, patronymic: 4, patronymicGroup: 5, patronymicInitial: 6,
  birthMin: 7, birthMax: 8, birthPlace: 9, residence: 10, nationality: 11, arrestDate: 12, deathDate: 13,
  sentenceDate: 14, rehabilitationDate: 15, sex: 16, occupation: 17, sentence: 18, source: 19,
} as const;
/** Row width: the columns above, padded to 20 ints (80 bytes, under two cache lines). */
const ROW = 20;

/**
 * Each record's comparison inputs as one row of an Int32Array: comparing two records reads two
 * rows (a few cache lines) instead of one entry of each of twenty arrays, and the Latin forms
 * the name comparisons read. Built once per run; the SharedArrayBuffer lets worker threads
 * read the rows without a copy.
 */
export function comparisonInputs(r: EncodedRecords, shared = false): { rows: Int32Array; forms: ComparisonForms } {
  const bytes = r.count * ROW * 4;
  const rows = new Int32Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const surnames = formSetIds(r.surnameLatin);
  for (let i = 0, a = 0; i < r.count; i++, a += ROW) {
    const surname = r.surname[i]!;
    rows[a + C.surname] = surname < 0 ? -1 : surnames.ids[surname]!;
    rows[a + C.given] = r.given[i]!;
    rows[a + C.givenGroup] = r.givenGroup[i]!;
    rows[a + C.givenInitial] = r.givenInitial[i]!;
    rows[a + C.patronymic] = r.patronymic[i]!;
    rows[a + C.patronymicGroup] = r.patronymicGroup[i]!;
    rows[a + C.patronymicInitial] = r.patronymicInitial[i]!;
    rows[a + C.birthMin] = r.birthMin[i]!;
    rows[a + C.birthMax] = r.birthMax[i]!;
    rows[a + C.birthPlace] = r.birthPlace[i]!;
    rows[a + C.residence] = r.residence[i]!;
    rows[a + C.nationality] = r.nationality[i]!;
    rows[a + C.arrestDate] = r.arrestDate[i]!;
    rows[a + C.deathDate] = r.deathDate[i]!;
    rows[a + C.sentenceDate] = r.sentenceDate[i]!;
    rows[a + C.rehabilitationDate] = r.rehabilitationDate[i]!;
    rows[a + C.sex] = r.sex[i]!;
    rows[a + C.occupation] = r.occupation[i]!;
    rows[a + C.sentence] = r.sentence[i]!;
    rows[a + C.source] = r.source[i]!;
  }
  return { rows, forms: { surnameSets: surnames.sets, givenLatin: r.givenLatin, placeLatin: r.placeLatin } };
}

/** What a comparator needs besides the rows: the Latin forms its spelling similarity reads. */
export interface ComparisonForms {
  /** Each surname form set's Latin forms, by the ids in the rows' surname column. */
  surnameSets: readonly (readonly string[])[];
  givenLatin: readonly (readonly string[])[];
  placeLatin: readonly string[];
}

// Place value of each field and its missing code, as constants for the hot loop.
const P_SURNAME = PLACE[F.surname]!;
const P_GIVEN = PLACE[F.givenName]!;
const P_PATRONYMIC = PLACE[F.patronymic]!;
const P_BIRTH_YEAR = PLACE[F.birthYear]!;
const P_BIRTH_PLACE = PLACE[F.birthPlace]!;
const P_RESIDENCE = PLACE[F.residence]!;
const P_NATIONALITY = PLACE[F.nationality]!;
const P_ARREST = PLACE[F.arrestDate]!;
const P_DEATH = PLACE[F.deathDate]!;
const P_SENTENCE_DATE = PLACE[F.sentenceDate]!;
const P_REHABILITATION = PLACE[F.rehabilitationDate]!;
const P_SEX = PLACE[F.sex]!;
const P_OCCUPATION = PLACE[F.occupation]!;
const P_SENTENCE = PLACE[F.sentence]!;
const P_SOURCE = PLACE[F.source]!;
const MISSING_SURNAME = missingCode(F.surname);
const MISSING_GIVEN = missingCode(F.givenName);
const MISSING_PATRONYMIC = missingCode(F.patronymic);
const MISSING_BIRTH_YEAR = missingCode(F.birthYear);
const MISSING_BIRTH_PLACE = missingCode(F.birthPlace);
const MISSING_RESIDENCE = missingCode(F.residence);
const MISSING_NATIONALITY = missingCode(F.nationality);
const MISSING_SEX = missingCode(F.sex);
const MISSING_OCCUPATION = missingCode(F.occupation);
const MISSING_SENTENCE = missingCode(F.sentence);

/**
 * Ids of each name's set of compared Latin forms: spellings that romanise alike (Иван, Ivan)
 * share one, so the similarity caches below are keyed by these and compute each pair of form
 * sets once however many spellings produce it. Exact: the similarity reads nothing else. A name
 * without Latin forms gets a set of its own (two such names are not alike, but are one name).
 */
function formSetIds(forms: readonly (readonly string[])[]): { ids: Int32Array; sets: (readonly string[])[] } {
  const known = new Map<string, number>();
  const sets: (readonly string[])[] = [];
  const ids = new Int32Array(forms.length);
  forms.forEach((f, k) => {
    const set = [...new Set(f.slice(0, MAX_FORMS_COMPARED))].sort();
    const key = set.length > 0 ? set.join('\u0000') : `\u0001${k}`;
    let id = known.get(key);
    if (id === undefined) {
      id = sets.length;
      known.set(key, id);
      sets.push(set);
    }
    ids[k] = id;
  });
  return { ids, sets };
}

/**
 * Distinct pairs of form sets the caches hold per record (those the signatures cannot rule
 * out), measured on the synthetic archive with its long tail of surnames (205,090 records:
 * 332,043 surname and 139,570 given-name pairs); only sizes the caches.
 */
const SURNAME_PAIRS_PER_RECORD = 1.6;
const GIVEN_PAIRS_PER_RECORD = 0.7;

/** The distinct pairs to expect: per record, but never more than `values` can make. */
function expectedPairs(values: number, perRecords: number): number {
  return Math.min((values * (values + 1)) / 2, perRecords);
}

export class RecordComparator {
  private readonly surnameCache: PairCache<number>;
  private readonly givenCache: PairCache<number>;
  private readonly placeCache: PairCache<number>;
  /** Lengths and letters of each form set's forms: rule out most name pairs before the caches. */
  private readonly surnameSignatures: FormSignatures;
  private readonly givenSignatures: FormSignatures;
  /** Form-set id of each given name (or patronymic) and place id. */
  private readonly givenForms: Int32Array;
  private readonly placeForms: Int32Array;
  readonly rows: Int32Array;

  /**
   * From encoded records, or from rows and forms made elsewhere (a worker thread).
   * `candidateRecords`: records whose candidate pairs this comparator will compare, which sizes
   * its caches (default: all); a comparator kept for training only passes 0, so its caches
   * start small and grow if they must (at 3M records, ~200 MB less for the main thread).
   */
  constructor(source: EncodedRecords | { rows: Int32Array; forms: ComparisonForms }, candidateRecords?: number) {
    const { rows, forms } = 'rows' in source ? source : comparisonInputs(source);
    this.rows = rows;
    const s = { sets: forms.surnameSets };
    const g = formSetIds(forms.givenLatin);
    const p = formSetIds(forms.placeLatin.map((latin) => [latin]));
    this.givenForms = g.ids;
    this.placeForms = p.ids;
    const records = candidateRecords ?? this.rows.length / ROW;
    const surnames = (this.surnameSignatures = new FormSignatures(s.sets));
    const givens = (this.givenSignatures = new FormSignatures(g.sets));
    // The caches hold only pairs the signatures could not rule out (see surnameLevel).
    this.surnameCache = new PairCache((a, b) => nameLevel(surnames.bestSimilarity(a, b, NAME_SIMILAR_SCORE, NAME_SAME_SCORE)), expectedPairs(s.sets.length, SURNAME_PAIRS_PER_RECORD * records));
    // Given names and patronymics of different classes: "similar" when spelled alike (a typo,
    // a diminutive the table lacks), else different.
    this.givenCache = new PairCache((a, b) => givenSimilarityLevel(givens.bestSimilarity(a, b, NAME_SIMILAR_SCORE, NAME_CLOSE_SCORE)), expectedPairs(g.sets.length, GIVEN_PAIRS_PER_RECORD * records));
    this.placeCache = new PairCache((a, b) => placeSimilar(p.sets[a]![0]!, p.sets[b]![0]!), expectedPairs(p.sets.length, GIVEN_PAIRS_PER_RECORD * records));
  }

  /** Distinct string pairs compared by the names layer so far (for the report). */
  get nameComparisons(): number {
    return this.surnameCache.size + this.givenCache.size;
  }

  /** The packed comparison vector of records i and j. */
  compare(i: number, j: number): number {
    const R = this.rows;
    const a = i * ROW;
    const b = j * ROW;
    let code = 0;
    const sa = R[a + C.surname]!;
    const sb = R[b + C.surname]!;
    code += (sa < 0 || sb < 0 ? MISSING_SURNAME : sa === sb ? 3 : this.surnameLevel(sa, sb)) * P_SURNAME;
    code += this.givenLevel(R, a + C.given, b + C.given, MISSING_GIVEN) * P_GIVEN;
    code += this.givenLevel(R, a + C.patronymic, b + C.patronymic, MISSING_PATRONYMIC) * P_PATRONYMIC;
    // birth year: distance between the two year ranges (0 when they overlap)
    const minA = R[a + C.birthMin]!;
    const minB = R[b + C.birthMin]!;
    if (minA === 0 || minB === 0) code += MISSING_BIRTH_YEAR * P_BIRTH_YEAR;
    else {
      const d = Math.max(0, minA - R[b + C.birthMax]!, minB - R[a + C.birthMax]!);
      code += (d === 0 ? 4 : d <= 1 ? 3 : d <= 2 ? 2 : d <= 5 ? 1 : 0) * P_BIRTH_YEAR;
    }
    code += this.placeLevel(R[a + C.birthPlace]!, R[b + C.birthPlace]!, MISSING_BIRTH_PLACE) * P_BIRTH_PLACE;
    code += this.placeLevel(R[a + C.residence]!, R[b + C.residence]!, MISSING_RESIDENCE) * P_RESIDENCE;
    const na = R[a + C.nationality]!;
    const nb = R[b + C.nationality]!;
    code += (na < 0 || nb < 0 ? MISSING_NATIONALITY : na === nb ? 1 : 0) * P_NATIONALITY;
    code += dateLevel(R[a + C.arrestDate]!, R[b + C.arrestDate]!, F.arrestDate) * P_ARREST;
    code += dateLevel(R[a + C.deathDate]!, R[b + C.deathDate]!, F.deathDate) * P_DEATH;
    code += dateLevel(R[a + C.sentenceDate]!, R[b + C.sentenceDate]!, F.sentenceDate) * P_SENTENCE_DATE;
    code += dateLevel(R[a + C.rehabilitationDate]!, R[b + C.rehabilitationDate]!, F.rehabilitationDate) * P_REHABILITATION;
    const xa = R[a + C.sex]!;
    const xb = R[b + C.sex]!;
    code += (xa === 0 || xb === 0 ? MISSING_SEX : xa === xb ? 1 : 0) * P_SEX;
    code += this.placeLevel(R[a + C.occupation]!, R[b + C.occupation]!, MISSING_OCCUPATION) * P_OCCUPATION;
    const ca = R[a + C.sentence]!;
    const cb = R[b + C.sentence]!;
    code += (ca === 0 || cb === 0 ? MISSING_SENTENCE : ca === cb ? 1 : 0) * P_SENTENCE;
    code += (R[a + C.source] === R[b + C.source] ? 0 : 1) * P_SOURCE;
    return code;
  }

  /** Given name or patronymic: `a`, `b` point at the name's column; group and initial follow it. */
  private givenLevel(R: Int32Array, a: number, b: number, missing: number): number {
    const na = R[a]!;
    const nb = R[b]!;
    if (na < 0 || nb < 0) return missing;
    if (na === nb) return 4;
    const ga = R[a + 1]!;
    const gb = R[b + 1]!;
    if (ga < 0 || gb < 0) {
      const ia = R[a + 2]!;
      return ia === R[b + 2]! && ia !== 0 ? 1 : 0; // one side is an initial
    }
    if (ga === gb) return 4;
    const x = this.givenForms[na]!;
    const y = this.givenForms[nb]!;
    return this.givenSignatures.canReach(x, y, NAME_SIMILAR_SCORE) ? this.givenCache.get(x, y) : 0;
  }

  /**
   * Surname level of two form sets: "different" straight from the signatures when no pair of
   * forms can reach "similar" (most pairs), else from the cache. The level is the cache's in
   * both cases: a pair below NAME_SIMILAR_SCORE is level 0 however it is computed.
   */
  surnameLevel(x: number, y: number): number {
    return this.surnameSignatures.canReach(x, y, NAME_SIMILAR_SCORE) ? this.surnameCache.get(x, y) : 0;
  }

  private placeLevel(a: number, b: number, missing: number): number {
    if (a < 0 || b < 0) return missing;
    if (a === b) return 2;
    return this.placeCache.get(this.placeForms[a]!, this.placeForms[b]!);
  }
}

/**
 * same date 3, same month 2, same year 1, different 0; missing when either is unknown. A date
 * known only to the month meets a full date of that month at "same month".
 */
export function dateLevel(a: number, b: number, f: number): number {
  if (a === 0 || b === 0) return missingCode(f);
  if (a === b && a % 100 !== 0) return 3;
  const monthA = Math.floor(a / 100);
  if (monthA === Math.floor(b / 100) && monthA % 100 !== 0) return 2;
  return Math.floor(a / 10000) === Math.floor(b / 10000) ? 1 : 0;
}

/** 1 when two place spellings differ by few edits for their length, else 0. */
function placeSimilar(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 0;
  return distance(a, b) / longest <= PLACE_SIMILAR_EDIT_RATE ? 1 : 0;
}
