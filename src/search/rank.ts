/**
 * Scoring one record against a query, with the reasons. Pure: the same query and record
 * always give the same score, and each part says how it matched.
 */
import { distance } from 'fastest-levenshtein';
import { givenNameKeys, normalizeName, patronymicKeys, surnameKeys, surnameLatin } from './name-keys.ts';
import type { ParsedQuery } from './query.ts';
import { deletionVariants } from './keys.ts';

/**
 * Weights of the parts of a name and life (they sum to 1). The surname carries most: it is
 * the rarest part; given names repeat (a tenth of Russian men were Ivan); the patronymic
 * separates brothers' sons; the birth year separates namesakes; place is often missing.
 */
export const WEIGHTS = { surname: 0.45, givenName: 0.22, patronymic: 0.1, birth: 0.17, place: 0.06 } as const;
/** Credit for a part the query asks about but the record does not give: unknown, not wrong. */
export const MISSING_CREDIT = 0.5;
/** Surname score when the sound matches (shared DM code) but the spelling differs, before edit similarity. */
export const SOUND_MATCH_BASE = 0.8;
/**
 * Surname score when the DM codes are one digit apart (a letter misread, dropped or doubled),
 * before edit similarity: below a true sound match, well above a mere resemblance.
 */
export const NEAR_SOUND_BASE = 0.65;
/** Surnames that neither sound alike nor look alike count for at most this (typos beyond DM). */
export const SPELLING_ONLY_MAX = 0.75;
/** Hits below this score are not shown: they match in too little. */
export const MIN_SCORE = 0.45;

export type PartName = keyof typeof WEIGHTS;

export interface ScorePart {
  field: PartName;
  score: number;
  how: string;
}

export interface Scored {
  score: number;
  parts: ScorePart[];
}

/** What ranking needs of a record (columns of search_docs). */
export interface RankableDoc {
  surname: string;
  given: string;
  patronymic: string;
  surname_norm: string;
  surname_latin: string;
  surname_keys: string;
  given_keys: string;
  patronymic_keys: string;
  birth_min: number | null;
  birth_max: number | null;
  birth_text: string;
  place: string;
  region: string;
}

/** The query's parts prepared once (keys computed), to score many records quickly. */
export interface PreparedQuery {
  parsed: ParsedQuery;
  surnameNorm?: string;
  surnameLatin?: string;
  surnameKeys: string[];
  /** DM codes of the surname with one digit deleted (see keys.ts). */
  surnameVariants: Set<string>;
  givenKeys: string[];
  patronymicKeys: string[];
  placeKeys: string[][];
}

export function prepareQuery(parsed: ParsedQuery): PreparedQuery {
  return {
    parsed,
    surnameNorm: parsed.surname ? normalizeName(parsed.surname) : undefined,
    surnameLatin: parsed.surname ? surnameLatin(parsed.surname) : undefined,
    surnameKeys: parsed.surname ? surnameKeys(parsed.surname) : [],
    surnameVariants: new Set(parsed.surname ? surnameKeys(parsed.surname).flatMap(deletionVariants) : []),
    givenKeys: parsed.givenName ? givenNameKeys(parsed.givenName) : [],
    patronymicKeys: parsed.patronymic ? patronymicKeys(parsed.patronymic) : [],
    placeKeys: parsed.placeWords.map((w) => surnameKeys(w)),
  };
}

const shares = (a: readonly string[], b: readonly string[]): string | undefined => a.find((x) => b.includes(x));
const split = (s: string): string[] => (s === '' ? [] : s.split(' '));

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - distance(a, b) / longest;
}

