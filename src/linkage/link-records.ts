/**
 * The linkage pipeline, in memory: encode → block → compare → learn the model (EM) → score
 * (with term-frequency adjustment) → cluster. Pure apart from time; the archive glue
 * (reading records, writing `person.link` entries) is in ./archive-links.ts.
 */
import { BLOCKING_RULES } from './blocking.ts';
import { buildCandidateIndex, checkBlockingLimits, type CandidateIndex } from './candidate-index.ts';
import { clusterPairs, weightOfProbability, DEFAULT_THRESHOLDS, type Clustering, type ScoredPairs, type Thresholds } from './cluster.ts';
import { RecordComparator } from './compare.ts';
import { F, LEVEL_COUNTS, PLACE, levelOf } from './comparison-fields.ts';
import { encodeRecords, type EncodedRecords, type LinkInput } from './encode.ts';
import { compareAllPairs, type ComparedPairs } from './pair-chunks.ts';
import { compareInParallel } from './parallel-compare.ts';
import { availableParallelism } from 'node:os';
import { VectorTable } from './vector-counts.ts';
import { learnModel } from './training.ts';
import { explainVector, priorWeight, probabilityOf, vectorWeight, weightTable, type FieldContribution, type LinkageModel } from './model.ts';
import { surnameAdjustment, surnameFrequencies, TF_MAX_BITS, type TermFrequencies } from './term-frequency.ts';

/** Surname level from which the term-frequency adjustment applies ("same" only). */
const TF_SURNAME_LEVEL = 3;

export type LinkStage = 'encode' | 'block' | 'compare' | 'learn' | 'score' | 'cluster';

export interface LinkOptions {
  thresholds?: Thresholds;
  /** Use this model instead of learning one (e.g. a saved one). */
  model?: LinkageModel;
  onProgress?: (stage: LinkStage, done: number, total: number) => void;
  /**
   * Threads comparing pairs: 1 compares on this thread; more start that many worker threads
   * (this one waits). Default: one per core for an archive of at least PARALLEL_MIN_RECORDS
   * records, else 1.
   */
  threads?: number;
  /** Pairs (record indexes) that must not be linked: an editor separated or rejected them. */
  excludePair?: (i: number, j: number) => boolean;
}

/**
 * Records from which the comparison uses every core: starting a worker thread (loading its
 * modules through tsx) costs about half a second, which a smaller archive compares in.
 */
export const PARALLEL_MIN_RECORDS = 50_000;

export interface LinkResult {
  records: EncodedRecords;
  /** Pairs each blocking rule proposed (before removing duplicates across rules). */
  blocking: { perRule: CandidateIndex['perRule'] };
  /** Every candidate pair compared, with its comparison vector. */
  pairs: ComparedPairs;
  model: LinkageModel;
  emIterations: number;
  tf: TermFrequencies;
  /** Chunks of records whose pairs worker threads compared (0 on one thread). */
  workerChunks: number;
  /** Pairs with probability at least the review threshold. */
  scored: ScoredPairs;
  clustering: Clustering;
  table: Float64Array[];
  /** Wall time per stage, ms. */
  timings: Record<LinkStage, number>;
  /** CPU time per stage, ms, of every thread of the process (worker threads included). */
  cpu: Record<LinkStage, number>;
}

export function linkRecords(inputs: readonly LinkInput[], options: LinkOptions = {}): LinkResult {
  options.onProgress?.('encode', 0, inputs.length);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const records = encodeRecords(inputs);
  const used = process.cpuUsage(cpuStarted);
  return linkEncoded(records, options, { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 });
}

/**
 * The pipeline from encoded records (./encode.ts): the caller may drop its input records
 * first, so the heap the later stages allocate in stays small. `encoding` is the time encoding
 * took, for the result's timings.
 */
export function linkEncoded(records: EncodedRecords, options: LinkOptions = {}, encoding = { wall: 0, cpu: 0 }): LinkResult {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const progress = options.onProgress ?? (() => {});
  const timings = { encode: encoding.wall } as Record<LinkStage, number>;
  const cpu = { encode: encoding.cpu } as Record<LinkStage, number>;
  let clock = performance.now();
  let cpuClock = process.cpuUsage();
  const lap = (stage: LinkStage) => {
    const now = performance.now();
    timings[stage] = now - clock;
    clock = now;
    const used = process.cpuUsage(cpuClock);
    cpu[stage] = (used.user + used.system) / 1000;
    cpuClock = process.cpuUsage();
  };

  progress('block', 0, 1);
  checkBlockingLimits(records);
  const index = buildCandidateIndex(records, BLOCKING_RULES);
  lap('block');

  progress('compare', 0, records.count);
  const threads = options.threads ?? (records.count >= PARALLEL_MIN_RECORDS ? availableParallelism() : 1);
  const onChunk = (done: number, total: number) => progress('compare', done, total);
  const { pairs, comparator, workerChunks } = threads > 1
    ? compareInParallel(records, index, threads, onChunk)
    : (() => {
        const comparator = new RecordComparator(records);
        return { pairs: compareAllPairs(index, comparator, records.birthDay, onChunk), comparator, workerChunks: 0 };
      })();
  lap('compare');

  let model = options.model;
  let emIterations = 0;
  if (!model) {
    const training = learnModel(records, comparator, pairs.counts.toMap(), pairs.sameBirthDay.toMap(), pairs.length);
    model = training.model;
    emIterations = training.iterations;
  }
  lap('learn');

  const table = weightTable(model);
  const prior = priorWeight(model);
  const tf = surnameFrequencies(records);
  const reviewWeight = weightOfProbability(thresholds.reviewProbability);
  // The weight of each distinct vector once; per pair a table lookup and, when the surnames
  // agree, the term-frequency adjustment (bounded, so a pair that cannot reach the review
  // threshold even with it is passed over without computing it).
  const weights = new VectorTable(pairs.counts, (v) => vectorWeight(v, table, prior));
  const surnameSameAt = PLACE[F.surname]!;
  const surnameRadix = LEVEL_COUNTS[F.surname]! + 1;
  const left: number[] = [];
  const right: number[] = [];
  const keptWeights: number[] = [];
  const keptVectors: number[] = [];
  const { partner, vector, ends } = pairs;
  for (const c of pairs.chunks) {
    let q = c.start;
    for (let i = c.from; i < c.to; i++) {
      const end = ends[i]!;
      for (; q < end; q++) {
        const v = vector[q]!;
        let w = weights.get(v);
        if (w + TF_MAX_BITS < reviewWeight) continue;
        const j = partner[q]!;
        if (Math.floor(v / surnameSameAt) % surnameRadix === TF_SURNAME_LEVEL) w += surnameAdjustment(tf, records, i, j);
        if (w < reviewWeight || options.excludePair?.(i, j)) continue;
        left.push(i);
        right.push(j);
        keptWeights.push(w);
        keptVectors.push(v);
      }
    }
  }
  const scored: ScoredPairs = {
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    weight: Float32Array.from(keptWeights),
    vector: Uint32Array.from(keptVectors),
    length: left.length,
  };
  lap('score');
  progress('cluster', 0, 1);
  const clustering = clusterPairs(records.count, scored, table, thresholds, records.source);
  lap('cluster');
  return { records, blocking: { perRule: index.perRule }, pairs, workerChunks, model, emIterations, tf, scored, clustering, table, timings, cpu };
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
