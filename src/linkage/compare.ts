/**
 * Compares two encoded records field by field into a packed comparison vector. Names go through
 * the names layer's comparator, cached per distinct pair of strings; everything else compares
 * integer codes.
 */
import { bestFormSimilarity } from './names-bridge.ts';
import { distance } from 'fastest-levenshtein';
import { F, FIELD_COUNT, missingCode, packVector } from './comparison-fields.ts';
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

export class RecordComparator {
  private readonly levels = new Uint8Array(FIELD_COUNT);
  private readonly surnameCache: PairCache<number>;
  private readonly givenCache: PairCache<number>;
  private readonly patronymicCache: PairCache<number>;
  private readonly placeCache: PairCache<number>;

  constructor(private readonly r: EncodedRecords) {
    const s = r.surnameLatin;
    const g = r.givenLatin;
    this.surnameCache = new PairCache((a, b) => nameLevel(bestFormSimilarity(s[a]!, s[b]!)));
    // Given names and patronymics of different classes: "similar" when spelled alike (a typo,
    // a diminutive the table lacks), else different.
    this.givenCache = new PairCache((a, b) => givenSimilarityLevel(bestFormSimilarity(g[a]!, g[b]!)));
    this.patronymicCache = this.givenCache;
    const latin = r.placeLatin;
    this.placeCache = new PairCache((a, b) => placeSimilar(latin[a]!, latin[b]!));
  }

  /** Distinct string pairs compared by the names layer so far (for the report). */
  get nameComparisons(): number {
    return this.surnameCache.size + this.givenCache.size + this.patronymicCache.size;
  }

  /** The packed comparison vector of records i and j. */
  compare(i: number, j: number): number {
    const r = this.r;
    const L = this.levels;
    // surname
    const sa = r.surname[i]!;
    const sb = r.surname[j]!;
    L[F.surname] = sa < 0 || sb < 0 ? missingCode(F.surname) : sa === sb ? 3 : this.surnameCache.get(sa, sb);
    L[F.givenName] = this.givenLevel(r.given[i]!, r.given[j]!, r.givenGroup[i]!, r.givenGroup[j]!, r.givenInitial[i]!, r.givenInitial[j]!, this.givenCache, F.givenName);
    L[F.patronymic] = this.givenLevel(r.patronymic[i]!, r.patronymic[j]!, r.patronymicGroup[i]!, r.patronymicGroup[j]!, r.patronymicInitial[i]!, r.patronymicInitial[j]!, this.patronymicCache, F.patronymic);
    // birth year: distance between the two year ranges (0 when they overlap)
    if (r.birthMin[i] === 0 || r.birthMin[j] === 0) L[F.birthYear] = missingCode(F.birthYear);
    else {
      const d = Math.max(0, r.birthMin[i]! - r.birthMax[j]!, r.birthMin[j]! - r.birthMax[i]!);
      L[F.birthYear] = d === 0 ? 4 : d <= 1 ? 3 : d <= 2 ? 2 : d <= 5 ? 1 : 0;
    }
    L[F.birthPlace] = this.placeLevel(r.birthPlace[i]!, r.birthPlace[j]!, F.birthPlace);
    L[F.residence] = this.placeLevel(r.residence[i]!, r.residence[j]!, F.residence);
    const na = r.nationality[i]!;
    const nb = r.nationality[j]!;
    L[F.nationality] = na < 0 || nb < 0 ? missingCode(F.nationality) : na === nb ? 1 : 0;
    L[F.arrestDate] = dateLevel(r.arrestDate[i]!, r.arrestDate[j]!, F.arrestDate);
    L[F.deathDate] = dateLevel(r.deathDate[i]!, r.deathDate[j]!, F.deathDate);
    L[F.sentenceDate] = dateLevel(r.sentenceDate[i]!, r.sentenceDate[j]!, F.sentenceDate);
    L[F.rehabilitationDate] = dateLevel(r.rehabilitationDate[i]!, r.rehabilitationDate[j]!, F.rehabilitationDate);
    const xa = r.sex[i]!;
    const xb = r.sex[j]!;
    L[F.sex] = xa === 0 || xb === 0 ? missingCode(F.sex) : xa === xb ? 1 : 0;
    L[F.occupation] = this.placeLevel(r.occupation[i]!, r.occupation[j]!, F.occupation);
    const ca = r.sentence[i]!;
    const cb = r.sentence[j]!;
    L[F.sentence] = ca === 0 || cb === 0 ? missingCode(F.sentence) : ca === cb ? 1 : 0;
    L[F.source] = r.source[i] === r.source[j] ? 0 : 1;
    return packVector(L);
  }

  private givenLevel(a: number, b: number, ga: number, gb: number, ia: number, ib: number, cache: PairCache<number>, f: number): number {
    if (a < 0 || b < 0) return missingCode(f);
    if (a === b) return 4;
    if (ga < 0 || gb < 0) return ia === ib && ia !== 0 ? 1 : 0; // one side is an initial
    if (ga === gb) return 4;
    return cache.get(a, b);
  }

  private placeLevel(a: number, b: number, f: number): number {
    if (a < 0 || b < 0) return missingCode(f);
    if (a === b) return 2;
    return this.placeCache.get(a, b);
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
