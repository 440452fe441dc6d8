/**
 * A small seeded random source for the synthetic archive. The generator must give the same
 * archive for the same seed on every machine and Node version, and draw millions of values
 * quickly, so it uses its own PRNG (mulberry32) instead of Math.random or faker's instance.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}

/** mulberry32 from a 32-bit state: floats in [0, 1); passes the usual statistical tests well enough for test data. */
export function mulberry32(initial: number): () => number {
  let state = initial >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32((seed >>> 0) ^ 0x9e3779b9);
  const weightCache = new WeakMap<object, { keys: string[]; cumulative: number[]; total: number }>();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      let table = weightCache.get(weights);
      if (!table) {
        const keys = Object.keys(weights);
        const cumulative: number[] = [];
        let total = 0;
        for (const key of keys) {
          total += (weights as Record<string, number>)[key]!;
          cumulative.push(total);
        }
        table = { keys, cumulative, total };
        weightCache.set(weights, table);
      }
      const target = next() * table.total;
      let lo = 0;
      let hi = table.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (table.cumulative[mid]! > target) hi = mid;
        else lo = mid + 1;
      }
      return table.keys[lo] as K;
    },
  };
}
