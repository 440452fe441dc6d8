import { describe, expect, it } from 'vitest';
import edtf from 'edtf';
import { edtfYear, monthNumber, normalizeDate } from './dates.ts';

const cases: [string, string, string, boolean, boolean][] = [
  // text, edtf, precision, uncertain, approximate
  ['1898', '1898', 'year', false, false],
  ['17.05.1938', '1938-05-17', 'day', false, false],
  ['9.12.1937', '1937-12-09', 'day', false, false],
  ['1938-05-17', '1938-05-17', 'day', false, false],
  ['05.1938', '1938-05', 'month', false, false],
  ['193X', '193X', 'decade', false, false],
  ['в 1930-х гг.', '193X', 'decade', false, false],
  ['1898?', '1898?', 'year', true, false],
  ['ок. 1898', '1898~', 'year', false, true],
  ['ca. 1897', '1897~', 'year', false, true],
  ['circa 1897', '1897~', 'year', false, true],
  ['abt 1897', '1897~', 'year', false, true],
  ['um 1897', '1897~', 'year', false, true],
  ['около 1900 г.', '1900~', 'year', false, true],
  ['~1898', '1898~', 'year', false, true],
  ['1937-08~', '1937-08~', 'month', false, true],
  ['1937-08-12/1937-09', '1937-08-12/1937-09', 'range', false, false],
  ['1937-1938', '1937/1938', 'range', false, false],
  ['1937-38 гг.', '1937/1938', 'range', false, false],
  ['с 1927 по 1938', '1927/1938', 'range', false, false],
  ['12 ноября 1938 г.', '1938-11-12', 'day', false, false],
  ['в сентябре 1937 г.', '1937-09', 'month', false, false],
  ['в мае 1930 г.', '1930-05', 'month', false, false],
  ['2 мая 1938', '1938-05-02', 'day', false, false],
  ['род. 1884', '1884', 'year', false, false],
  ['Родился в 1913 г.', '1913', 'year', false, false],
  ['1910 г.р.', '1910', 'year', false, false],
];

describe('normalizeDate', () => {
  it.each(cases)('%s → %s', (text, expected, precision, uncertain, approximate) => {
    expect(normalizeDate(text)).toEqual({ edtf: expected, precision, uncertain, approximate });
    // Every output is valid EDTF by an independent parser.
    expect(() => edtf(expected)).not.toThrow();
  });

  it.each(['', 'Бутово', '31.02.1938', '17.13.1938', '1938-02-30', '1200', 'в 19 веке', '1939-1937', '12 фигня 1938'])(
    'refuses %j rather than guess',
    (text) => expect(normalizeDate(text)).toBeUndefined(),
  );

  it('is idempotent on its own output', () => {
    for (const [text] of cases) {
      const once = normalizeDate(text)!;
      expect(normalizeDate(once.edtf)?.edtf).toBe(once.edtf);
    }
  });
});

describe('monthNumber', () => {
  it('reads genitive, prepositional and nominative forms', () => {
    expect([monthNumber('ноября'), monthNumber('сентябре'), monthNumber('Май'), monthNumber('мая')]).toEqual([11, 9, 5, 5]);
    expect(monthNumber('мар')).toBe(3);
    expect(monthNumber('ма')).toBeUndefined();
    expect(monthNumber('машинист')).toBeUndefined();
  });
});

describe('edtfYear', () => {
  it.each([
    ['1938-05-17', 1938, 1938],
    ['1898~', 1898, 1898],
    ['193X', 1930, 1939],
    ['19XX', 1900, 1999],
    ['1937-08-12/1938-09', 1937, 1938],
  ])('%s → %i..%i', (value, min, max) => expect(edtfYear(value)).toEqual({ min, max }));

  it('agrees with the edtf package on the years it covers', () => {
    for (const value of ['1898', '1937-08~', '193X', '1927/1938', '1937-08-12/1937-09']) {
      const parsed = edtf(value);
      const years = edtfYear(value)!;
      expect(years.min).toBe(new Date(parsed.min).getUTCFullYear());
      expect(years.max).toBe(new Date(parsed.max).getUTCFullYear());
    }
  });

  it('refuses what it cannot read', () => {
    expect(edtfYear('Бутово')).toBeUndefined();
    expect(edtfYear('1937/garbage')).toBeUndefined();
  });
});
