/**
 * Blocking: which pairs of records are compared at all. Seven rules, each a key built from the
 * names layer's keys and the birth year; two records are candidates when they share a key under
 * any rule (the blocks themselves are built in ./candidate-index.ts). Comparing only these pairs turns 4.5 trillion pairs (3M records) into tens of
 * millions, at the cost of the true pairs no rule brings together (measured as pair
 * completeness against the synthetic archive's truth).
 */
import type { EncodedRecords } from './encode.ts';

/** Records are numbered below 2^22 (4.2M) so a pair packs exactly into one double. */
export const MAX_RECORDS = 2 ** 22;

/** Ids (key, group) below 2^20 so a rule's composite key stays an exact integer. */
export const MAX_ID = 2 ** 20;
const YEAR_BASE = 1700;
const YEAR_SPAN = 512;

export interface BlockingRule {
  name: string;
  /** The keys record i has under this rule (composite integers), or none. */
  keys(r: EncodedRecords, i: number, out: number[]): void;
}

function year(r: EncodedRecords, i: number): number {
  const y = r.birthMin[i]!;
  return y === 0 ? -1 : Math.min(YEAR_SPAN - 2, Math.max(0, y - YEAR_BASE));
}

/**
 * Birth years a record is filed under: its year and the next, so two records a year apart
 * (a common disagreement between sources) share a key, at the price of twice the pairs.
 */
function yearKeys(y: number): [number, number] {
  return [y, y + 1];
}

export const BLOCKING_RULES: readonly BlockingRule[] = [
  {
    name: 'surname sound × given name',
    keys(r, i, out) {
      const s = r.surname[i]!;
      const g = r.given[i]!;
      if (s < 0 || g < 0) return;
      for (const k of r.surnameKeyIds[s]!) for (const gk of r.givenKeyIds[g]!) out.push(k * MAX_ID + gk);
    },
  },
  {
    name: 'surname sound × patronymic',
    keys(r, i, out) {
      const s = r.surname[i]!;
      const p = r.patronymicGroup[i]!;
      if (s < 0 || p < 0) return;
      for (const k of r.surnameKeyIds[s]!) out.push(k * MAX_ID + p);
    },
  },
  {
    name: 'surname sound × birth year',
    keys(r, i, out) {
      const s = r.surname[i]!;
      const y = year(r, i);
      if (s < 0 || y < 0) return;
      // The exact year only: a year's difference is caught by the prefix rule below, and
      // doubling this, the largest rule, would double the whole cost.
      for (const k of r.surnameKeyIds[s]!) out.push(k * YEAR_SPAN + y);
    },
  },
  {
    name: 'given name × patronymic × birth year',
    keys(r, i, out) {
      const g = r.given[i]!;
      const p = r.patronymicGroup[i]!;
      const y = year(r, i);
      if (g < 0 || p < 0 || y < 0) return;
      for (const gk of r.givenKeyIds[g]!) for (const yk of yearKeys(y)) out.push((gk * MAX_ID + p) * YEAR_SPAN + yk);
    },
  },
  {
    name: 'surname first letters × given initial × birth year',
    keys(r, i, out) {
      const p = r.surnamePrefix[i]!;
      const g = r.givenInitial[i]!;
      const y = year(r, i);
      if (p < 0 || g === 0 || y < 0) return;
      for (const yk of yearKeys(y)) out.push((p * 65536 + g) * YEAR_SPAN + yk);
    },
  },
  {
    // Catches a misread first letter (Нетров, Знмин) that changes the surname's sound and prefix.
    name: 'surname last letters × given name × birth year',
    keys(r, i, out) {
      const x = r.surnameSuffix[i]!;
      const g = r.givenGroup[i]!;
      const y = year(r, i);
      if (x < 0 || g < 0 || y < 0) return;
      for (const yk of yearKeys(y)) out.push((x * MAX_ID + g) * YEAR_SPAN + yk);
    },
  },
  {
    name: 'birth date to the day × surname initial',
    keys(r, i, out) {
      const d = r.birthDay[i]!;
      const s = r.surnameInitial[i]!;
      if (d === 0 || s === 0) return;
      out.push(d * 65536 + s);
    },
  },
];

/** The two records of a packed pair. */
export function unpackPair(pair: number): [number, number] {
  const i = Math.floor(pair / MAX_RECORDS);
  return [i, pair - i * MAX_RECORDS];
}
