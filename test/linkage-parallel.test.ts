/**
 * The comparison on worker threads (real threads, loading TypeScript through tsx as the CLI
 * does) gives the same pairs, vectors and counts as on one thread, and whole linkage runs give
 * the same links.
 */
import { describe, expect, it } from 'vitest';
import { generateSynthetic, toRecordData } from '../src/synth/index.ts';
import { linkRecords } from '../src/linkage/index.ts';
import { BLOCKING_RULES } from '../src/linkage/blocking.ts';
import { buildCandidateIndex } from '../src/linkage/candidate-index.ts';
import { RecordComparator } from '../src/linkage/compare.ts';
import { encodeRecords } from '../src/linkage/encode.ts';
import { compareAllPairs, forEachPair, type ComparedPairs } from '../src/linkage/pair-chunks.ts';
import { compareInParallel } from '../src/linkage/parallel-compare.ts';

const synthetic = generateSynthetic({ people: 1500, seed: 3 });
const inputs = synthetic.records.map((r, i) => ({ id: `r${i}`, data: toRecordData(r, r.sourceCode) }));

function listed(pairs: ComparedPairs): string[] {
  const out: string[] = [];
  forEachPair(pairs, (i, j, v) => out.push(`${i} ${j} ${v}`));
  return out;
}

describe('comparison on worker threads', () => {
  it('workers compare the same pairs to the same vectors, in the same order, with the same counts', () => {
    const records = encodeRecords(inputs);
    const index = buildCandidateIndex(records, BLOCKING_RULES);
    const one = compareAllPairs(index, new RecordComparator(records), records.birthDay);
    const many = compareInParallel(records, index, 2, undefined, { chunkRecords: 100 });
    expect(many.workerChunks).toBe(Math.ceil(records.count / 100));
    expect(one.length).toBeGreaterThan(1000);
    expect(many.pairs.length).toBe(one.length);
    expect(listed(many.pairs)).toEqual(listed(one));
    expect(many.pairs.counts.toMap()).toEqual(one.counts.toMap());
    expect(many.pairs.sameBirthDay.toMap()).toEqual(one.sameBirthDay.toMap());
    // With this thread comparing beside the workers: still the same.
    const shared = compareInParallel(records, index, 1, undefined, { chunkRecords: 100, thisThreadCompares: true });
    expect(listed(shared.pairs)).toEqual(listed(one));
    expect(shared.pairs.counts.toMap()).toEqual(one.counts.toMap());
  });

  it('links the same records whether one thread or two compare', () => {
    const one = linkRecords(inputs, { threads: 1 });
    const two = linkRecords(inputs, { threads: 2 });
    expect(Array.from(two.clustering.labels)).toEqual(Array.from(one.clustering.labels));
    expect(Array.from(two.scored.weight)).toEqual(Array.from(one.scored.weight));
    expect(two.clustering.review).toEqual(one.clustering.review);
  });
});
