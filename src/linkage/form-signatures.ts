/**
 * A cheap upper bound on how alike two sets of Latin forms can be, from each form's length and
 * the set of letters it holds (a 32-bit mask), so that most name pairs are ruled out before any
 * edit distance. With the synthetic archive's long tail of surnames, 91 % of the distinct
 * surname pairs that blocking brings together are "different", and computing their similarity
 * in full (up to nine edit distances a pair) was most of the comparison's time.
 *
 * Why it is a bound: every edit removes at most one character of one string and adds at most
 * one of the other. A letter class present in x but absent from y needs at least one edit of its
 * own, as does each character of difference in length, so
 *   edits(x, y) ≥ max(|len x − len y|, |classes(x) \ classes(y)|, |classes(y) \ classes(x)|).
 * Letters are put into 32 classes by their code's low five bits (a–z each their own); sharing a
 * class only weakens the bound, never breaks it.
 */
import { distance } from 'fastest-levenshtein';
import { MAX_FORMS_COMPARED } from './names-bridge.ts';

/** Number of bits set in a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** The letter classes a string holds, one bit each. */
export function letterMask(s: string): number {
  let mask = 0;
  for (let k = 0; k < s.length; k++) mask |= 1 << (s.charCodeAt(k) & 31);
  return mask;
}

/** A lower bound on the edit distance of two strings from their lengths and letter masks. */
export function editLowerBound(lengthA: number, maskA: number, lengthB: number, maskB: number): number {
  const byLength = lengthA > lengthB ? lengthA - lengthB : lengthB - lengthA;
  const onlyA = popcount(maskA & ~maskB);
  const onlyB = popcount(maskB & ~maskA);
  const byLetters = onlyA > onlyB ? onlyA : onlyB;
  return byLength > byLetters ? byLength : byLetters;
}

/** Ints per set in the signature table: a count, then length and mask of up to MAX_FORMS_COMPARED forms. */
const STRIDE = 8;
if (1 + 2 * MAX_FORMS_COMPARED > STRIDE) throw new Error('linkage: a signature row holds at most 3 forms');

/**
 * Length and letter mask of every form of every set (at most MAX_FORMS_COMPARED a set, the
 * forms bestFormSimilarity reads), one set to a 32-byte row of one Int32Array: ruling a pair
 * out reads two rows, two cache lines at most.
 */
export class FormSignatures {
  /** Row k: [forms in set k, length 0, mask 0, length 1, mask 1, …]. */
  private readonly table: Int32Array;
  /** The forms themselves, set k's at k * MAX_FORMS_COMPARED + p. */
  private readonly forms: string[];

  constructor(sets: readonly (readonly string[])[]) {
    this.table = new Int32Array(sets.length * STRIDE);
    this.forms = new Array<string>(sets.length * MAX_FORMS_COMPARED);
    sets.forEach((set, k) => {
      const count = Math.min(set.length, MAX_FORMS_COMPARED);
      this.table[k * STRIDE] = count;
      for (let p = 0; p < count; p++) {
        this.forms[k * MAX_FORMS_COMPARED + p] = set[p]!;
        this.table[k * STRIDE + 1 + 2 * p] = set[p]!.length;
        this.table[k * STRIDE + 2 + 2 * p] = letterMask(set[p]!);
      }
    });
  }

  /**
   * False when no form of set a and form of set b can reach similarity `floor` (1 − edits /
   * longer length): the pair's level is then the lowest, known without an edit distance. The
   * bound is computed with the same expression as the similarity, so rounding cannot split them.
   */
  canReach(a: number, b: number, floor: number): boolean {
    const t = this.table;
    const rowA = a * STRIDE;
    const rowB = b * STRIDE;
    const endA = rowA + 1 + 2 * t[rowA]!;
    const endB = rowB + 1 + 2 * t[rowB]!;
    for (let p = rowA + 1; p < endA; p += 2) {
      const lp = t[p]!;
      const mp = t[p + 1]!;
      for (let q = rowB + 1; q < endB; q += 2) {
        const lq = t[q]!;
        const longest = lp > lq ? lp : lq;
        if (longest === 0) return true; // two empty forms are equal (as in bestFormSimilarity)
        if (1 - editLowerBound(lp, mp, lq, t[q + 1]!) / longest >= floor) return true;
      }
    }
    return false;
  }

  /**
   * bestFormSimilarity(set a, set b, floor, enough) with the letter bound added to its length
   * bound: a pair of forms whose bound is below `floor` or not above the best so far is skipped.
   * The result may differ from bestFormSimilarity's only where both are below `floor`.
   */
  bestSimilarity(a: number, b: number, floor: number, enough: number): number {
    const { table: t, forms } = this;
    const countA = t[a * STRIDE]!;
    const countB = t[b * STRIDE]!;
    let best = 0;
    for (let p = 0; p < countA; p++) {
      const lp = t[a * STRIDE + 1 + 2 * p]!;
      const mp = t[a * STRIDE + 2 + 2 * p]!;
      for (let q = 0; q < countB; q++) {
        const lq = t[b * STRIDE + 1 + 2 * q]!;
        const longest = lp > lq ? lp : lq;
        if (longest === 0) return 1;
        const bound = 1 - editLowerBound(lp, mp, lq, t[b * STRIDE + 2 + 2 * q]!) / longest;
        if (bound < floor || bound <= best) continue;
        const x = forms[a * MAX_FORMS_COMPARED + p]!;
        const y = forms[b * MAX_FORMS_COMPARED + q]!;
        if (x === y) return 1;
        const s = 1 - distance(x, y) / longest;
        if (s > best) {
          best = s;
          if (best >= enough) return best;
        }
      }
    }
    return best;
  }
}
