import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { FormSignatures, editLowerBound, letterMask } from './form-signatures.ts';
import { bestFormSimilarity } from './names-bridge.ts';
import { givenSimilarityLevel, nameLevel, NAME_CLOSE_SCORE, NAME_SAME_SCORE, NAME_SIMILAR_SCORE } from './compare.ts';

/** Name-like strings: a small alphabet (so pairs are often alike), some letters beyond a–z sharing a class with them. */
const letter = fc.constantFrom(...'aeiouvkrnstzhcjwy'.split(''), 'ł', 'ö', '-', ' ', "'");
const word = fc.array(letter, { maxLength: 12 }).map((cs) => cs.join(''));
/** Spellings of real names, so that the close levels are reached too. */
const NAMES = ['ivanov', 'ivanow', 'iwanow', 'petrov', 'petrow', 'netrov', 'kuznetsov', 'kusnezow', 'kuznecov', 'shvarts', 'schwarz', 'szwarc', 'mikhail', 'michal', 'mikhal', 'ivan', 'iwan', 'jan', 'a', ''];
const name = fc.oneof(word, fc.constantFrom(...NAMES));
const formSet = fc.array(name, { minLength: 0, maxLength: 4 });

describe('form signatures', () => {
  it('bound the edit distance from below', () => {
    fc.assert(fc.property(word, word, (x, y) => {
      expect(editLowerBound(x.length, letterMask(x), y.length, letterMask(y))).toBeLessThanOrEqual(distance(x, y));
    }), { numRuns: 5000 });
  });

  it('give every surname and given-name level the full comparison gives', () => {
    const levels = new Set<number>();
    fc.assert(fc.property(formSet, formSet, (a, b) => {
      const signatures = new FormSignatures([a, b]);
      const full = bestFormSimilarity(a, b);
      const surname = signatures.canReach(0, 1, NAME_SIMILAR_SCORE) ? nameLevel(signatures.bestSimilarity(0, 1, NAME_SIMILAR_SCORE, NAME_SAME_SCORE)) : 0;
      const given = signatures.canReach(0, 1, NAME_SIMILAR_SCORE) ? givenSimilarityLevel(signatures.bestSimilarity(0, 1, NAME_SIMILAR_SCORE, NAME_CLOSE_SCORE)) : 0;
      expect(surname).toBe(nameLevel(full));
      expect(given).toBe(givenSimilarityLevel(full));
      levels.add(surname);
    }), { numRuns: 20000 });
    // Every surname level was met, so each branch was checked.
    expect([...levels].sort()).toEqual([0, 1, 2, 3]);
  });

  it('rule out names with no letters in common and keep a one-letter typo', () => {
    const signatures = new FormSignatures([['kuznetsov'], ['abramovich', 'abramowitsch'], ['kuznecov']]);
    expect(signatures.canReach(0, 1, NAME_SIMILAR_SCORE)).toBe(false);
    expect(signatures.canReach(0, 2, NAME_SIMILAR_SCORE)).toBe(true);
    expect(signatures.bestSimilarity(0, 2, 0, 1)).toBeCloseTo(1 - 2 / 9);
  });
});
