import { describe, expect, it } from 'vitest';
import { Dictionary, PairCache } from './dictionary.ts';

describe('Dictionary and PairCache', () => {
  it('interns strings to stable ids', () => {
    const d = new Dictionary();
    expect(d.intern('ежов')).toBe(0);
    expect(d.intern('ivanov')).toBe(1);
    expect(d.intern('ежов')).toBe(0);
    expect(d.lookup('nope')).toBe(-1);
    expect(d.size).toBe(2);
  });

  it('computes each unordered pair once and returns it unchanged through growth', () => {
    let calls = 0;
    const f = (a: number, b: number) => (a * 7 + b * 13) % 8;
    const cache = new PairCache((a, b) => {
      calls++;
      return f(a, b);
    });
    for (let round = 0; round < 2; round++) {
      for (let a = 0; a < 400; a++) {
        for (let b = 0; b < 400; b += 3) {
          expect(cache.get(a, b)).toBe(f(Math.min(a, b), Math.max(a, b)));
        }
      }
    }
    expect(calls).toBe(cache.size);
    expect(cache.size).toBeLessThan(400 * 134);
  });

  it('refuses a value it cannot hold rather than storing it wrong', () => {
    const cache = new PairCache(() => 8);
    expect(() => cache.get(1, 2)).toThrow(/0\.\.7/);
  });
});
