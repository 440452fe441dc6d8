import { describe, expect, it } from 'vitest';
import { VectorCounts, VectorTable } from './vector-counts.ts';
import { VECTOR_SPACE } from './comparison-fields.ts';

describe('vector counts', () => {
  it('counts like a Map, across growth, for vectors up to the top of the 32-bit space', () => {
    const counts = new VectorCounts();
    const reference = new Map<number, number>();
    let seed = 42;
    for (let k = 0; k < 200_000; k++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      // Mostly a few common vectors, as in real runs, and many rare ones (0 and the largest included).
      const v = k % 3 === 0 ? seed % 50 : k === 1 ? VECTOR_SPACE - 1 : k === 2 ? 0 : seed % VECTOR_SPACE;
      counts.add(v);
      reference.set(v, (reference.get(v) ?? 0) + 1);
    }
    expect(counts.size).toBe(reference.size);
    expect(counts.toMap()).toEqual(reference);
    expect(counts.get(VECTOR_SPACE - 1)).toBe(reference.get(VECTOR_SPACE - 1));
  });

  it('merges tables and survives a transfer', () => {
    const a = new VectorCounts();
    const b = new VectorCounts();
    a.add(7, 2);
    b.add(7);
    b.add(9, 4);
    a.merge(VectorCounts.fromTransfer(b.toTransfer()));
    expect(a.toMap()).toEqual(new Map([[7, 3], [9, 4]]));
  });

  it('looks a value up per vector, NaN for a vector it was not built from', () => {
    const counts = new VectorCounts();
    for (const v of [0, 5, 2 ** 31 + 3]) counts.add(v);
    const table = new VectorTable(counts, (v) => v / 2);
    expect(table.get(5)).toBe(2.5);
    expect(table.get(2 ** 31 + 3)).toBe((2 ** 31 + 3) / 2);
    expect(table.get(0)).toBe(0);
    expect(table.get(6)).toBeNaN();
  });
});
