import { describe, expect, it } from 'vitest';
import { generateSynthetic, toRecordData } from '../synth/index.ts';
import { encodeRecords } from './encode.ts';
import { givenSimilarityLevel, nameLevel, RecordComparator } from './compare.ts';
import { F, levelOf, missingCode } from './comparison-fields.ts';
import { bestFormSimilarity } from './names-bridge.ts';
import { BLOCKING_RULES } from './blocking.ts';
import { buildCandidateIndex } from './candidate-index.ts';
import { compareAllPairs, forEachPair } from './pair-chunks.ts';
import type { LinkInput } from './encode.ts';

const synthetic = generateSynthetic({ people: 1500, seed: 5 });
const records = encodeRecords(synthetic.records.map((r, i) => ({ id: `r${i}`, data: toRecordData(r, r.sourceCode) })), undefined, { nameWorker: false });
const comparator = new RecordComparator(records);

/** The surname level as first written: the best similarity over all Latin forms, no shortcuts. */
function surnameLevel(i: number, j: number): number {
  const a = records.surname[i]!;
  const b = records.surname[j]!;
  if (a < 0 || b < 0) return missingCode(F.surname);
  return a === b ? 3 : nameLevel(bestFormSimilarity(records.surnameLatin[a]!, records.surnameLatin[b]!));
}

/** The given-name level the same way. */
function givenLevel(i: number, j: number): number {
  const a = records.given[i]!;
  const b = records.given[j]!;
  if (a < 0 || b < 0) return missingCode(F.givenName);
  if (a === b) return 4;
  const ga = records.givenGroup[i]!;
  const gb = records.givenGroup[j]!;
  if (ga < 0 || gb < 0) return records.givenInitial[i] === records.givenInitial[j] && records.givenInitial[i] !== 0 ? 1 : 0;
  if (ga === gb) return 4;
  return givenSimilarityLevel(bestFormSimilarity(records.givenLatin[a]!, records.givenLatin[b]!));
}

describe('name levels of the comparator', () => {
  it('match the plain best similarity on every candidate pair and on random pairs', () => {
    const index = buildCandidateIndex(records, BLOCKING_RULES);
    const pairs = compareAllPairs(index, new RecordComparator(records), records.birthDay);
    const seen = new Set<number>();
    let checked = 0;
    const check = (i: number, j: number, v: number) => {
      expect(levelOf(v, F.surname), `${records.surnames.values[records.surname[i]!]} ~ ${records.surnames.values[records.surname[j]!]}`).toBe(surnameLevel(i, j));
      expect(levelOf(v, F.givenName)).toBe(givenLevel(i, j));
      seen.add(levelOf(v, F.surname));
      checked++;
    };
    forEachPair(pairs, check);
    let seed = 17;
    for (let k = 0; k < 20_000; k++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const i = seed % records.count;
      const j = (seed >>> 7) % records.count;
      check(i, j, comparator.compare(i, j));
    }
    expect(checked).toBeGreaterThan(21_000); // the random pairs and over a thousand candidates
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('reads surnames without Latin forms as one name when they normalise alike', () => {
    const rec = (surname: string): LinkInput => ({ id: surname, data: { sourceId: 's', synthetic: true, fields: { surname: { text: surname } } } });
    const r = encodeRecords([rec('?'), rec('—'), rec('Петров'), rec('Petrova'), rec('Абрамович')], undefined, { nameWorker: false });
    const c = new RecordComparator(r);
    expect(levelOf(c.compare(0, 1), F.surname)).toBe(3);
    expect(levelOf(c.compare(2, 3), F.surname)).toBe(3);
    expect(levelOf(c.compare(0, 2), F.surname)).toBe(0);
    expect(levelOf(c.compare(2, 4), F.surname)).toBe(0);
  });
});
