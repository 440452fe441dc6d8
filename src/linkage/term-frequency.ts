/**
 * Term-frequency adjustment (as Splink does): two records agreeing on Иванов is weak evidence,
 * agreeing on a rare surname strong. When the surnames agree, the pair gains
 * log2(u / tf(value)) bits, where tf(value) is the surname's share of all records and u the chance
 * that two random records agree on a surname (Σ tf²). On average over agreeing pairs the
 * adjustment is about zero; it moves weight from common names to rare ones.
 */
import type { EncodedRecords } from './encode.ts';

/** The adjustment is bounded: a surname seen once in a small archive is not proof on its own. */
export const TF_MAX_BITS = 6;

export interface TermFrequencies {
  /** Share of records with a surname that fall in each surname class. */
  share: Float64Array;
  /** Chance that two random records agree on the surname class. */
  randomAgreement: number;
}

export function surnameFrequencies(r: EncodedRecords): TermFrequencies {
  let classes = 0;
  for (let i = 0; i < r.count; i++) classes = Math.max(classes, r.surnameTf[i]! + 1);
  const counts = new Float64Array(classes);
  let present = 0;
  for (let i = 0; i < r.count; i++) {
    const c = r.surnameTf[i]!;
    if (c < 0) continue;
    counts[c]!++;
    present++;
  }
  let randomAgreement = 0;
  for (let c = 0; c < classes; c++) {
    counts[c] = present > 0 ? counts[c]! / present : 0;
    randomAgreement += counts[c]! * counts[c]!;
  }
  return { share: counts, randomAgreement };
}

/** Bits to add for a pair whose surnames agree; records i and j; the commoner class decides. */
export function surnameAdjustment(tf: TermFrequencies, r: EncodedRecords, i: number, j: number): number {
  const a = r.surnameTf[i]!;
  const b = r.surnameTf[j]!;
  if (a < 0 || b < 0 || tf.randomAgreement === 0) return 0;
  const share = Math.max(tf.share[a]!, tf.share[b]!);
  const bits = Math.log2(tf.randomAgreement / share);
  return Math.max(-TF_MAX_BITS, Math.min(TF_MAX_BITS, bits));
}
