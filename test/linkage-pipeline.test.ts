/**
 * The linkage pipeline on hand-made records mixed into a small synthetic archive (so EM has a
 * population to learn from): what is linked, what goes to review, what is suggested, and the
 * quality against the synthetic truth.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSynthetic, toRecordData } from '../src/synth/index.ts';
import { linkRecords, explainPair, suggestFamily, pairwiseQuality, pairCompleteness, type LinkInput, type LinkResult } from '../src/linkage/index.ts';
import { fixtureRecords } from './linkage-fixtures.ts';

let inputs: LinkInput[];
let truth: Int32Array;
let result: LinkResult;
const FIXTURES = 9;

beforeAll(() => {
  const synthetic = generateSynthetic({ people: 400, seed: 11 });
  inputs = [
    ...fixtureRecords(['A', 'B', 'C']).map((data, i) => ({ id: `fx${i}`, data })),
    ...synthetic.records.map((r) => ({ id: r.key, data: toRecordData(r, r.sourceCode) })),
  ];
  // Fixture persons: 0-2 one man, the rest each alone (negative ids never meet synthetic ones).
  truth = Int32Array.from([-1, -1, -1, -4, -5, -6, -7, -8, -9, ...synthetic.records.map((r) => r.personId)]);
  result = linkRecords(inputs);
});

function pairIndex(a: number, b: number): number {
  for (let k = 0; k < result.scored.length; k++) {
    const l = result.scored.left[k]!;
    const r = result.scored.right[k]!;
    if ((l === a && r === b) || (l === b && r === a)) return k;
  }
  return -1;
}

describe('linkRecords', () => {
  it('joins one man written in Cyrillic, Latin and with a typo', () => {
    const labels = result.clustering.labels;
    expect(labels[1]).toBe(labels[0]);
    expect(labels[2]).toBe(labels[0]);
  });

  it('never joins two records silently on the name alone: they go to review', () => {
    const labels = result.clustering.labels;
    expect(labels[3]).not.toBe(labels[4]);
    const k = pairIndex(3, 4);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(result.clustering.review).toContain(k);
    expect(result.clustering.links).not.toContain(k);
    const k2 = pairIndex(7, 8);
    expect(labels[7]).not.toBe(labels[8]);
    expect(result.clustering.review).toContain(k2);
  });

  it('explains each link field by field, in bits that add up to the weight', () => {
    const k = pairIndex(0, 1);
    const e = explainPair(result, k);
    expect(e.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['surname', 'givenName', 'birthYear', 'arrestDate']));
    const sum = e.prior + e.fields.reduce((s, f) => s + f.bits, 0);
    expect(sum).toBeCloseTo(e.weight, 0);
    expect(e.probability).toBeGreaterThan(0.95);
  });

  it('suggests the father from the patronymic, surname and place, as a suggestion', () => {
    const suggestions = suggestFamily(result.records, result.clustering.labels).filter((s) => s.from < FIXTURES);
    expect(suggestions).toContainEqual(expect.objectContaining({ kind: 'father', from: 6, to: 5 }));
    expect(suggestions).toContainEqual(expect.objectContaining({ kind: 'relative' }));
  });

  it('keeps apart a pair an editor separated', () => {
    const again = linkRecords(inputs, { excludePair: (i, j) => (i === 0 && j === 1) || (i === 1 && j === 0) });
    expect(again.scored.left.some((l, k) => (l === 0 && again.scored.right[k] === 1) || (l === 1 && again.scored.right[k] === 0))).toBe(false);
  });

  it('compares a small share of all pairs and finds most records of one person', () => {
    const n = inputs.length;
    expect(result.pairs.length).toBeLessThan((n * (n - 1)) / 2 / 20);
    expect(pairCompleteness(result.pairs, truth)).toBeGreaterThan(0.85);
    const q = pairwiseQuality(result.clustering.labels, truth);
    expect(q.precision).toBeGreaterThan(0.95);
    expect(q.f1).toBeGreaterThan(0.8);
  });
});
