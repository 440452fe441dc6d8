import { describe, expect, it } from 'vitest';
import { F, FIELD_COUNT, LEVEL_COUNTS, missingCode, packVector } from './comparison-fields.ts';
import { initialModel } from './model.ts';
import { settlePrior } from './prior.ts';

/** Counts of a population of `allPairs` pairs, a share `lambda` matches, compared on the surname only. */
function population(lambda: number, allPairs: number) {
  const fields = initialModel().fields;
  const m = [0.02, 0.03, 0.05, 0.9];
  const u = [0.97, 0.02, 0.009, 0.001];
  fields[F.surname] = { m, u };
  const counts = new Map<number, number>();
  for (let level = 0; level < LEVEL_COUNTS[F.surname]!; level++) {
    const levels = Array.from({ length: FIELD_COUNT }, (_, f) => missingCode(f));
    levels[F.surname] = level;
    counts.set(packVector(levels), allPairs * (lambda * m[level]! + (1 - lambda) * u[level]!));
  }
  return { fields, counts };
}

describe('the prior settled against the candidates', () => {
  it('recovers the share of matches of a population whose m and u are known', () => {
    for (const lambda of [1e-6, 1e-3, 0.2]) {
      const { fields, counts } = population(lambda, 1e9);
      expect(settlePrior(counts, fields, 1e9) / lambda).toBeCloseTo(1, 6);
    }
  });

  it('is lower when the candidates hold fewer of the pairs (the rest count as non-matches)', () => {
    const { fields, counts } = population(1e-3, 1e9);
    expect(settlePrior(counts, fields, 1e10)).toBeLessThan(settlePrior(counts, fields, 1e9));
  });
});
