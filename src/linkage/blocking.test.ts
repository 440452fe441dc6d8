import { describe, expect, it } from 'vitest';
import type { RecordData } from '../domain/record.ts';
import { unpackPair } from './blocking.ts';
import { blockPairs, FULL_BLOCK_MAX, NEIGHBOUR_WINDOW } from './candidate-index.ts';
import { encodeRecords, nationalityCode, placeKey, sexCode } from './encode.ts';

const f = (text: string) => ({ text });
const rec = (fields: RecordData['fields'], sourceId = 'S'): RecordData => ({ sourceId, fields, synthetic: true });

describe('encoding', () => {
  it('reads nationality in Russian (either gender) and English as one key', () => {
    expect(nationalityCode(f('поляк'))).toBe('polish');
    expect(nationalityCode(f('полька'))).toBe('polish');
    expect(nationalityCode(f('Polish'))).toBe('polish');
  });
  it('compares places by settlement, without type abbreviations', () => {
    expect(placeKey('г. Минск, Минская обл.')).toBe(placeKey('Минск'));
  });
  it('reads sex in several languages', () => {
    expect(sexCode(f('муж.'))).toBe(1);
    expect(sexCode(f('female'))).toBe(2);
    expect(sexCode(f('?'))).toBe(0);
  });
});

describe('blocking', () => {
  it('brings one name together across scripts, and not unrelated names', () => {
    const r = encodeRecords([
      { id: 'a', data: rec({ surname: f('Ежов'), givenName: f('Николай'), birthDate: f('1895') }) },
      { id: 'b', data: rec({ surname: f('Jeżow'), givenName: f('Mikołaj'), birthDate: f('1895') }) },
      { id: 'c', data: rec({ surname: f('Петерсон'), givenName: f('Карл'), birthDate: f('1901') }) },
    ]);
    const pairs = [...blockPairs(r).pairs].map(unpackPair);
    expect(pairs).toContainEqual([0, 1]);
    expect(pairs.some(([i, j]) => i === 2 || j === 2)).toBe(false);
  });

  it('brings together a surname whose first letter was misread (Нетров for Петров), only with its other letters', () => {
    const r = encodeRecords([
      { id: 'a', data: rec({ surname: f('Петров'), givenName: f('Николай'), birthDate: f('1880') }) },
      { id: 'b', data: rec({ surname: f('Нетров'), givenName: f('Николай'), birthDate: f('1881') }) },
      { id: 'c', data: rec({ surname: f('Нетрович'), givenName: f('Николай'), birthDate: f('1881') }) },
    ]);
    const result = blockPairs(r);
    const pairs = [...result.pairs].map(unpackPair);
    expect(pairs).toContainEqual([0, 1]);
    expect(pairs).not.toContainEqual([0, 2]);
    const suffixRule = result.perRule.find((x) => x.rule.startsWith('surname last letters'));
    expect(suffixRule?.pairs).toBe(1);
  });

  it('keeps a huge block linear: sorted neighbourhood instead of all pairs', () => {
    const n = FULL_BLOCK_MAX * 3;
    const inputs = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, data: rec({ surname: f('Иванов'), givenName: f('Иван'), birthDate: f(String(1880 + (i % 40))) }) }));
    const result = blockPairs(encodeRecords(inputs));
    expect(result.pairs.length).toBeLessThan((n * (n - 1)) / 2 / 2);
    // Every record still meets its neighbours of the same birth year.
    const pairs = new Set([...result.pairs]);
    expect(pairs.size).toBeGreaterThan(n * Math.min(NEIGHBOUR_WINDOW, 10));
  });
});
