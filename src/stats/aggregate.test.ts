import { describe, expect, it } from 'vitest';
import type { RecordData } from '../domain/record.ts';
import { aggregate, MAX_CATEGORIES, OTHER_KEY, UNKNOWN_KEY } from './aggregate.ts';

function rec(fields: Record<string, [string, string?]>, synthetic = false): RecordData {
  return {
    sourceId: 'source/test',
    synthetic,
    fields: Object.fromEntries(Object.entries(fields).map(([k, [text, norm]]) => [k, norm ? { text, norm } : { text }])),
  };
}

describe('aggregate', () => {
  const records = [
    rec({ nationality: ['поляк', 'polish'], arrestDate: ['12.08.1937', '1937-08-12'], sentence: ['ВМН', 'death'], residence: ['Москва, ул. Арбат'] }),
    rec({ nationality: ['Поляк', 'polish'], arrestDate: ['1937', '1937'], sentence: ['расстрел', 'death'], residence: ['Москва'] }, true),
    rec({ nationality: ['латыш', 'latvian'], arrestDate: ['03.1938', '1938-03'], operation: ['приказ 00485', '00485'] }),
    rec({}),
  ];
  const stats = aggregate(records);

  it('counts every record once per dimension, by normalised value', () => {
    expect(stats.total).toBe(4);
    expect(stats.synthetic).toBe(1);
    expect(stats.byNationality).toEqual([
      { key: 'polish', label: 'поляк', count: 2 },
      { key: 'latvian', label: 'латыш', count: 1 },
      { key: UNKNOWN_KEY, label: UNKNOWN_KEY, count: 1 },
    ]);
    expect(stats.bySentence.find((c) => c.key === 'death')?.count).toBe(2);
    expect(stats.byRegion.find((c) => c.key === 'москва')?.count).toBe(2);
    expect(stats.byOperation[0]).toEqual({ key: '00485', label: 'приказ 00485', count: 1 });
  });

  it('counts years in order and fills every month of 1937–38', () => {
    expect(stats.byYear.map((c) => [c.key, c.count])).toEqual([['1937', 2], ['1938', 1], [UNKNOWN_KEY, 1]]);
    expect(stats.byMonth).toHaveLength(24);
    expect(stats.byMonth.find((c) => c.key === '1937-08')?.count).toBe(1);
    expect(stats.byMonth.find((c) => c.key === '1938-03')?.count).toBe(1);
    expect(stats.byMonth.reduce((s, c) => s + c.count, 0)).toBe(2);
  });

  it('fills the years between the first and the last with zeros', () => {
    const years = aggregate([rec({ arrestDate: ['1937', '1937'] }), rec({ arrestDate: ['1940', '1940'] })]).byYear;
    expect(years.map((c) => [c.key, c.count])).toEqual([['1937', 1], ['1938', 0], ['1939', 0], ['1940', 1]]);
  });

  it('reads an arrest date that was not normalised from its text', () => {
    const stats = aggregate([rec({ arrestDate: ['12.08.1937'] })]);
    expect(stats.byYear).toEqual([{ key: '1937', label: '1937', count: 1 }]);
    expect(stats.byMonth.find((c) => c.key === '1937-08')?.count).toBe(1);
  });

  it('sums the long tail into one "other" row', () => {
    const many = Array.from({ length: MAX_CATEGORIES + 5 }, (_, i) => rec({ nationality: [`n${i}`] }));
    const rows = aggregate(many).byNationality;
    expect(rows).toHaveLength(MAX_CATEGORIES + 1);
    expect(rows.at(-1)).toEqual({ key: OTHER_KEY, label: OTHER_KEY, count: 5 });
  });
});
