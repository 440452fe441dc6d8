/**
 * The linkage pipeline, in memory: encode → block → compare → learn the model (EM) → score
 * (with term-frequency adjustment) → cluster. Pure apart from time; the archive glue
 * (reading records, writing `person.link` entries) is in ./archive-links.ts.
 */
import { blockPairs, unpackPair, MAX_RECORDS, type BlockingResult } from './blocking.ts';
import { clusterPairs, weightOfProbability, DEFAULT_THRESHOLDS, type Clustering, type ScoredPairs, type Thresholds } from './cluster.ts';
import { RecordComparator } from './compare.ts';
import { F, levelOf } from './comparison-fields.ts';
import { encodeRecords, type EncodedRecords, type LinkInput } from './encode.ts';
import { learnModel } from './training.ts';
import { explainVector, priorWeight, probabilityOf, weightTable, type FieldContribution, type LinkageModel } from './model.ts';
import { surnameAdjustment, surnameFrequencies, type TermFrequencies } from './term-frequency.ts';

/** Surname level from which the term-frequency adjustment applies ("same" only). */
const TF_SURNAME_LEVEL = 3;

export type LinkStage = 'encode' | 'block' | 'compare' | 'learn' | 'score' | 'cluster';

export interface LinkOptions {
  thresholds?: Thresholds;
  /** Use this model instead of learning one (e.g. a saved one). */
  model?: LinkageModel;
  onProgress?: (stage: LinkStage, done: number, total: number) => void;
  /** Pairs (record indexes) that must not be linked: an editor separated or rejected them. */
  excludePair?: (i: number, j: number) => boolean;
}

export interface LinkResult {
  records: EncodedRecords;
  blocking: BlockingResult;
  model: LinkageModel;
  emIterations: number;
  tf: TermFrequencies;
  /** Pairs with probability at least the review threshold. */
  scored: ScoredPairs;
  clustering: Clustering;
  table: Float64Array[];
  timings: Record<LinkStage, number>;
}

/** Pairs compared between progress reports. */
const PROGRESS_EVERY = 200_000;

export function linkRecords(inputs: readonly LinkInput[], options: LinkOptions = {}): LinkResult {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const progress = options.onProgress ?? (() => {});
  const timings = {} as Record<LinkStage, number>;
  let clock = performance.now();
  const lap = (stage: LinkStage) => {
    const now = performance.now();
    timings[stage] = now - clock;
    clock = now;
  };

  progress('encode', 0, inputs.length);
  const records = encodeRecords(inputs);
  lap('encode');
  progress('block', 0, 1);
  const blocking = blockPairs(records);
  lap('block');

  const pairs = blocking.pairs;
  const vectors = new Uint32Array(pairs.length);
  const counts = new Map<number, number>();
  const sameBirthDay = new Map<number, number>();
  const comparator = new RecordComparator(records);
  for (let k = 0; k < pairs.length; k++) {
    const pair = pairs[k]!;
    const i = Math.floor(pair / MAX_RECORDS);
    const j = pair - i * MAX_RECORDS;
    const v = comparator.compare(i, j);
    vectors[k] = v;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (records.birthDay[i] !== 0 && records.birthDay[i] === records.birthDay[j]) sameBirthDay.set(v, (sameBirthDay.get(v) ?? 0) + 1);
    if (k % PROGRESS_EVERY === 0) progress('compare', k, pairs.length);
  }
  progress('compare', pairs.length, pairs.length);
  lap('compare');

  let model = options.model;
  let emIterations = 0;
  if (!model) {
    const training = learnModel(records, comparator, counts, sameBirthDay, pairs.length);
    model = training.model;
    emIterations = training.iterations;
  }
  lap('learn');

  const table = weightTable(model);
  const prior = priorWeight(model);
  const tf = surnameFrequencies(records);
  const reviewWeight = weightOfProbability(thresholds.reviewProbability);
  // Weight of each distinct vector once; the tf adjustment is per pair.
  const vectorWeights = new Map<number, number>();
  for (const v of counts.keys()) {
    let w = prior;
    for (let f = 0; f < table.length; f++) w += table[f]![levelOf(v, f)]!;
    vectorWeights.set(v, w);
  }
  const kept: number[] = [];
  const keptWeights: number[] = [];
  for (let k = 0; k < pairs.length; k++) {
    const v = vectors[k]!;
    let w = vectorWeights.get(v)!;
    if (levelOf(v, F.surname) === TF_SURNAME_LEVEL) {
      const [i, j] = unpackPair(pairs[k]!);
      w += surnameAdjustment(tf, records, i, j);
    }
    if (w >= reviewWeight) {
      if (options.excludePair) {
        const [i, j] = unpackPair(pairs[k]!);
        if (options.excludePair(i, j)) continue;
      }
      kept.push(k);
      keptWeights.push(w);
    }
  }
  const scored: ScoredPairs = {
    left: new Int32Array(kept.length),
    right: new Int32Array(kept.length),
    weight: Float32Array.from(keptWeights),
    vector: new Uint32Array(kept.length),
    length: kept.length,
  };
  kept.forEach((k, n) => {
    const [i, j] = unpackPair(pairs[k]!);
    scored.left[n] = i;
    scored.right[n] = j;
    scored.vector[n] = vectors[k]!;
  });
  lap('score');
  progress('cluster', 0, 1);
  const clustering = clusterPairs(records.count, scored, table, thresholds, records.source);
  lap('cluster');
  return { records, blocking, model, emIterations, tf, scored, clustering, table, timings };
}

/** A scored pair as the log, the review queue and the person page show it. */
export interface PairExplanation {
  left: string;
  right: string;
  /** Match weight in bits. */
  weight: number;
  probability: number;
  prior: number;
  fields: FieldContribution[];
}

export function explainPair(result: LinkResult, k: number): PairExplanation {
  const s = result.scored;
  const v = s.vector[k]!;
  const fields = explainVector(v, result.table);
  if (levelOf(v, F.surname) === TF_SURNAME_LEVEL) {
    const bits = surnameAdjustment(result.tf, result.records, s.left[k]!, s.right[k]!);
    fields.push({ field: 'surname frequency', level: bits >= 0 ? 'rarer than average' : 'commoner than average', bits: Math.round(bits * 100) / 100 });
  }
  const weight = s.weight[k]!;
  return {
    left: result.records.ids[s.left[k]!]!,
    right: result.records.ids[s.right[k]!]!,
    weight: Math.round(weight * 100) / 100,
    probability: Math.round(probabilityOf(weight) * 10000) / 10000,
    prior: Math.round(priorWeight(result.model) * 100) / 100,
    fields,
  };
}
