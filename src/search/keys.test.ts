import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../synth/index.ts';
import { toSearchDoc } from './document.ts';
import { docKeyHashes, docKeys, hashKey } from './keys.ts';

describe('index keys', () => {
  it('hashes a document to its keys, each once', () => {
    const { records } = generateSynthetic({ people: 300, seed: 3 });
    const docs = records.map((r, i) => {
      const fields = Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k, { text: v }]));
      return toSearchDoc(`rec_${i}`, 'src_test', fields, true);
    });
    expect(docs.length).toBeGreaterThan(500);
    for (const doc of docs) {
      const hashes = docKeyHashes(doc);
      expect(new Set(hashes).size).toBe(hashes.length);
      expect(new Set(hashes)).toEqual(new Set(docKeys(doc).map(hashKey)));
    }
    const none = toSearchDoc('rec_x', 'src_test', {}, true);
    expect(docKeyHashes(none)).toEqual([]);
  });

  it('hashes key strings to the same 52-bit integers as index version 7 did (FNV-1a twice)', () => {
    expect(hashKey('s|470000')).toBe(4483838071661099);
    expect(hashKey('sg|470000|николай')).toBe(1841242905758449);
    expect(hashKey('x|ежов')).toBe(1388401050557714);
    expect(hashKey('s|470000')).toBeLessThan(2 ** 52);
  });
});
