import { describe, expect, it } from 'vitest';
import { nationalityKey, operationKey, sentenceKey, toSearchDoc } from './document.ts';
import { countFacets } from './facets.ts';

describe('search documents', () => {
  it('reads nationality words in four languages as one facet key', () => {
    for (const word of ['поляк', 'полька', 'Polish', 'Pole', 'polska']) expect(nationalityKey(word)).toBe('polish');
    for (const word of ['немец', 'немка', 'German', 'Deutsch']) expect(nationalityKey(word)).toBe('german');
    expect(nationalityKey('латыш')).toBe('latvian');
    expect(nationalityKey('айсор')).toBe('айсор');
  });

  it('sorts sentences into death, camp and other', () => {
    expect(sentenceKey('ВМН (расстрел)')).toBe('death');
    expect(sentenceKey('death (shooting)')).toBe('death');
    expect(sentenceKey('10 лет ИТЛ')).toBe('camp');
    expect(sentenceKey('8 years of labour camp')).toBe('camp');
    expect(sentenceKey('освобожден')).toBe('other');
    expect(sentenceKey('')).toBe('');
  });

  it('reads NKVD order numbers out of operation names', () => {
    expect(operationKey('польская операция (приказ НКВД № 00485)')).toBe('00485');
    expect(operationKey('order 00447')).toBe('00447');
    expect(operationKey('Латышская операция')).toBe('латышская операция');
  });

  it('takes birth years from EDTF norms, printed dates and uncertain years', () => {
    const years = (text: string, norm?: string) => {
      const d = toSearchDoc('r', 's', { birthDate: norm ? { text, norm } : { text } }, false);
      return [d.birthMin, d.birthMax];
    };
    expect(years('12.03.1898')).toEqual([1898, 1898]);
    expect(years('около 1898')).toEqual([1898, 1898]);
    expect(years('189?', '189X')).toEqual([1890, 1899]);
    expect(years('не указан')).toEqual([undefined, undefined]);
  });

  it('counts facets, listing the most frequent first and the records without a value apart', () => {
    const row = (nationality: string, arrest_year: number | null) => ({ nationality, sentence: 'death', arrest_year, region: '', source_id: 'src_1' });
    const facets = countFacets([row('polish', 1937), row('polish', 1938), row('german', null)]);
    expect(facets.nationality.values).toEqual([{ value: 'polish', count: 2 }, { value: 'german', count: 1 }]);
    expect(facets.arrestYear.missing).toBe(1);
    expect(facets.region.missing).toBe(3);
    expect(facets.source.values).toEqual([{ value: 'src_1', count: 3 }]);
  });
});
