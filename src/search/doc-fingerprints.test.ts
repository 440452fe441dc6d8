import { describe, expect, it } from 'vitest';
import { DocFingerprints } from './doc-fingerprints.ts';

describe('docs by fingerprint', () => {
  it('finds every doc filed, through growth and clustered fingerprints, and 0 for the others', () => {
    const table = new DocFingerprints();
    const filed = new Map<number, number>();
    for (let doc = 1; doc <= 200_000; doc++) {
      // Many fingerprints a multiple of the table size apart: they cluster in one run of slots.
      const fingerprint = doc % 3 === 0 ? doc * 2 ** 20 : (doc * 2654435761) % 2 ** 52;
      if (filed.has(fingerprint)) continue;
      table.set(fingerprint, doc);
      filed.set(fingerprint, doc);
    }
    expect(table.size).toBe(filed.size);
    for (const [fingerprint, doc] of filed) expect(table.get(fingerprint)).toBe(doc);
    expect(table.get(123.5)).toBe(0);
    expect(table.get(2 ** 52 - 1)).toBe(0);
  });
});
