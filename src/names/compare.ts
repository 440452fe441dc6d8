/**
 * How alike two full names are, part by part, with the reason for each part's score: for search
 * ranking and record linkage. Symmetric: compareNames(a, b) and compareNames(b, a) agree.
 */
import { distance } from 'fastest-levenshtein';
import { normalizeName } from './normalize.ts';
import { surnameBase } from './surname-base.ts';
import { surnameKeys } from './keys.ts';
import { givenNameGroup } from './given-names.ts';
import { patronymicToGivenName } from './patronymic.ts';
import { keyLatinForms } from './latin-forms.ts';
import { daitchMokotoff } from './daitch-mokotoff.ts';

export interface PersonName {
  surname?: string;
  givenName?: string;
  patronymic?: string;
}

export type NameField = 'surname' | 'givenName' | 'patronymic';

export interface NamePartComparison {
  field: NameField;
  /** 0..1 */
  score: number;
  /** Why: 'exact', 'feminine form', 'same phonetic key (DM 470000)', 'equivalent given name', 'edit distance 1', … */
  how: string;
}

export interface NameComparison {
  /** 0..1: the weighted mean of the parts both names have; 0 when they share no part. */
  score: number;
  parts: NamePartComparison[];
}

/** Weight of each part in the overall score: the surname carries most of a name's identity. */
export const NAME_PART_WEIGHTS: Readonly<Record<NameField, number>> = { surname: 0.5, givenName: 0.3, patronymic: 0.2 };

/** Same normal form (Ежов / ЕЖОВ / Ежов.). */
export const SCORE_EXACT = 1;
/** Same surname base: masculine and feminine forms of one family name (Ежов / Ежова). */
export const SCORE_SAME_BASE = 0.95;
/** Equivalent given names (Иван / Jan / Johann) or patronymics of equivalent names. */
export const SCORE_EQUIVALENT = 0.9;
/** The same Daitch–Mokotoff key: one name in two spellings or scripts (Ежов / Jeschow). */
export const SCORE_SAME_KEY = 0.85;
/** An initial or abbreviation that agrees with the full name (И. / Иван). */
export const SCORE_INITIAL = 0.7;
/** Edit distance between the closest Latin forms, at most this many edits, earns a partial score. */
export const MAX_USEFUL_EDITS = 2;
/** Partial score for one edit (a typo or OCR slip); each further edit takes off the same again. */
export const SCORE_PER_EDIT_LOSS = 0.2;
/** Ceiling of an edit-distance score, below a phonetic match. */
export const SCORE_EDIT_CEILING = 0.8;
/** A double surname meeting one of its parts (Петров-Водкин ~ Петров): likely, not certain. */
export const SCORE_DOUBLE_SURNAME_FACTOR = 0.9;

/** Compares two person names part by part; parts missing from either name are skipped. */
export function compareNames(a: PersonName, b: PersonName): NameComparison {
  const parts: NamePartComparison[] = [];
  let weighted = 0;
  let weights = 0;
  for (const field of ['surname', 'givenName', 'patronymic'] as const) {
    const x = a[field]?.trim();
    const y = b[field]?.trim();
    if (!x || !y) continue;
    const part = field === 'surname' ? compareSurnames(x, y) : field === 'givenName' ? compareGivenNames(x, y) : comparePatronymics(x, y);
    parts.push({ field, ...part });
    weighted += part.score * NAME_PART_WEIGHTS[field];
    weights += NAME_PART_WEIGHTS[field];
  }
  return { score: weights === 0 ? 0 : round(weighted / weights), parts };
}

type Part = { score: number; how: string };

function compareSurnames(x: string, y: string): Part {
  const px = surnameBase(x).split(/[ -]/);
  const py = surnameBase(y).split(/[ -]/);
  if (px.length === 1 && py.length === 1) return compareSingleSurnames(x, y);
  // surnameKeys of a double surname include its parts' keys; compare the wholes by their own codes.
  const whole = compareSingleSurnames(x, y, (s) => dmOf(surnameBase(s)));
  if (whole.score >= SCORE_SAME_KEY) return whole;
  // Double surnames: the best agreement of any part with any part, scored a little lower.
  let best = whole;
  for (const a of px) {
    for (const b of py) {
      const part = compareSingleSurnames(a, b);
      const score = round(part.score * SCORE_DOUBLE_SURNAME_FACTOR);
      if (score > best.score) best = { score, how: `part of a double surname (${a} ~ ${b}): ${part.how}` };
    }
  }
  return best;
}

function compareSingleSurnames(x: string, y: string, keys: (s: string) => string[] = surnameKeys): Part {
  if (normalizeName(x) === normalizeName(y)) return { score: SCORE_EXACT, how: 'exact' };
  if (surnameBase(x) === surnameBase(y)) return { score: SCORE_SAME_BASE, how: 'feminine form' };
  const shared = firstShared(keys(x), keys(y));
  if (shared) return { score: SCORE_SAME_KEY, how: `same phonetic key (DM ${shared})` };
  return byEdits(surnameBase(x), surnameBase(y));
}

