/**
 * Quality against ground truth (the synthetic archive knows which records are one person):
 * pairwise precision/recall/F1 over all record pairs the clusters imply, exact-cluster
 * precision/recall/F1, and blocking's pair completeness (share of true pairs it compared).
 */
import { MAX_RECORDS } from './blocking.ts';
import { forEachPair, type PairStore } from './pair-chunks.ts';

export interface Quality {
  precision: number;
  recall: number;
  f1: number;
}

function quality(truePositive: number, predicted: number, actual: number): Quality {
  const precision = predicted === 0 ? 1 : truePositive / predicted;
  const recall = actual === 0 ? 1 : truePositive / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const pairsIn = (n: number) => (n * (n - 1)) / 2;

function groupSizes(labels: ArrayLike<number>): Map<number, number> {
  const sizes = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) sizes.set(labels[i]!, (sizes.get(labels[i]!) ?? 0) + 1);
  return sizes;
}

/** Pairwise quality of predicted cluster labels against true labels (one per record). */
export function pairwiseQuality(predicted: ArrayLike<number>, truth: ArrayLike<number>): Quality {
  const both = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const key = `${predicted[i]} ${truth[i]}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of both.values()) tp += pairsIn(n);
  let predictedPairs = 0;
  for (const n of groupSizes(predicted).values()) predictedPairs += pairsIn(n);
  let truePairs = 0;
  for (const n of groupSizes(truth).values()) truePairs += pairsIn(n);
  return quality(tp, predictedPairs, truePairs);
}

/** Share of predicted clusters that are exactly a true person, and of persons found exactly. */
export function clusterQuality(predicted: ArrayLike<number>, truth: ArrayLike<number>): Quality {
  const predictedSize = groupSizes(predicted);
  const trueSize = groupSizes(truth);
  const both = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const key = `${predicted[i]} ${truth[i]}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let exact = 0;
  for (const [key, n] of both) {
    const [p, t] = key.split(' ').map(Number) as [number, number];
    if (predictedSize.get(p) === n && trueSize.get(t) === n) exact++;
  }
  return quality(exact, predictedSize.size, trueSize.size);
}

/** Number of true pairs (pairs of records of one person). */
export function truePairCount(truth: ArrayLike<number>): number {
  let total = 0;
  for (const n of groupSizes(truth).values()) total += pairsIn(n);
  return total;
}

/**
 * Share of true pairs among the candidate pairs: the pipeline's compared pairs, or pairs packed
 * as i * MAX_RECORDS + j.
 */
export function pairCompleteness(pairs: PairStore | Float64Array, truth: ArrayLike<number>): number {
  let found = 0;
  if (pairs instanceof Float64Array) {
    for (let k = 0; k < pairs.length; k++) {
      const i = Math.floor(pairs[k]! / MAX_RECORDS);
      const j = pairs[k]! - i * MAX_RECORDS;
      if (truth[i] === truth[j]) found++;
    }
  } else forEachPair(pairs, (i, j) => {
    if (truth[i] === truth[j]) found++;
  });
  const total = truePairCount(truth);
  return total === 0 ? 1 : found / total;
}
