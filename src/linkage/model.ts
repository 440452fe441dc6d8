/**
 * The Fellegi–Sunter model: for each field and agreement level, m (how often true matches agree
 * at that level) and u (how often non-matches do), and λ (the share of candidate pairs that
 * are matches). A level's match weight is log2(m/u) bits; a pair's weight is the prior
 * log2(λ/(1-λ)) plus the bits of its levels plus the term-frequency adjustment.
 */
import { COMPARISON_FIELDS, FIELD_COUNT, LEVEL_COUNTS, levelOf, missingCode, levelLabel } from './comparison-fields.ts';

/** Version of the persisted model (inside `person.link` explanations and `link --model`). */
export const MODEL_VERSION = 2; // 2: dates compared to the month, occupation and sentence added

/**
 * No probability is let below this: a level EM never saw among non-matches would otherwise
 * weigh ±∞ bits. 1e-4 caps one field's part at about ±13 bits.
 */
export const PROBABILITY_FLOOR = 1e-4;

export interface FieldParameters {
  /** P(level | match), per level (missing excluded). */
  m: number[];
  /** P(level | non-match), per level. */
  u: number[];
}

export interface LinkageModel {
  version: number;
  /** Share of all record pairs that are matches (the prior). */
  lambda: number;
  fields: FieldParameters[];
}

/** Clamps into [floor, 1 - floor]. */
export function clampProbability(p: number): number {
  return Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, p));
}

/** λ over all pairs of a large archive is tiny (1e-7): only kept off exactly 0 and 1. */
export function clampPrior(p: number): number {
  return Math.min(1 - 1e-15, Math.max(1e-15, p));
}

/** Normalises a distribution so it sums to 1, with every entry above the floor. */
export function normalise(values: number[]): number[] {
  const clamped = values.map((v) => Math.max(PROBABILITY_FLOOR, v));
  const sum = clamped.reduce((a, b) => a + b, 0);
  return clamped.map((v) => v / sum);
}

/**
 * A starting point for EM: matches mostly agree at the top level, non-matches mostly at the
 * bottom. EM moves far from here; the start only has to break the symmetry between the classes.
 */
export function initialModel(): LinkageModel {
  return {
    version: MODEL_VERSION,
    lambda: 0.1,
    fields: LEVEL_COUNTS.map((n) => {
      const m = Array.from({ length: n }, (_, level) => 2 ** (level - n + 1) * 4);
      const u = Array.from({ length: n }, (_, level) => 2 ** (n - 1 - level) * 4);
      return { m: normalise(m), u: normalise(u) };
    }),
  };
}

/** log2(m/u) of each field and level: the table the scoring loop reads. */
export function weightTable(model: LinkageModel): Float64Array[] {
  return model.fields.map((p, f) => {
    const table = new Float64Array(LEVEL_COUNTS[f]! + 1);
    for (let level = 0; level < LEVEL_COUNTS[f]!; level++) table[level] = Math.log2(p.m[level]! / p.u[level]!);
    table[missingCode(f)] = 0;
    return table;
  });
}

/** The prior weight log2(λ/(1-λ)). */
export function priorWeight(model: LinkageModel): number {
  const lambda = clampPrior(model.lambda);
  return Math.log2(lambda / (1 - lambda));
}

/** Match weight (bits) of a packed vector, without the term-frequency adjustment. */
export function vectorWeight(code: number, table: readonly Float64Array[], prior: number): number {
  let w = prior;
  for (let f = 0; f < FIELD_COUNT; f++) w += table[f]![levelOf(code, f)]!;
  return w;
}

/** Match probability from a weight in bits. */
export function probabilityOf(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** One field's part in a pair's score: what agreed, and how many bits it added. */
export interface FieldContribution {
  field: string;
  level: string;
  bits: number;
}

/** The per-field explanation of a packed vector (fields that were missing are left out). */
export function explainVector(code: number, table: readonly Float64Array[]): FieldContribution[] {
  const out: FieldContribution[] = [];
  for (let f = 0; f < FIELD_COUNT; f++) {
    const level = levelOf(code, f);
    if (level === missingCode(f)) continue;
    out.push({ field: COMPARISON_FIELDS[f]!.name, level: levelLabel(f, level), bits: round2(table[f]![level]!) });
  }
  return out;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Refuses a persisted model of an unknown version or shape. */
export function checkModel(value: unknown): LinkageModel {
  const model = value as LinkageModel;
  if (!model || typeof model !== 'object' || model.version !== MODEL_VERSION) {
    throw new Error(`linkage model: unknown version ${String((model as { version?: unknown })?.version)} (this program reads version ${MODEL_VERSION})`);
  }
  if (!Array.isArray(model.fields) || model.fields.length !== FIELD_COUNT) {
    throw new Error(`linkage model: expected ${FIELD_COUNT} fields, found ${String(model.fields?.length)}`);
  }
  return model;
}
