import { describe, expect, it } from 'vitest';
import { generateSynthetic, toRecordData, SOURCE_STYLES, syntheticSources } from './index.ts';
import { latinSpelling } from './spellings.ts';
import { toRussianCyrillic } from './to-cyrillic.ts';
import { patronymicOf } from './patronymic.ts';

describe('synthetic archive', () => {
  const archive = generateSynthetic({ people: 3000, seed: 42 });

  it('is the same for the same seed and differs for another', () => {
    const again = generateSynthetic({ people: 3000, seed: 42 });
    expect(again.records).toEqual(archive.records);
    const other = generateSynthetic({ people: 3000, seed: 43 });
    expect(other.records.slice(0, 50)).not.toEqual(archive.records.slice(0, 50));
  });

  it('marks every source and record synthetic', () => {
    for (const source of syntheticSources()) {
      expect(source.data.synthetic).toBe(true);
      expect(source.data.kind).toBe('synthetic');
      expect(source.data.citation).toMatch(/SYNTHETIC/);
    }
    for (const record of archive.records.slice(0, 500)) expect(toRecordData(record, 'src_x').synthetic).toBe(true);
  });

  it('puts each person in one to four sources, with the truth for every record', () => {
    const perPerson = new Map<number, number>();
    for (const r of archive.records) perPerson.set(r.personId, (perPerson.get(r.personId) ?? 0) + 1);
    expect(perPerson.size).toBe(3000);
    for (const n of perPerson.values()) expect(n).toBeGreaterThanOrEqual(1), expect(n).toBeLessThanOrEqual(4);
    expect([...perPerson.values()].some((n) => n >= 3)).toBe(true);
    expect(archive.truth.size).toBe(archive.records.length);
    for (const r of archive.records) expect(archive.truth.get(r.key)).toBe(r.personId);
  });

  it('keeps dates coherent: born < arrested < sentenced ≤ shot', () => {
    for (const p of archive.people) {
      expect(p.birthDate.getTime()).toBeLessThan(p.arrestDate.getTime());
      expect(p.arrestDate.getTime()).toBeLessThan(p.sentenceDate.getTime());
      if (p.executionDate) expect(p.executionDate.getTime()).toBeGreaterThanOrEqual(p.sentenceDate.getTime());
      expect(p.executionDate !== undefined).toBe(p.sentence === 'death');
    }
  });

  it('draws nationalities in proportions like the 1937–38 operations', () => {
    const count = (key: string) => archive.people.filter((p) => p.nationality.key === key).length / archive.people.length;
    expect(count('russian')).toBeGreaterThan(0.4);
    expect(count('polish')).toBeGreaterThan(0.06);
    expect(count('polish')).toBeLessThan(0.14);
    expect(count('german')).toBeGreaterThan(0.02);
    expect(new Set(archive.people.map((p) => p.nationality.key)).size).toBe(9);
  });

  it('writes one person differently in different sources: scripts, spellings, typos, years', () => {
    const surnames = new Map<number, Set<string>>();
    for (const r of archive.records) {
      const set = surnames.get(r.personId) ?? new Set();
      set.add(r.fields.surname!);
      surnames.set(r.personId, set);
    }
    const varied = [...surnames.values()].filter((s) => s.size > 1).length;
    expect(varied).toBeGreaterThan(500);
    expect(archive.records.some((r) => /^[A-Za-z]/.test(r.fields.surname!))).toBe(true);
    expect(archive.records.some((r) => /[а-я]/.test(r.fields.surname!))).toBe(true);
    expect(archive.records.some((r) => /ż|sz|cz/.test(r.fields.surname!))).toBe(true);
    expect(archive.records.some((r) => /sch/.test(r.fields.surname!))).toBe(true);
    expect(archive.records.some((r) => /^(около|ca\.) /.test(r.fields.birthDate ?? '') || /\?$/.test(r.fields.birthDate ?? ''))).toBe(true);
    const shifted = archive.records.filter((r) => {
      const year = /\d{4}/.exec(r.fields.birthDate ?? '')?.[0];
      return year !== undefined && Number(year) !== archive.people[r.personId - 1]!.birthYear;
    });
    expect(shifted.length).toBeGreaterThan(50);
    const women = archive.people.filter((p) => p.sex === 'F' && p.nationality.key === 'russian');
    expect(women.some((w) => /(ова|ева|ина|ая)$/.test(w.surname))).toBe(true);
  });

  it('has a style table whose Polish and German sources prefer their own people', () => {
    expect(SOURCE_STYLES.map((s) => s.code)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
    const polish = archive.records.filter((r) => r.sourceCode === 'S6');
    const ofPoles = polish.filter((r) => archive.people[r.personId - 1]!.nationality.key === 'polish').length;
    expect(ofPoles / polish.length).toBeGreaterThan(0.4);
  });

  it('rejects a negative number of people', () => {
    expect(() => generateSynthetic({ people: -1, seed: 1 })).toThrow(/people/);
  });
});

describe('spellings', () => {
  it('writes native names in Cyrillic as a Soviet clerk would', () => {
    expect(toRussianCyrillic('Kowalski', 'polish')).toBe('Ковальский');
    expect(toRussianCyrillic('Schmidt', 'german')).toBe('Шмидт');
    expect(toRussianCyrillic('Schneider', 'german')).toBe('Шнайдер');
    expect(toRussianCyrillic('Bērziņš', 'latvian')).toBe('Берзиньш');
    expect(toRussianCyrillic('Потоцький', 'ukrainian')).toBe('Потоцкий');
  });

  it('writes Russian names the Polish, German and romanised ways', () => {
    expect(latinSpelling('Ежов', 'polish')).toBe('Jeżow');
    expect(latinSpelling('Ежов', 'german')).toBe('Jeschow');
    expect(latinSpelling('Ежов', 'wikipedia')).toBe('Yezhov');
    expect(latinSpelling('Николай', 'polish')).toBe('Nikołaj');
    expect(latinSpelling('Щербаков', 'german')).toBe('Schtscherbakow');
    expect(latinSpelling('Соловьёва', 'bgn_pcgn')).not.toMatch(/ё/);
  });

  it('forms patronymics by the Russian rules', () => {
    expect(patronymicOf('Николай', 'M')).toBe('Николаевич');
    expect(patronymicOf('Иван', 'F')).toBe('Ивановна');
    expect(patronymicOf('Илья', 'M')).toBe('Ильич');
    expect(patronymicOf('Никита', 'F')).toBe('Никитична');
    expect(patronymicOf('Игорь', 'M')).toBe('Игоревич');
    expect(patronymicOf('Василий', 'M')).toBe('Васильевич');
  });
});
