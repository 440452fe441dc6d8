/**
 * Scoring one record against a query, with the reasons. Pure: the same query and record
 * always give the same score, and each part says how it matched.
 */
import { distance } from 'fastest-levenshtein';
import { filedGivenKey, givenNameKeys, givenNameSounds, nameLikeness, normalizeName, patronymicKeys, REPAIRED_MARK, repairedGivenKeys, latinSkeletons, surnameForms, surnameKeys, surnameLatin, surnameSkeletons } from './name-keys.ts';
import type { ParsedQuery } from './query.ts';
import { deletionVariants } from './keys.ts';
import { memo } from './memo.ts';

/**
 * Weights of the parts of a name and life (they sum to 1). The surname carries most: it is
 * the rarest part; given names repeat (a tenth of Russian men were Ivan); the patronymic
 * separates brothers' sons; the birth year separates namesakes; place is often missing.
 */
export const WEIGHTS = { surname: 0.45, givenName: 0.22, patronymic: 0.1, birth: 0.17, place: 0.06 } as const;
/** Credit for a part the query asks about but the record does not give: unknown, not wrong. */
export const MISSING_CREDIT = 0.5;
/**
 * Surname score when the sound matches (shared DM code) but the spelling differs, before the
 * letters' likeness adds up to (1 - base). Low enough that two unlike surnames meeting in one of
 * Daitch–Mokotoff's alternative codes (Хохлов ~ Kiselew: CH is coded 4 or 5) rank below a
 * spelling of the same surname.
 */
export const SOUND_MATCH_BASE = 0.6;
/**
 * Surname score when the DM codes are one digit apart (a letter misread, dropped or doubled),
 * before edit similarity: below a true sound match, well above a mere resemblance.
 */
export const NEAR_SOUND_BASE = 0.5;
/** Surnames that neither sound alike nor look alike count for at most this (typos beyond DM). */
export const SPELLING_ONLY_MAX = 0.75;
/**
 * Share of the names layer's likeness credited to a given name or patronymic whose keys differ
 * from the query's, when the record's name is a known name of its own (Инна for Анна, Марина
 * for Мария): near in letters, but as likely another person's name as a slip.
 */
export const NEAR_NAME_FACTOR = 0.75;
/**
 * The same share when the record's name is no name the table knows (Аидрей, Seregy, Пваел: its
 * keys are only sound codes): a spelling near the asked name that is not a name of its own is
 * most often that name miscopied, so it counts for more. So too when it is the query's spelling
 * that no table knows, a letter from the record's name (Juzef for Józef, Йоганн for Иоганн).
 */
export const UNKNOWN_NEAR_NAME_FACTOR = 0.9;
/**
 * Credit of a given name that is no known name but one letter from the query's (Етепан for
 * Степан, Апексей for Алексей: the index files it under that name too, see repairedGivenKeys).
 * A string that is not a name at all, a letter from the asked one, is that name miscopied far
 * more often than anything else: nearly full credit, kept below 1 so the name as spelt still
 * ranks first and the reason says it was read.
 */
export const REPAIRED_NAME_CREDIT = 0.95;
/**
 * Birth-year credit lost across the tolerance: a record a year or two out keeps most of it
 * (sources often disagree by that much). Past the tolerance it keeps falling at the same rate
 * to none, rather than at once: the query's year is itself often a guess, so a record three
 * years from it is weaker evidence, not a different person.
 */
export const BIRTH_OFF_LOSS = 0.4;
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
  /**
   * The groups of the given-name table a query's unknown given name is a letter from (Juzef →
   * Юзеф, Йоганн → Иоганн, Емил → Эмиль; see repairedGivenKeys): empty for a known name.
   */
  givenRepairs: string[];
  /** The given name's keys, its sound codes and its repairs, for reading the index (see givenNameSounds). */
  givenLookupKeys: string[];
  patronymicKeys: string[];
  placeKeys: string[][];
  /** Latin forms of the query's surname (all key schemes), for the letters' likeness. */
  surnameForms: string[];
  /** The same with the conventions of romanisation folded away (Winogradow ~ Vinogradov). */
  surnameSkeletons: string[];
  /** Letter likeness of the query's surname to each distinct surname met (per query). */
  surnameLook: Map<string, number>;
  /** The same, skeletons included, for surnames that sound alike (per query). */
  soundLook: Map<string, number>;
  /** Likeness of the query's given name / patronymic to each distinct spelling met (per query). */
  likeness: Record<'givenName' | 'patronymic', Map<string, { score: number; how: string }>>;
}

