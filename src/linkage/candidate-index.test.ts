import { describe, expect, it } from 'vitest';
import { generateSynthetic, toRecordData } from '../synth/index.ts';
import { BLOCKING_RULES } from './blocking.ts';
import { buildCandidateIndex, CandidateLister, FULL_BLOCK_MAX, pairsProposed } from './candidate-index.ts';
import { encodeRecords } from './encode.ts';

/** The candidate pairs by definition: two records share a key under some rule (small blocks only). */
function naivePairs(r: ReturnType<typeof encodeRecords>): Set<string> {
  const out = new Set<string>();
  for (const rule of BLOCKING_RULES) {
    const byKey = new Map<number, number[]>();
    for (let i = 0; i < r.count; i++) {
      const keys: number[] = [];
      rule.keys(r, i, keys);
      for (const k of new Set(keys)) byKey.set(k, [...(byKey.get(k) ?? []), i]);
    }
    for (const members of byKey.values()) {
      expect(members.length).toBeLessThanOrEqual(FULL_BLOCK_MAX);
      for (const a of members) for (const b of members) if (a < b) out.add(`${a} ${b}`);
    }
  }
  return out;
}

describe('candidate index', () => {
  const synthetic = generateSynthetic({ people: 300, seed: 5 });
  const records = encodeRecords(synthetic.records.map((s, i) => ({ id: `r${i}`, data: toRecordData(s, s.sourceCode) })));

  it('lists each pair sharing a key under any rule exactly once, larger partner after, ascending', () => {
    const lister = new CandidateLister(buildCandidateIndex(records, BLOCKING_RULES));
    const out = new Int32Array(lister.maxCandidates());
    const listed: string[] = [];
    for (let i = 0; i < records.count; i++) {
      const n = lister.candidatesOf(i, out);
      for (let c = 0; c < n; c++) {
        expect(out[c]!).toBeGreaterThan(i);
        if (c > 0) expect(out[c]!).toBeGreaterThan(out[c - 1]!);
        listed.push(`${i} ${out[c]}`);
      }
    }
    const expected = naivePairs(records);
    expect(expected.size).toBeGreaterThan(100);
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(expected);
  });

  it('counts the pairs a block proposes: all of a small one, a window of a large one', () => {
    expect(pairsProposed(1)).toBe(0);
    expect(pairsProposed(FULL_BLOCK_MAX)).toBe((FULL_BLOCK_MAX * (FULL_BLOCK_MAX - 1)) / 2);
    // Brute force over a large block's positions: each meets the next 12 (NEIGHBOUR_WINDOW).
    const size = FULL_BLOCK_MAX + 9;
    let pairs = 0;
    for (let x = 0; x < size; x++) pairs += Math.min(12, size - 1 - x);
    expect(pairsProposed(size)).toBe(pairs);
  });
});
