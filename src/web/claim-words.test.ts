import { describe, expect, it } from 'vitest';
import { claimValueText, propertyLabel } from './claim-words.ts';

describe('claims in the visitor language', () => {
  it('keeps the number and the qualifier, changing only the words', () => {
    const value = { type: 'quantity', amount: 767000, qualifier: 'over', unit: 'people' } as const;
    expect(claimValueText(value, 'en')).toBe('over 767,000 people');
    expect(claimValueText(value, 'ru')).toBe('более 767\u00a0000 чел.');
    expect(claimValueText({ type: 'range', min: 437000, max: 445000, qualifier: 'about', unit: 'people' }, 'ru')).toBe('около 437\u00a0000–445\u00a0000 чел.');
  });

  it('names known properties and shows unknown ones as written', () => {
    expect(propertyLabel('sentenced-to-death', 'ru')).toBe('приговорено к расстрелу');
    expect(propertyLabel('messages-with-stalin-per-day', 'en')).toBe('messages with stalin per day');
  });
});
