/**
 * The tally sums entries in batches: its figures must be those of summarizing every entry at
 * once, across batch boundaries, and it lists at most LISTED_LINES lines of each kind.
 */
import { describe, expect, it } from 'vitest';
import { parseEntry, summarizeParses } from './bom/index.ts';
import { LISTED_LINES, ParseTally, TALLY_BATCH } from './parse-tally.ts';

// Real entries of the Moscow shooting lists (mos.memo.ru); the last is Kron's, altered to name two people.
const ENTRIES = [
  'Островская Мира Васильевна — род. 1908, Польша, г. Сосновец, полька, член КСМ Польши с 1929, Центральный Польский клуб: библиотекарь. Адрес: Малая Грузинская ул., д.29, кв. 5. Рассстреляна 29.12.1937. Место захоронения: Бутово.',
  'Стайковский Леонид Эдуардович — род. 3 декабря (по другим данным - февраля) 1914, в Луганске, русский (по другим данным - еврей), б/п, освобожден из Дмитровского ИТЛ НКВД в мае 1937 г., чернорабочий на строительстве Дворца Советов. Адрес: Симоновский пр-д, д.7 (по другим данным - 6), кв.15, комн.5, общежитие СДС. Рассстрелян 19.08.1937. Место захоронения: Донское.',
  'Крон Арнольд Фрицевич и Крон Мария Яновна — род. 1884, Лифляндская губ. (Пальцамская волость), Валкский уезд, усадьбы Стражас, латыш, б/п. Рассстрелян 17.05.1938. Место захоронения: Бутово.',
].map(parseEntry);

describe('ParseTally', () => {
  it('gives the figures of summarizeParses over all entries, across batches', () => {
    const all = Array.from({ length: 2 * TALLY_BATCH + 7 }, (_, i) => ENTRIES[i % ENTRIES.length]!);
    const tally = new ParseTally();
    all.forEach((entry, i) => tally.add(i + 1, entry));
    const report = tally.report();
    const whole = summarizeParses(all);
    expect(report.entries).toBe(all.length);
    expect(report.fields).toEqual(whole.fields);
    expect(report.unparsedFragments).toEqual(whole.unparsedFragments);
    expect(report.entriesWithWarnings).toBe(whole.entriesWithWarnings);
    expect(report.entriesNamingSeveralPeople).toBe(whole.entriesNamingSeveralPeople);
    expect(report.entriesNamingSeveralPeople).toBeGreaterThan(TALLY_BATCH / ENTRIES.length);
  });

  it('lists the first LISTED_LINES lines with warnings and with several people', () => {
    const tally = new ParseTally();
    for (let line = 1; line <= 3 * LISTED_LINES; line++) tally.add(line, ENTRIES[2]!);
    const report = tally.report();
    expect(report.severalPeople).toHaveLength(LISTED_LINES);
    expect(report.severalPeople[0]).toEqual({ line: 1, people: 2 });
    expect(report.warnings.map((w) => w.line)).toEqual(Array.from({ length: LISTED_LINES }, (_, i) => i + 1));
    expect(report.entriesNamingSeveralPeople).toBe(3 * LISTED_LINES);
  });
});