export function prepareQuery(parsed: ParsedQuery): PreparedQuery {
  const givenKeys = parsed.givenName ? givenNameKeys(parsed.givenName) : [];
  const givenRepairs = parsed.givenName ? repairedGivenKeys(parsed.givenName).map(filedGivenKey) : [];
  const surnameCodes = parsed.surname ? surnameKeys(parsed.surname) : [];
  return {
    parsed,
    surnameNorm: parsed.surname ? normalizeName(parsed.surname) : undefined,
    surnameLatin: parsed.surname ? surnameLatin(parsed.surname) : undefined,
    surnameKeys: surnameCodes,
    surnameVariants: new Set(surnameCodes.flatMap(deletionVariants)),
    givenKeys,
    givenRepairs,
    givenLookupKeys: parsed.givenName ? [...new Set([...givenKeys, ...givenNameSounds(parsed.givenName), ...givenRepairs])] : [],
    patronymicKeys: parsed.patronymic ? patronymicKeys(parsed.patronymic) : [],
    placeKeys: parsed.placeWords.map((w) => surnameKeys(w)),
    surnameForms: parsed.surname ? surnameForms(parsed.surname) : [],
    surnameSkeletons: parsed.surname ? surnameSkeletons(parsed.surname) : [],
    surnameLook: new Map(),
    soundLook: new Map(),
    likeness: { givenName: new Map(), patronymic: new Map() },
  };
}

const shares = (a: readonly string[], b: readonly string[]): string | undefined => a.find((x) => b.includes(x));

// Distinct key lists, variants and places are few beside the candidates scored: remembered (memo.ts).
const split = memo((s: string): string[] => (s === '' ? [] : s.split(' ')));
const variantsOf = memo(deletionVariants);
const placeKeysOf = memo((place: string): string[] => normalizeName(place).split(' ').flatMap((w) => (w.length > 2 ? surnameKeys(w) : [])));

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - distance(a, b) / longest;
}

const docSurnameForms = memo(surnameForms);

/**
 * How alike the letters of two surnames are (0..1): the best pair of their Latin forms, so a
 * German or Polish spelling is compared with the romanisation closest to it (Jeschow with
 * Jeschow, not with Yezhov).
 */
function surnameLook(q: PreparedQuery, doc: RankableDoc): number {
  let look = q.surnameLook.get(doc.surname);
  if (look === undefined) {
    look = similarity(q.surnameLatin ?? '', doc.surname_latin);
    for (const a of q.surnameForms) for (const b of docSurnameForms(doc.surname)) look = Math.max(look, similarity(a, b));
    q.surnameLook.set(doc.surname, look);
  }
  return look;
}

/**
 * The same for a surname that sounds (nearly) alike, also over the skeletons, so two Latin
 * spellings of one sound in different conventions (Winogradow, Vinogradov) are as alike as
 * either is to Виноградов. Only then: folding every candidate's surname would cost a third
 * more per query, and a surname of another sound is not the same name however it is spelt.
 */
function soundLook(q: PreparedQuery, doc: RankableDoc): number {
  let look = q.soundLook.get(doc.surname);
  if (look === undefined) {
    look = surnameLook(q, doc);
    if (look < 1) for (const a of q.surnameSkeletons) for (const b of latinSkeletons(doc.surname_latin)) look = Math.max(look, similarity(a, b));
    q.soundLook.set(doc.surname, look);
  }
  return look;
}

function scoreSurname(q: PreparedQuery, doc: RankableDoc, reasons: boolean): ScorePart {
  if (!doc.surname) return { field: 'surname', score: MISSING_CREDIT, how: 'record gives no surname' };
  if (doc.surname_norm === q.surnameNorm) return { field: 'surname', score: 1, how: reasons ? `surname ${doc.surname} as spelt` : '' };
  const docCodes = split(doc.surname_keys);
  const sound = shares(q.surnameKeys, docCodes);
  if (sound) return { field: 'surname', score: SOUND_MATCH_BASE + (1 - SOUND_MATCH_BASE) * soundLook(q, doc), how: reasons ? `surname sounds like ${doc.surname} (DM ${sound})` : '' };
  const near = docCodes.find((code) => variantsOf(code).some((v) => q.surnameVariants.has(v)));
  if (near) return { field: 'surname', score: NEAR_SOUND_BASE + (1 - SOUND_MATCH_BASE) * soundLook(q, doc), how: reasons ? `surname nearly sounds like ${doc.surname} (DM ${near}, one sound apart)` : '' };
  const look = surnameLook(q, doc);
  const score = Math.max(0, (look - 0.5) * 2) * SPELLING_ONLY_MAX;
  if (!reasons) return { field: 'surname', score, how: '' };
  return { field: 'surname', score, how: score > 0 ? `surname spelt like ${doc.surname} (${Math.round(look * 100)}% of letters)` : `surname ${doc.surname} differs` };
}

/** A name the given-name table knows is filed under its group (a word); any other only under sound codes (digits). */
const isKnownName = memo((keys: string): boolean => split(keys).some((k) => !/^[\d~]/.test(k)));

