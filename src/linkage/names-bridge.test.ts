import { describe, expect, it } from 'vitest';
import { bestFormSimilarity } from './names-bridge.ts';
import { givenSimilarityLevel, nameLevel, NAME_CLOSE_SCORE, NAME_SAME_SCORE, NAME_SIMILAR_SCORE } from './compare.ts';

const NAMES = ['ivan', 'iwan', 'johann', 'jan', 'ivanov', 'ivanow', 'iwanow', 'petrov', 'petrow', 'netrov', 'aleksandr', 'alexander', 'oleksandr',
  'mikhail', 'michal', 'mikhal', 'mykhailo', 'kuznetsov', 'kusnezow', 'kuznecov', 'shvarts', 'schwarz', 'szwarc', 'a', '', 'ab', 'anna', 'hanna', 'ganna'];

describe('best similarity over Latin forms, pruned', () => {
  it('gives every surname and given-name level the full comparison gives', () => {
    let seed = 9;
    const pick = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return NAMES[seed % NAMES.length]!;
    };
    const forms = () => Array.from({ length: 1 + (pick().length % 3) }, pick);
    const levelsSeen = new Set<number>();
    for (let k = 0; k < 5000; k++) {
      const a = forms();
      const b = forms();
      const full = bestFormSimilarity(a, b);
      expect(nameLevel(bestFormSimilarity(a, b, NAME_SIMILAR_SCORE, NAME_SAME_SCORE))).toBe(nameLevel(full));
      expect(givenSimilarityLevel(bestFormSimilarity(a, b, NAME_SIMILAR_SCORE, NAME_CLOSE_SCORE))).toBe(givenSimilarityLevel(full));
      levelsSeen.add(nameLevel(full));
    }
    // The sample reaches every surname level, so each branch was checked.
    expect([...levelsSeen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('is 1 for a shared form and symmetric', () => {
    expect(bestFormSimilarity(['ivan', 'iwan'], ['jan', 'iwan'])).toBe(1);
    expect(bestFormSimilarity(['petrov'], ['netrov'])).toBeCloseTo(5 / 6);
    expect(bestFormSimilarity(['netrov'], ['petrov'])).toBe(bestFormSimilarity(['petrov'], ['netrov']));
  });
});
