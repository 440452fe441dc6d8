import { describe, expect, it } from 'vitest';
import { parseEntry, summarizeParses } from './index.ts';

describe('summarizeParses', () => {
  it('counts per field what was normalised and what stayed text, and groups unparsed fragments by shape', () => {
    const entries = [
      parseEntry('Иванов Иван Иванович — род. 1900, г. Москва, русский, б/п. В 1926 г. служил на КВЖД. Рассстрелян 2.10.1937. Место захоронения: Бутово.'),
      parseEntry('Петров Петр Петрович — род. 1901, г. Тула, русский, б/п. В 1927 г. служил на КВЖД. Рассстрелян 3.10.1937. Место захоронения: Неизвестно.'),
      parseEntry('Сидорова Анна Петровна и Сидоров Петр Иванович — род. 1890, г. Тула, русская, б/п. Рассстреляна 4.10.1937.'),
    ];
    const summary = summarizeParses(entries);
    expect(summary.entries).toBe(3);
    const byField = Object.fromEntries(summary.fields.map((f) => [f.field, f]));
    expect(byField.executionDate).toEqual({ field: 'executionDate', parsed: 3, leftAsText: 0 });
    // "Неизвестно" is no known site: kept as text, counted apart.
    expect(byField.burialPlace).toEqual({ field: 'burialPlace', parsed: 1, leftAsText: 1 });
    expect(byField.deathDate).toBeUndefined();
    expect(summary.unparsedFragments[0]).toEqual({ shape: 'В 9 г. служил на КВЖД.', example: 'В 1926 г. служил на КВЖД.', count: 2 });
    expect(summary.entriesNamingSeveralPeople).toBe(1);
  });

  it('limits the fragment list', () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ fields: {}, unparsed: [`фрагмент ${'x'.repeat(i)}`], warnings: [] }));
    expect(summarizeParses(entries, 5).unparsedFragments).toHaveLength(5);
  });
});
