import { describe, expect, it } from 'vitest';
import { dateLevel } from './compare.ts';
import { dateCode, encodeRecords, years, sentenceCode, SENTENCE_DEATH, SENTENCE_TERM_BASE, SENTENCE_OTHER_BASE } from './encode.ts';
import { F, COMPARISON_FIELDS, VECTOR_SPACE } from './comparison-fields.ts';
import { Dictionary } from './dictionary.ts';

const level = (a: string, b: string) => dateLevel(dateCode({ text: a }), dateCode({ text: b }), F.arrestDate);
const label = (l: number) => COMPARISON_FIELDS[F.arrestDate]!.levels[l] ?? 'missing';

describe('date comparison to the day, month and year', () => {
  it('tells a shared day from a shared month from a shared year', () => {
    expect(label(level('12.10.1937', '12.10.1937'))).toBe('same date');
    expect(label(level('12.10.1937', '1937-10'))).toBe('same month');
    expect(label(level('10.1937', '1937-10'))).toBe('same month');
    expect(label(level('12.10.1937', '13.10.1937'))).toBe('same month');
    expect(label(level('12.10.1937', '1937'))).toBe('same year');
    expect(label(level('12.10.1937', '11.1937'))).toBe('same year');
    expect(label(level('12.10.1937', '12.10.1938'))).toBe('different');
    expect(label(level('12.10.1937', ''))).toBe('missing');
  });
  it('encodes a month-precision date as yyyymm00', () => {
    expect(dateCode({ text: '08.1937' })).toBe(19370800);
    expect(dateCode({ text: '1937' })).toBe(19370000);
    expect(dateCode({ text: '01.08.1937' })).toBe(19370801);
  });
  it('keeps every packed vector inside 32 bits', () => {
    expect(VECTOR_SPACE).toBeLessThanOrEqual(2 ** 32);
  });
});

describe('sentence codes', () => {
  const words = new Dictionary();
  const code = (text: string, norm?: string) => sentenceCode(norm ? { text, norm } : { text }, words);
  it('reads death in Russian, English, Polish and German as one code', () => {
    for (const t of ['ВМН (расстрел)', 'расстрелян', 'death (shooting)', 'kara śmierci (rozstrzelanie)', 'Todesstrafe (Erschießung)']) expect(code(t), t).toBe(SENTENCE_DEATH);
    expect(code('', 'death')).toBe(SENTENCE_DEATH);
  });
  it('reads a camp term as its years, whatever the language or vocabulary key', () => {
    expect(code('10 лет ИТЛ')).toBe(SENTENCE_TERM_BASE + 10);
    expect(code('10 years of labour camp')).toBe(SENTENCE_TERM_BASE + 10);
    expect(code('x', 'camp:10y')).toBe(SENTENCE_TERM_BASE + 10);
    expect(code('8 лет ИТЛ')).not.toBe(code('10 лет ИТЛ'));
  });
  it('keeps other wordings apart from each other, and missing as 0', () => {
    expect(code('выслан')).toBeGreaterThanOrEqual(SENTENCE_OTHER_BASE);
    expect(code('освобожден')).not.toBe(code('выслан'));
    expect(code('')).toBe(0);
  });
});

describe('birth years and given names the parsers miss', () => {
  it('reads a lone year from approximate wordings the date parser does not read', () => {
    expect(years({ text: 'ca. 1897' })).toEqual({ min: 1897, max: 1897 });
    expect(years({ text: 'abt 1897' })).toEqual({ min: 1897, max: 1897 });
    expect(years({ text: '1897' })).toEqual({ min: 1897, max: 1897 });
    expect(years({ text: 'between 1897 and 1899 or so' })).toBeUndefined();
    expect(years({ text: 'unknown' })).toBeUndefined();
  });
  it('puts a Cyrillic given name the table lacks in the class of its Latin form', () => {
    const record = (givenName: string) => ({ id: givenName, data: { sourceId: 's', synthetic: true, fields: { surname: { text: 'Шварц' }, givenName: { text: givenName } } } });
    const r = encodeRecords([record('Михал'), record('Mikhal'), record('Michał'), record('Фрол')]);
    expect(r.givenGroup[0]).toBe(r.givenGroup[1]);
    expect(r.givenGroup[0]).toBe(r.givenGroup[2]);
    expect(r.givenGroup[3]).not.toBe(r.givenGroup[0]);
  });
});
