import { describe, expect, it } from 'vitest';
import {
  GAZETTEER_FORMAT_VERSION,
  PLACEHOLDER_NAME_MIN_CAMPS,
  assignIds,
  checkGazetteer,
  cleanPoint,
  cleanText,
  placeholderNames,
  slugOf,
  yearsOf,
} from './gazetteer.ts';

describe('gazetteer cleaning', () => {
  it('reads coordinates written as numbers or strings, as [lon, lat]', () => {
    expect(cleanPoint([36.462555, 55.011897])).toEqual({ coordinates: { lat: 55.011897, lon: 36.462555 } });
    expect(cleanPoint(['36.626021', '55.091701'])).toEqual({ coordinates: { lat: 55.091701, lon: 36.626021 } });
  });

  it('marks placeholders, garbage and impossible points unknown instead of guessing', () => {
    expect(cleanPoint([90, 62])).toEqual({ coordinates: null, problem: 'placeholder' });
    expect(cleanPoint(['abc', '55'])).toEqual({ coordinates: null, problem: 'unparseable' });
    expect(cleanPoint([200.5, 55.1])).toEqual({ coordinates: null, problem: 'out-of-range' });
    expect(cleanPoint(null)).toEqual({ coordinates: null, problem: 'unparseable' });
    // One whole-degree axis is a real place (Saratov region: [46, 51.533333]).
    expect(cleanPoint([46, 51.533333]).coordinates).toEqual({ lat: 51.533333, lon: 46 });
  });

  it('cleans whitespace and HTML entities, and empty text is unknown', () => {
    expect(cleanText('Гусино-Озерский ИТЛ\n\n\n')).toBe('Гусино-Озерский ИТЛ');
    expect(cleanText('№&nbsp;174')).toBe('№ 174');
    expect(cleanText('  ')).toBeUndefined();
  });

  it('finds template names shared by many different camps, not genuine pairs', () => {
    const template = Array.from({ length: PLACEHOLDER_NAME_MIN_CAMPS }, (_, i) => ({ ru: `ПФЛ № ${i}`, other: 'New prison' }));
    const pair = [{ ru: 'Прорвинский ИТЛ', other: 'Prorvinsky ITL' }, { ru: 'Прорвинский ИТЛ', other: 'Prorvinsky ITL' }];
    expect([...placeholderNames([...template, ...pair])]).toEqual(['New prison']);
  });

  it('makes readable, unique, stable ids', () => {
    expect(slugOf('Подольский ПФЛ № 174')).toBe('podolsky-pfl-no-174');
    expect(assignIds(['a', 'b', 'a'])).toEqual(['place/camp-a', 'place/camp-b', 'place/camp-a-2']);
  });

  it('gives the span of counted years', () => {
    const at = (years: number[]) => ({ coordinates: null, address: {}, prisoners: years.map((year) => ({ year, count: 1 })) });
    expect(yearsOf([at([1931, 1929]), at([1934])])).toBe('1929/1934');
    expect(yearsOf([at([1945])])).toBe('1945');
    expect(yearsOf([at([])])).toBeNull();
  });

  it('refuses a gazetteer of another format version', () => {
    expect(() => checkGazetteer({ formatVersion: GAZETTEER_FORMAT_VERSION + 1, camps: [] }, 'g.json')).toThrow(/g\.json: gazetteer formatVersion 2 is not supported/);
    expect(() => checkGazetteer({}, 'g.json')).toThrow(/not a gazetteer/);
  });
});
