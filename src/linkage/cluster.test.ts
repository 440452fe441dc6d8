import { describe, expect, it } from 'vitest';
import { F, FIELD_COUNT, LEVEL_COUNTS, missingCode, packVector } from './comparison-fields.ts';
import { clusterPairs, type ScoredPairs } from './cluster.ts';

/** Weights: +5 bits for every field at its top level, -5 at level 0, 0 when missing. */
const table = LEVEL_COUNTS.map((n) => {
  const t = new Float64Array(n + 1);
  t[0] = -5;
  t[n - 1] = 5;
  return t;
});

function vector(agree: number[]): number {
  return packVector(Array.from({ length: FIELD_COUNT }, (_, f) => (agree.includes(f) ? LEVEL_COUNTS[f]! - 1 : missingCode(f))));
}

function scored(rows: [number, number, number, number][]): ScoredPairs {
  return {
    left: Int32Array.from(rows.map((r) => r[0])),
    right: Int32Array.from(rows.map((r) => r[1])),
    weight: Float32Array.from(rows.map((r) => r[2])),
    vector: Uint32Array.from(rows.map((r) => r[3])),
    length: rows.length,
  };
}

const names = [F.surname, F.givenName, F.patronymic];
const withYear = vector([...names, F.birthYear]);
const nameOnly = vector(names);

describe('clusterPairs', () => {
  it('links strong pairs with evidence beyond the name, reviews name-only ones', () => {
    const pairs = scored([
      [0, 1, 20, withYear],
      [2, 3, 20, nameOnly],
      [4, 5, 0.5, withYear], // p ≈ 0.59: between the thresholds
    ]);
    const c = clusterPairs(6, pairs, table);
    expect(c.labels[0]).toBe(c.labels[1]);
    expect(c.labels[2]).not.toBe(c.labels[3]);
    expect(c.links).toEqual([0]);
    expect(c.review.sort()).toEqual([1, 2]);
  });

  it('never puts two records of one source into one person', () => {
    // 0 (source A) – 1 (source B) – 2 (source A): the weaker link would join 0 and 2.
    const pairs = scored([
      [0, 1, 30, withYear],
      [1, 2, 20, withYear],
    ]);
    const c = clusterPairs(3, pairs, table, undefined, Int32Array.from([0, 1, 0]));
    expect(c.labels[0]).toBe(c.labels[1]);
    expect(c.labels[2]).not.toBe(c.labels[1]);
    expect(c.review).toEqual([1]);
    // Without sources the chain closes.
    const open = clusterPairs(3, pairs, table);
    expect(open.labels[2]).toBe(open.labels[0]);
  });
});
