import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../synth/index.ts';
import { toSearchDoc } from './document.ts';
import { docKeyHashes, type KeyedDoc } from './keys.ts';
import { docKeyHashesFast } from './key-hashes.ts';

const sameSet = (doc: KeyedDoc) => {
  const fast = docKeyHashesFast(doc);
  expect(new Set(fast).size).toBe(fast.length);
  expect([...fast].sort((a, b) => a - b)).toEqual([...docKeyHashes(doc)].sort((a, b) => a - b));
};

describe('hashed keys made without key strings', () => {
  it('are the keys of keys.ts, each once, for every synthetic record', () => {
    const { records } = generateSynthetic({ people: 400, seed: 5 });
    const docs = records.map((r, i) => {
      const fields = Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k, { text: v }]));
      return toSearchDoc(`rec_${i}`, 'src_test', fields, true);
    });
    expect(docs.length).toBeGreaterThan(700);
    for (const doc of docs) sameSet(doc);
  });

  it('agree on the edge cases: repaired given names, year spans, bucket boundaries, missing parts', () => {
    const base: KeyedDoc = { surnameKeys: ['470000', '479000'], givenKeys: ['nikolay', '~stepan'], patronymicKeys: ['ivan'], surnameNorm: 'ежов' };
    for (const years of [{}, { birthMin: 1895, birthMax: 1895 }, { birthMin: 1894, birthMax: 1896 }, { birthMin: 1894, birthMax: 1897 }, { birthMin: 1899, birthMax: 1900 }, { birthMin: 1895 }]) {
      sameSet({ ...base, ...years });
      sameSet({ ...base, ...years, givenKeys: [] });
      sameSet({ ...base, ...years, surnameKeys: ['876000'], patronymicKeys: [] });
      sameSet({ ...base, ...years, surnameKeys: [], surnameNorm: '' });
    }
    // A reused output array is emptied first.
    const out = [1, 2, 3];
    expect(docKeyHashesFast({ surnameKeys: [], givenKeys: [], patronymicKeys: [], surnameNorm: '' }, out)).toEqual([]);
  });
});
