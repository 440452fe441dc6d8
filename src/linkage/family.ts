/**
 * Family suggestions: records that may be relatives. Always suggestions for an editor to
 * review, never facts: a patronymic names a father's given name, not the father.
 *
 * - father: the child's patronymic is the man's given name (Иванович ↔ Иван), same surname,
 *   born 16–60 years earlier, and a shared place (birth place or address);
 * - sibling: same surname and patronymic, born within 25 years, and a shared place;
 * - relative: same surname and the same address.
 */
import type { EncodedRecords } from './encode.ts';

/** Youngest and oldest age of a father at a child's birth. */
export const FATHER_AGE_MIN = 16;
export const FATHER_AGE_MAX = 60;
/** Largest birth-year gap between siblings. */
export const SIBLING_GAP_MAX = 25;
/** A key shared by more records than this (Иванов at one address in a big city list) suggests nothing. */
export const FAMILY_GROUP_MAX = 12;

export type FamilyKind = 'father' | 'sibling' | 'relative';

export interface FamilySuggestion {
  kind: FamilyKind;
  /** Record index of the person the suggestion is about (the child, for 'father'). */
  from: number;
  /** Record index of the suggested relative. */
  to: number;
  reason: string;
}

function samePlace(r: EncodedRecords, a: number, b: number): boolean {
  const places = [r.birthPlace[a]!, r.residence[a]!].filter((p) => p >= 0);
  return places.length > 0 && (places.includes(r.birthPlace[b]!) || places.includes(r.residence[b]!));
}

function groupBy(count: number, key: (i: number) => string | undefined): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const k = key(i);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

/** Suggestions between different persons (`labels`: a person label per record). */
export function suggestFamily(r: EncodedRecords, labels: ArrayLike<number>): FamilySuggestion[] {
  const out: FamilySuggestion[] = [];
  const seen = new Set<string>();
  const add = (s: FamilySuggestion) => {
    const a = labels[s.from]!;
    const b = labels[s.to]!;
    if (a === b) return;
    const key = `${s.kind} ${a} ${b}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  const born = (i: number) => r.birthMin[i]!;

  const byGiven = groupBy(r.count, (i) => (r.surnameTf[i]! >= 0 && r.givenGroup[i]! >= 0 ? `${r.surnameTf[i]} ${r.givenGroup[i]}` : undefined));
  for (let child = 0; child < r.count; child++) {
    if (r.surnameTf[child]! < 0 || r.patronymicGroup[child]! < 0 || born(child) === 0) continue;
    const fathers = byGiven.get(`${r.surnameTf[child]} ${r.patronymicGroup[child]}`);
    if (!fathers || fathers.length > FAMILY_GROUP_MAX) continue;
    for (const father of fathers) {
      const gap = born(child) - born(father);
      if (born(father) === 0 || gap < FATHER_AGE_MIN || gap > FATHER_AGE_MAX || !samePlace(r, child, father)) continue;
      add({ kind: 'father', from: child, to: father, reason: `patronymic names the given name of a man of the same surname born ${gap} years earlier in the same place` });
    }
  }

  const bySiblingKey = groupBy(r.count, (i) => (r.surnameTf[i]! >= 0 && r.patronymicGroup[i]! >= 0 && born(i) !== 0 ? `${r.surnameTf[i]} ${r.patronymicGroup[i]}` : undefined));
  for (const group of bySiblingKey.values()) {
    if (group.length < 2 || group.length > FAMILY_GROUP_MAX) continue;
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const a = group[x]!;
        const b = group[y]!;
        if (r.givenGroup[a] === r.givenGroup[b]) continue; // the same person, more likely
        if (Math.abs(born(a) - born(b)) > SIBLING_GAP_MAX || !samePlace(r, a, b)) continue;
        add({ kind: 'sibling', from: a, to: b, reason: 'same surname and patronymic, born within 25 years, same place' });
      }
    }
  }

  const byAddress = groupBy(r.count, (i) => (r.surnameTf[i]! >= 0 && r.residence[i]! >= 0 ? `${r.surnameTf[i]} ${r.residence[i]}` : undefined));
  for (const group of byAddress.values()) {
    if (group.length < 2 || group.length > FAMILY_GROUP_MAX) continue;
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        add({ kind: 'relative', from: group[x]!, to: group[y]!, reason: 'same surname, same address' });
      }
    }
  }
  return out;
}
