/**
 * Surnames with a long tail, as real lists have. A few surnames are common (Иванов, Kowalski,
 * Schmidt) and most are rare: of the 5,232 people of Memorial's Moscow shooting lists, 4,169
 * surnames are distinct, and the commonest (Попов) is 18 people. Drawing uniformly from a
 * fake-data list of 250 surnames would instead give every surname thousands of bearers in a
 * country-sized archive, and namesakes no real archive has.
 *
 * So a surname is drawn from a nationality's list of common surnames (a Zipf law over it, the
 * commonest first) or, for the rest, built from that language's sounds and its surname
 * endings (Бурнаков, Ковальчук, Wróblewski, Bērziņš, Kivimäki, Розенфельд). Each rare
 * surname is a function of its number alone, so the tail costs no memory and no setup.
 */
import { mulberry32, type Random } from './random.ts';
import type { Sex } from './nationalities.ts';

export interface SurnameModel {
  /** Common surnames by sex, commonest first. */
  head: Readonly<Record<Sex, readonly string[]>>;
  /** Share of people who bear one of the common surnames; the others bear a rare one. */
  headShare: number;
  /** Exponent of the Zipf law over the common list (higher: the first few dominate). */
  zipf: number;
  /** How many rare surnames the language has (they are numbered 0 … rareCount − 1). */
  rareCount: number;
  /** Rare surname number `n`, masculine. */
  rare(n: number): string;
  /** The feminine form of a masculine surname. */
  feminine(masculine: string): string;
}

/** One surname for a person of the given sex. */
export function drawSurname(random: Random, model: SurnameModel, sex: Sex): string {
  if (random.chance(model.headShare)) {
    const head = model.head[sex];
    return head[zipfIndex(random, zipfTable(head.length, model.zipf))]!;
  }
  const masculine = model.rare(random.int(0, model.rareCount - 1));
  return sex === 'F' ? model.feminine(masculine) : masculine;
}

const zipfTables = new Map<string, Float64Array>();

/** Cumulative Zipf weights 1/(rank+1)^s for a list of n. */
function zipfTable(n: number, exponent: number): Float64Array {
  const key = `${n}|${exponent}`;
  let table = zipfTables.get(key);
  if (!table) {
    table = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) table[i] = total += 1 / (i + 1) ** exponent;
    zipfTables.set(key, table);
  }
  return table;
}

function zipfIndex(random: Random, cumulative: Float64Array): number {
  const target = random.next() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Weighted choices as [value, weight] pairs. */
type Weighted = readonly (readonly [string, number])[];

/**
 * The sounds of a language's surnames: a stem of one or two syllables closed by a coda, then
 * an ending. Rare surname n is built from a small PRNG seeded by n, so the same number always
 * gives the same surname.
 */
export interface SurnameSounds {
  onsets: readonly string[];
  vowels: readonly string[];
  codas: readonly string[];
  endings: Weighted;
  /** Share of stems with two syllables (the rest have one). */
  twoSyllables: number;
  /** Adjusts an ending to the stem (e.g. Russian -ов after a hard consonant, -ев after ч). */
  join?: (stem: string, ending: string) => string;
}

/**
 * How many rare surnames each people's tail is numbered into: far more than a 3M-record archive
 * draws for any one people, so a rare surname is borne by a family or two, as in real lists.
 */
export const RARE_SURNAMES = 400_000;

export function syllableSurname(sounds: SurnameSounds, n: number, salt: number): string {
  const next = hashedStream(n, salt);
  const pick = (items: readonly string[]): string => items[Math.floor(next() * items.length)]!;
  let stem = pick(sounds.onsets) + pick(sounds.vowels);
  if (next() < sounds.twoSyllables) stem += pick(sounds.onsets) + pick(sounds.vowels);
  stem += pick(sounds.codas);
  const ending = pickWeighted(sounds.endings, next());
  const word = sounds.join ? sounds.join(stem, ending) : stem + ending;
  return capitalise(word);
}

/** Compound surnames: a first part and a second (Rosen + feld, Kivi + mäki). */
export function compoundSurname(firsts: readonly string[], seconds: Weighted, n: number, salt: number, join?: (a: string, b: string) => string): string {
  const next = hashedStream(n, salt);
  const first = firsts[Math.floor(next() * firsts.length)]!;
  const second = pickWeighted(seconds, next());
  return capitalise(join ? join(first, second) : first + second);
}

function pickWeighted(items: Weighted, u: number): string {
  let total = 0;
  for (const [, w] of items) total += w;
  let target = u * total;
  for (const [value, w] of items) {
    target -= w;
    if (target < 0) return value;
  }
  return items[items.length - 1]![0];
}

const capitalise = (word: string): string => word.charAt(0).toLocaleUpperCase('ru') + word.slice(1);

/** A few uniform floats from (n, salt): mulberry32 seeded by a mix of both. */
const hashedStream = (n: number, salt: number): (() => number) => mulberry32(Math.imul(n ^ 0x5bd1e995, 0x27d4eb2d) ^ Math.imul(salt, 0x165667b1));
