/**
 * Learns m, u and λ from unlabelled candidate pairs by expectation maximisation (Winkler 1988;
 * as fastLink and Splink do). Works on the table of distinct comparison vectors and their
 * counts, so one iteration costs the number of distinct vectors (thousands), not of pairs.
 * Fields are taken as independent given the class, the usual Fellegi–Sunter assumption.
 */
import { FIELD_COUNT, LEVEL_COUNTS, levelOf, missingCode } from './comparison-fields.ts';
import { clampProbability, initialModel, normalise, type LinkageModel } from './model.ts';

/** Iterations at most; EM on these tables settles in a few dozen. */
export const EM_MAX_ITERATIONS = 100;

/** Stop when no parameter moves more than this between iterations. */
export const EM_TOLERANCE = 1e-6;

export interface EmResult {
  model: LinkageModel;
  iterations: number;
  converged: boolean;
}

/**
 * Runs EM from `start` (or the default start) on vector counts. With `fixU`, u stays as given
 * (measured on random pairs, as Splink does) and only m and λ are learned: on blocked
 * candidates a free u lets EM split the pairs along what blocking selected (e.g. birth year)
 * instead of matches against non-matches. With `fixM` too, only λ is learned.
 */
export function estimateModel(counts: ReadonlyMap<number, number>, start: LinkageModel = initialModel(), fixU = false, fixM = false): EmResult {
  const codes = [...counts.keys()];
  const weights = codes.map((c) => counts.get(c)!);
  const levels = codes.map((c) => Array.from({ length: FIELD_COUNT }, (_, f) => levelOf(c, f)));
  const total = weights.reduce((a, b) => a + b, 0);
  let model = structuredClone(start);
  if (total === 0) return { model, iterations: 0, converged: true };

  for (let iteration = 1; iteration <= EM_MAX_ITERATIONS; iteration++) {
    // E step: posterior probability that each vector is a match.
    const mSums = LEVEL_COUNTS.map((n) => new Float64Array(n));
    const uSums = LEVEL_COUNTS.map((n) => new Float64Array(n));
    let matchMass = 0;
    for (let k = 0; k < codes.length; k++) {
      let pm = model.lambda;
      let pu = 1 - model.lambda;
      const lv = levels[k]!;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const level = lv[f]!;
        if (level === missingCode(f)) continue;
        pm *= model.fields[f]!.m[level]!;
        pu *= model.fields[f]!.u[level]!;
      }
      const g = pm / (pm + pu);
      const n = weights[k]!;
      matchMass += g * n;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const level = lv[f]!;
        if (level === missingCode(f)) continue;
        mSums[f]![level]! += g * n;
        uSums[f]![level]! += (1 - g) * n;
      }
    }
    // M step: re-estimate from the expected counts.
    const next: LinkageModel = {
      version: model.version,
      lambda: clampProbability(matchMass / total),
      fields: LEVEL_COUNTS.map((_, f) => ({ m: fixM ? model.fields[f]!.m : normalise([...mSums[f]!]), u: fixU ? model.fields[f]!.u : normalise([...uSums[f]!]) })),
    };
    const moved = largestChange(model, next);
    model = next;
    if (moved < EM_TOLERANCE) return { model, iterations: iteration, converged: true };
  }
  return { model, iterations: EM_MAX_ITERATIONS, converged: false };
}

function largestChange(a: LinkageModel, b: LinkageModel): number {
  let max = Math.abs(a.lambda - b.lambda);
  for (let f = 0; f < FIELD_COUNT; f++) {
    for (let l = 0; l < LEVEL_COUNTS[f]!; l++) {
      max = Math.max(max, Math.abs(a.fields[f]!.m[l]! - b.fields[f]!.m[l]!), Math.abs(a.fields[f]!.u[l]! - b.fields[f]!.u[l]!));
    }
  }
  return max;
}