function scoreSurname(q: PreparedQuery, doc: RankableDoc): ScorePart {
  if (!doc.surname) return { field: 'surname', score: MISSING_CREDIT, how: 'record gives no surname' };
  if (doc.surname_norm === q.surnameNorm) return { field: 'surname', score: 1, how: `surname ${doc.surname} as spelt` };
  const look = similarity(q.surnameLatin ?? '', doc.surname_latin);
  const sound = shares(q.surnameKeys, split(doc.surname_keys));
  if (sound) return { field: 'surname', score: SOUND_MATCH_BASE + (1 - SOUND_MATCH_BASE) * look, how: `surname sounds like ${doc.surname} (DM ${sound})` };
  const docCodes = split(doc.surname_keys);
  const near = docCodes.find((code) => deletionVariants(code).some((v) => q.surnameVariants.has(v)));
  if (near) return { field: 'surname', score: NEAR_SOUND_BASE + (1 - SOUND_MATCH_BASE) * look, how: `surname nearly sounds like ${doc.surname} (DM ${near}, one sound apart)` };
  const score = Math.max(0, (look - 0.5) * 2) * SPELLING_ONLY_MAX;
  return { field: 'surname', score, how: score > 0 ? `surname spelt like ${doc.surname} (${Math.round(look * 100)}% of letters)` : `surname ${doc.surname} differs` };
}

function scoreKeyed(field: 'givenName' | 'patronymic', queryText: string, keys: string[], docText: string, docKeys: string): ScorePart {
  if (!docText) return { field, score: MISSING_CREDIT, how: `record gives no ${field === 'givenName' ? 'given name' : 'patronymic'}` };
  const shared = shares(keys, split(docKeys));
  if (shared) return { field, score: 1, how: queryText === docText ? `${docText} as spelt` : `${queryText} = ${docText}` };
  return { field, score: 0, how: `${field === 'givenName' ? 'given name' : 'patronymic'} ${docText} differs` };
}

function scoreBirth(q: PreparedQuery, doc: RankableDoc): ScorePart {
  const birth = q.parsed.birth!;
  if (doc.birth_min === null || doc.birth_max === null) return { field: 'birth', score: MISSING_CREDIT, how: 'record gives no birth year' };
  const off = birth.year < doc.birth_min ? doc.birth_min - birth.year : birth.year > doc.birth_max ? birth.year - doc.birth_max : 0;
  if (off === 0) return { field: 'birth', score: 1, how: `born ${birth.year}, record says ${doc.birth_text}` };
  const score = off <= birth.tolerance ? 1 - off / (birth.tolerance + 1) : 0;
  return { field: 'birth', score, how: `born ${birth.year}, record says ${doc.birth_text} (${off} year${off === 1 ? '' : 's'} off)` };
}

function scorePlace(q: PreparedQuery, doc: RankableDoc): ScorePart {
  if (!doc.place) return { field: 'place', score: MISSING_CREDIT, how: 'record gives no place' };
  const docKeys = normalizeName(doc.place).split(' ').flatMap((w) => (w.length > 2 ? surnameKeys(w) : []));
  const hit = q.placeKeys.find((keys) => shares(keys, docKeys));
  return hit ? { field: 'place', score: 1, how: `place ${doc.place}` } : { field: 'place', score: 0, how: `place ${doc.place} differs` };
}

/** The score of one record (0..1) and the reason for each part the query asked about. */
export function scoreDoc(q: PreparedQuery, doc: RankableDoc): Scored {
  const parts: ScorePart[] = [];
  if (q.parsed.surname) parts.push(scoreSurname(q, doc));
  if (q.parsed.givenName) parts.push(scoreKeyed('givenName', q.parsed.givenName, q.givenKeys, doc.given, doc.given_keys));
  if (q.parsed.patronymic) parts.push(scoreKeyed('patronymic', q.parsed.patronymic, q.patronymicKeys, doc.patronymic, doc.patronymic_keys));
  if (q.parsed.birth) parts.push(scoreBirth(q, doc));
  if (q.placeKeys.length > 0) parts.push(scorePlace(q, doc));
  let weight = 0;
  let total = 0;
  for (const part of parts) {
    weight += WEIGHTS[part.field];
    total += WEIGHTS[part.field] * part.score;
  }
  return { score: weight === 0 ? 1 : total / weight, parts };
}

/** One line a reader understands: "surname sounds like Ежов (DM 470000); given name = Николай; …". */
export function explain(parts: readonly ScorePart[]): string {
  return parts.map((p) => p.how).join('; ');
}