/** What comparing a given name or patronymic needs of it, worked out once per distinct spelling. */
interface NameFacts {
  normal: string;
  /** Written as an initial or abbreviation ("И.", "Ив.", or one letter). */
  abbreviated: boolean;
  /** Its equivalence group (a given name) or its father's name's group (a patronymic). */
  group: string | undefined;
  /** The father's name a patronymic is made from. */
  father?: string;
  dm: string[];
  forms: string[];
}

const givenFactsCache = new Map<string, NameFacts>();
const patronymicFactsCache = new Map<string, NameFacts>();

function factsOf(cache: Map<string, NameFacts>, raw: string, make: () => NameFacts): NameFacts {
  let facts = cache.get(raw);
  if (facts === undefined) {
    facts = make();
    if (cache.size >= FORMS_CACHE_LIMIT) cache.clear();
    cache.set(raw, facts);
  }
  return facts;
}

function baseFacts(raw: string): Omit<NameFacts, 'group'> {
  const normal = normalizeName(raw);
  return { normal, abbreviated: /\.\s*$/.test(raw) || normal.length === 1, dm: dmOf(normal), forms: formsOf(normal) };
}

const givenFacts = (raw: string): NameFacts => factsOf(givenFactsCache, raw, () => ({ ...baseFacts(raw), group: givenNameGroup(raw) }));

function patronymicFacts(raw: string): NameFacts {
  return factsOf(patronymicFactsCache, raw, () => {
    const father = patronymicToGivenName(raw);
    const facts: NameFacts = { ...baseFacts(raw), group: father ? givenNameGroup(father) : undefined };
    if (father) facts.father = father;
    return facts;
  });
}

/** True when `x` is written as an initial or abbreviation that `y` begins with. */
const isInitialOf = (x: NameFacts, y: NameFacts): boolean => x.abbreviated && x.normal.length < y.normal.length && y.normal.startsWith(x.normal);

function compareGivenNames(x: string, y: string): Part {
  const fx = givenFacts(x);
  const fy = givenFacts(y);
  if (fx.normal === fy.normal) return { score: SCORE_EXACT, how: 'exact' };
  if (isInitialOf(fx, fy) || isInitialOf(fy, fx)) return { score: SCORE_INITIAL, how: 'initial agrees' };
  if (fx.group && fx.group === fy.group) return { score: SCORE_EQUIVALENT, how: 'equivalent given name' };
  const shared = firstShared(fx.dm, fy.dm);
  if (shared) return { score: SCORE_SAME_KEY, how: `same phonetic key (DM ${shared})` };
  return editsBetween(fx.forms, fy.forms);
}

function comparePatronymics(x: string, y: string): Part {
  const fx = patronymicFacts(x);
  const fy = patronymicFacts(y);
  if (fx.normal === fy.normal) return { score: SCORE_EXACT, how: 'exact' };
  if (isInitialOf(fx, fy) || isInitialOf(fy, fx)) return { score: SCORE_INITIAL, how: 'initial agrees' };
  if (fx.father && fy.father && (fx.father === fy.father || (fx.group && fx.group === fy.group))) {
    return { score: SCORE_EQUIVALENT, how: "equivalent father's name" };
  }
  const shared = firstShared(fx.dm, fy.dm);
  if (shared) return { score: SCORE_SAME_KEY, how: `same phonetic key (DM ${shared})` };
  return editsBetween(fx.forms, fy.forms);
}

/**
 * Codes and Latin forms of each distinct name are remembered: a search compares one query name
 * with hundreds of record names, and record names repeat from query to query. Bounded: cleared
 * when full.
 */
const FORMS_CACHE_LIMIT = 100_000;
const dmCache = new Map<string, string[]>();
const formsCache = new Map<string, string[]>();

function remembered(cache: Map<string, string[]>, key: string, compute: () => string[]): string[] {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size >= FORMS_CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

function dmOf(normal: string): string[] {
  return remembered(dmCache, normal, () => {
    const codes = new Set<string>();
    for (const form of formsOf(normal)) for (const c of daitchMokotoff(form)) codes.add(c);
    return [...codes].sort();
  });
}

function formsOf(name: string): string[] {
  return remembered(formsCache, name, () => keyLatinForms(name));
}

/** The smallest shared element of two sorted lists (smallest so the explanation is stable). */
function firstShared(a: readonly string[], b: readonly string[]): string | undefined {
  // The lists hold a few codes each: a scan is cheaper than building a Set.
  return a.find((x) => b.includes(x));
}

/** Scores by the fewest edits between any Latin forms of the two (scripts may differ). */
function byEdits(x: string, y: string): Part {
  return editsBetween(formsOf(x), formsOf(y));
}

function editsBetween(fx: readonly string[], fy: readonly string[]): Part {
  let best = Number.POSITIVE_INFINITY;
  for (const p of fx) for (const q of fy) best = Math.min(best, distance(p, q));
  if (!Number.isFinite(best)) return { score: 0, how: 'no comparable letters' };
  const score = best <= MAX_USEFUL_EDITS ? SCORE_EDIT_CEILING - SCORE_PER_EDIT_LOSS * (best - 1) : 0;
  return { score: round(Math.max(0, score)), how: `edit distance ${best}` };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