function scoreKeyed(q: PreparedQuery, field: 'givenName' | 'patronymic', queryText: string, keys: string[], docText: string, docKeys: string, reasons: boolean): ScorePart {
  const label = field === 'givenName' ? 'given name' : 'patronymic';
  if (!docText) return { field, score: MISSING_CREDIT, how: reasons ? `record gives no ${label}` : '' };
  const docKeyList = split(docKeys);
  if (shares(keys, docKeyList)) return { field, score: 1, how: reasons ? (queryText === docText ? `${docText} as spelt` : `${queryText} = ${docText}`) : '' };
  if (docKeys.includes(REPAIRED_MARK) && docKeyList.some((k) => k.startsWith(REPAIRED_MARK) && keys.includes(filedGivenKey(k)))) {
    return { field, score: REPAIRED_NAME_CREDIT, how: reasons ? `${label} ${docText} is close to ${queryText} (no known name, a letter from it)` : '' };
  }
  const seen = q.likeness[field];
  let near = seen.get(docText);
  if (near === undefined) {
    near = nameLikeness(field, queryText, docText);
    seen.set(docText, near);
  }
  // A known name of the record's own counts less, unless the query's spelling is no known name
  // and a letter from it (Juzef for Józef, Йоганн for Иоганн): then the query is that name, spelt otherwise.
  const queryRepaired = field === 'givenName' && shares(q.givenRepairs, docKeyList) !== undefined;
  const score = near.score * (isKnownName(docKeys) && !queryRepaired ? NEAR_NAME_FACTOR : UNKNOWN_NEAR_NAME_FACTOR);
  if (!reasons) return { field, score, how: '' };
  return { field, score, how: score > 0 ? `${label} ${docText} is close to ${queryText} (${near.how})` : `${label} ${docText} differs` };
}

function scoreBirth(q: PreparedQuery, doc: RankableDoc, reasons: boolean): ScorePart {
  const birth = q.parsed.birth!;
  if (doc.birth_min === null || doc.birth_max === null) return { field: 'birth', score: MISSING_CREDIT, how: 'record gives no birth year' };
  const off = birth.year < doc.birth_min ? doc.birth_min - birth.year : birth.year > doc.birth_max ? birth.year - doc.birth_max : 0;
  if (off === 0) return { field: 'birth', score: 1, how: reasons ? `born ${birth.year}, record says ${doc.birth_text}` : '' };
  const score = birth.tolerance === 0 ? 0 : Math.max(0, 1 - (BIRTH_OFF_LOSS * off) / birth.tolerance);
  if (!reasons) return { field: 'birth', score, how: '' };
  return { field: 'birth', score, how: `born ${birth.year}, record says ${doc.birth_text} (${off} year${off === 1 ? '' : 's'} off)` };
}

function scorePlace(q: PreparedQuery, doc: RankableDoc, reasons: boolean): ScorePart {
  if (!doc.place) return { field: 'place', score: MISSING_CREDIT, how: 'record gives no place' };
  const docKeys = placeKeysOf(doc.place);
  const hit = q.placeKeys.find((keys) => shares(keys, docKeys));
  if (!reasons) return { field: 'place', score: hit ? 1 : 0, how: '' };
  return hit ? { field: 'place', score: 1, how: `place ${doc.place}` } : { field: 'place', score: 0, how: `place ${doc.place} differs` };
}

/**
 * The score of one record (0..1) and the reason for each part the query asked about. With
 * `reasons` false the parts' `how` is left empty: the same scores, without building the
 * sentences, for ranking thousands of candidates of which a page is shown.
 */
export function scoreDoc(q: PreparedQuery, doc: RankableDoc, reasons = true): Scored {
  const parts: ScorePart[] = [];
  if (q.parsed.surname) parts.push(scoreSurname(q, doc, reasons));
  if (q.parsed.givenName) parts.push(scoreKeyed(q, 'givenName', q.parsed.givenName, q.givenKeys, doc.given, doc.given_keys, reasons));
  if (q.parsed.patronymic) parts.push(scoreKeyed(q, 'patronymic', q.parsed.patronymic, q.patronymicKeys, doc.patronymic, doc.patronymic_keys, reasons));
  if (q.parsed.birth) parts.push(scoreBirth(q, doc, reasons));
  if (q.placeKeys.length > 0) parts.push(scorePlace(q, doc, reasons));
  let weight = 0;
  let total = 0;
  for (const part of parts) {
    weight += WEIGHTS[part.field];
    total += WEIGHTS[part.field] * part.score;
  }
  return { score: weight === 0 ? 1 : total / weight, parts };
}

/**
 * The score alone, of a row that may lack what only the reasons read (the birth date as
 * written): ranking thousands of candidates of which one page is shown.
 */
export function rankDoc(q: PreparedQuery, doc: Omit<RankableDoc, 'birth_text'>): number {
  return scoreDoc(q, doc as RankableDoc, false).score;
}

/** One line a reader understands: "surname sounds like Ежов (DM 470000); given name = Николай; …". */
export function explain(parts: readonly ScorePart[]): string {
  return parts.map((p) => p.how).join('; ');
}
