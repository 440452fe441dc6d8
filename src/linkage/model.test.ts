import { describe, expect, it } from 'vitest';
import { COMPARISON_FIELDS, FIELD_COUNT, F, LEVEL_COUNTS, levelOf, missingCode, packVector, unpackVector } from './comparison-fields.ts';
import { estimateModel } from './expectation-maximisation.ts';
import { explainVector, priorWeight, vectorWeight, weightTable, checkModel, MODEL_VERSION } from './model.ts';
import { countPeople } from './counts.ts';
import { pairwiseQuality, clusterQuality, pairCompleteness } from './evaluate.ts';
import { MAX_RECORDS } from './blocking.ts';
import { UnionFind } from './union-find.ts';

/** A deterministic pseudo-random source (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('comparison vectors', () => {
  it('pack and unpack every field level, missing included', () => {
    const levels = COMPARISON_FIELDS.map((_, f) => (f % 2 === 0 ? missingCode(f) : LEVEL_COUNTS[f]! - 1));
    const code = packVector(levels);
    expect(unpackVector(code)).toEqual(levels);
    for (let f = 0; f < FIELD_COUNT; f++) expect(levelOf(code, f)).toBe(levels[f]);
  });
});

describe('EM without labels', () => {
  it('recovers m, u and λ of a simulated two-class population', () => {
    // Matches agree on every field with probability 0.9, non-matches with 0.1; 20% are matches.
    const random = rng(42);
    const counts = new Map<number, number>();
    for (let n = 0; n < 20_000; n++) {
      const match = random() < 0.2;
      const levels = COMPARISON_FIELDS.map((_, f) => {
        const top = LEVEL_COUNTS[f]! - 1;
        return random() < (match ? 0.9 : 0.1) ? top : 0;
      });
      const code = packVector(levels);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const { model, converged } = estimateModel(counts);
    expect(converged).toBe(true);
    expect(model.lambda).toBeGreaterThan(0.17);
    expect(model.lambda).toBeLessThan(0.23);
    const top = LEVEL_COUNTS[F.surname]! - 1;
    expect(model.fields[F.surname]!.m[top]).toBeGreaterThan(0.85);
    expect(model.fields[F.surname]!.u[top]).toBeLessThan(0.15);
    // Agreement weighs for a match, disagreement against.
    const table = weightTable(model);
    expect(table[F.surname]![top]).toBeGreaterThan(2);
    expect(table[F.surname]![0]).toBeLessThan(-2);
    const allAgree = packVector(COMPARISON_FIELDS.map((_, f) => LEVEL_COUNTS[f]! - 1));
    const allDisagree = packVector(COMPARISON_FIELDS.map(() => 0));
    expect(vectorWeight(allAgree, table, priorWeight(model))).toBeGreaterThan(vectorWeight(allDisagree, table, priorWeight(model)));
    // Missing fields say nothing and are left out of the explanation.
    const partial = packVector(COMPARISON_FIELDS.map((_, f) => (f === F.surname ? top : missingCode(f))));
    const explained = explainVector(partial, table);
    expect(explained.map((e) => e.field)).toEqual(['surname']);
    expect(explained[0]!.level).toBe('same');
  });

  it('keeps u (and m) fixed when asked, learning only what is free', () => {
    const counts = new Map<number, number>([
      [packVector(COMPARISON_FIELDS.map((_, f) => LEVEL_COUNTS[f]! - 1)), 100],
      [packVector(COMPARISON_FIELDS.map(() => 0)), 900],
    ]);
    const start = estimateModel(new Map()).model;
    const fixedU = estimateModel(counts, start, true);
    expect(fixedU.model.fields.map((p) => p.u)).toEqual(start.fields.map((p) => p.u));
    expect(fixedU.model.fields[F.surname]!.m).not.toEqual(start.fields[F.surname]!.m);
    const onlyLambda = estimateModel(counts, start, true, true);
    expect(onlyLambda.model.fields).toEqual(start.fields);
    expect(onlyLambda.model.lambda).toBeGreaterThan(0.05);
    expect(onlyLambda.model.lambda).toBeLessThan(0.2);
  });

  it('refuses a saved model of another version', () => {
    expect(() => checkModel({ version: MODEL_VERSION + 1, lambda: 0.1, fields: [] })).toThrow(/unknown version/);
  });
});

describe('counts with the uncertainty of the review queue', () => {
  it('ranges from all pending pairs accepted to all rejected', () => {
    // Records 0-1 one person; 2, 3, 4 alone; pending: 1↔2 (p .9), 3↔4 (p .6), 0↔2 (same join as 1↔2).
    const c = countPeople([0, 0, 2, 3, 4], [
      { left: 1, right: 2, probability: 0.9 },
      { left: 3, right: 4, probability: 0.6 },
      { left: 0, right: 2, probability: 0.8 },
    ]);
    expect(c.linked).toBe(4);
    expect(c.high).toBe(4);
    expect(c.low).toBe(2);
    expect(c.expected).toBeCloseTo(2.5, 5);
    expect(c.pendingReviews).toBe(3);
  });
});

describe('quality against truth', () => {
  it('scores pairs and clusters', () => {
    const truth = [1, 1, 1, 2, 2, 3];
    expect(pairwiseQuality(truth, truth)).toEqual({ precision: 1, recall: 1, f1: 1 });
    // Predicted: {0,1} {2} {3,4,5}: TP 1+1=2 (0-1, 3-4), predicted pairs 1+3=4, true pairs 3+1=4.
    const q = pairwiseQuality([0, 0, 2, 3, 3, 3], truth);
    expect(q.precision).toBeCloseTo(0.5);
    expect(q.recall).toBeCloseTo(0.5);
    const c = clusterQuality([0, 0, 2, 3, 3, 3], truth);
    expect(c.precision).toBe(0); // no predicted cluster is exactly a person
    const pairs = new Float64Array([0 * MAX_RECORDS + 1, 3 * MAX_RECORDS + 4, 4 * MAX_RECORDS + 5]);
    expect(pairCompleteness(pairs, truth)).toBeCloseTo(2 / 4);
  });

  it('union-find joins transitively and counts sizes', () => {
    const u = new UnionFind(5);
    u.union(0, 1);
    u.union(1, 2);
    expect(u.find(2)).toBe(u.find(0));
    expect(u.sizeOf(0)).toBe(3);
    expect(u.union(0, 2)).toBe(false);
    expect(u.find(3)).not.toBe(u.find(0));
  });
});
