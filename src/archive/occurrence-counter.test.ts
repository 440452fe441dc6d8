import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OccurrenceCounter } from './occurrence-counter.ts';

const hex = (text: string) => createHash('sha256').update(text).digest('hex');

describe('OccurrenceCounter', () => {
  it('returns how often a key was seen before, per key', () => {
    const counter = new OccurrenceCounter();
    expect(counter.next(hex('a'))).toBe(0);
    expect(counter.next(hex('b'))).toBe(0);
    expect(counter.next(hex('a'))).toBe(1);
    expect(counter.next(hex('a'))).toBe(2);
    expect(counter.next(hex('b'))).toBe(1);
    expect(counter.size).toBe(2);
  });

  it('agrees with a Map over many keys, across growth', () => {
    const counter = new OccurrenceCounter();
    const reference = new Map<string, number>();
    const got: number[] = [];
    const expected: number[] = [];
    // 5,000 distinct keys (two doublings of the table), each seen 1–3 times, interleaved.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5_000; i++) {
        if (i % 3 < round) continue;
        const key = hex(String(i));
        const seen = reference.get(key.slice(0, 24)) ?? 0;
        reference.set(key.slice(0, 24), seen + 1);
        expected.push(seen);
        got.push(counter.next(key));
      }
    }
    expect(got).toEqual(expected);
    expect(expected.filter((n) => n > 0).length).toBeGreaterThan(4_000);
    expect(counter.size).toBe(reference.size);
  });

  it('tells apart keys equal in either half (both halves are compared)', () => {
    const counter = new OccurrenceCounter();
    const base = 'abcdef0123456' + '789abcdef01' + '0'.repeat(40);
    const sameHigh = 'abcdef0123456' + '789abcdef02' + '0'.repeat(40);
    const sameLow = 'abcdef0123457' + '789abcdef01' + '0'.repeat(40);
    expect(counter.next(base)).toBe(0);
    expect(counter.next(sameHigh)).toBe(0);
    expect(counter.next(sameLow)).toBe(0);
    expect(counter.next(base)).toBe(1);
    // Digits past the 24th are not part of the id, so they do not make a new key.
    expect(counter.next('abcdef0123456' + '789abcdef01' + 'f'.repeat(40))).toBe(2);
  });

  it('refuses keys that are too short or not hex', () => {
    const counter = new OccurrenceCounter();
    expect(() => counter.next('abc')).toThrow(/24 hex digits/);
    expect(() => counter.next('zz'.repeat(20))).toThrow(/not hex/);
  });
});
