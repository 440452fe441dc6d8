import { describe, expect, it } from 'vitest';
import { Dictionary, StringTable, stringHash } from './dictionary.ts';

describe('StringTable', () => {
  it('gives the ids a Dictionary gives, through growth and colliding hashes', () => {
    const table = new StringTable();
    const colliding = new StringTable();
    const dictionary = new Dictionary();
    let seed = 7;
    const random = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const ids: number[] = [];
    const tableIds: number[] = [];
    const collidingIds: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      // Repeats and near-repeats, Cyrillic and Latin, the empty string.
      const value = random(10) === 0 ? '' : `${random(2) === 0 ? 'иванов' : 'ivanov'}${random(100_000)}`;
      ids.push(dictionary.intern(value));
      tableIds.push(table.intern(value));
      // The first few thousand under one of 4 hashes: found by comparing the strings themselves.
      if (i < 3000) collidingIds.push(colliding.intern(value, stringHash(value) & 3));
    }
    expect(tableIds).toEqual(ids);
    expect(collidingIds).toEqual(ids.slice(0, 3000));
    expect(table.values).toEqual(dictionary.values);
    expect(colliding.values).toEqual(dictionary.values.slice(0, colliding.size));
  });

  it('keeps the ids of the values it starts from, and indexes only those interned since', () => {
    const table = new StringTable(['', 'a', 'b']);
    expect(table.intern('c')).toBe(3);
    expect(table.intern('c')).toBe(3);
    expect(table.intern('a')).toBe(4);
    expect(table.values).toEqual(['', 'a', 'b', 'c', 'a']);
  });

  it('hashes a string the same every time, and strings that differ in one character apart', () => {
    expect(stringHash('Иванов')).toBe(stringHash(['И', 'ванов'].join('')));
    expect(stringHash('ivanov')).not.toBe(stringHash('ivanow'));
    expect(Number.isInteger(stringHash(''))).toBe(true);
  });
});
