import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';
import { drawPerson } from './person.ts';
import { drawSurname } from './surnames.ts';
import { latvianFeminine, polishFeminine, russianFeminine, SURNAME_MODELS, ukrainianFeminine } from './surname-models.ts';

/** Memorial's "Расстрелы в Москве" list: 5,232 people, 4,169 distinct surnames; its 2,526 Russians, 1,877; the commonest surname (Попов) 18 people. */
const REAL_LIST = { people: 5_232, surnames: 4_169, russians: 2_526, russianSurnames: 1_877, commonest: 18 };

describe('surnames with a long tail', () => {
  const random = createRandom(20251122);
  const people = Array.from({ length: REAL_LIST.people }, (_, i) => drawPerson(random, i + 1));
  const distinctShare = (surnames: string[]) => new Set(surnames).size / surnames.length;

  it('gives a sample the size of the Moscow list about as many distinct surnames as it has', () => {
    const real = REAL_LIST.surnames / REAL_LIST.people;
    expect(distinctShare(people.map((p) => p.surname))).toBeGreaterThan(real - 0.08);
    expect(distinctShare(people.map((p) => p.surname))).toBeLessThan(real + 0.08);
    const russians = people.filter((p) => p.nationality.key === 'russian').map((p) => p.surname);
    const realRussian = REAL_LIST.russianSurnames / REAL_LIST.russians;
    expect(distinctShare(russians)).toBeGreaterThan(realRussian - 0.06);
    expect(distinctShare(russians)).toBeLessThan(realRussian + 0.06);
  });

  it('keeps the commonest surname about as common as in the Moscow list (not thousands of Ивановs)', () => {
    const counts = new Map<string, number>();
    for (const p of people) counts.set(p.surname, (counts.get(p.surname) ?? 0) + 1);
    const top = Math.max(...counts.values());
    expect(top).toBeGreaterThan(REAL_LIST.commonest / 2);
    expect(top).toBeLessThan(REAL_LIST.commonest * 2);
    // The commonest is a common surname, not an alphabetical accident of a fake-data list.
    const commonest = [...counts.entries()].find(([, n]) => n === top)![0];
    expect(['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов']).toContain(commonest);
  });

  it('builds each rare surname from its number alone, in the language of the people', () => {
    const { russian, polish, latvian, finnish, german } = SURNAME_MODELS;
    expect(russian!.rare(12345)).toBe(russian!.rare(12345));
    expect(new Set(Array.from({ length: 1000 }, (_, n) => russian!.rare(n))).size).toBeGreaterThan(900);
    for (let n = 0; n < 200; n++) {
      expect(russian!.rare(n)).toMatch(/^[А-ЯЁ][а-яё]+$/);
      expect(polish!.rare(n)).toMatch(/^[A-ZŁŻŚĆ][a-ząćęłńóśźż]+$/);
      expect(latvian!.rare(n)).toMatch(/^[A-ZŠŽČĀĒĪ][a-zāēīūņļķģšžč]+$/);
      expect(finnish!.rare(n)).toMatch(/^[A-ZÄÖ][a-zäöy]+$/);
      expect(german!.rare(n)).toMatch(/^[A-ZÄÖÜ][a-zäöüß]+$/);
    }
  });

  it('draws the feminine form for women', () => {
    const random = createRandom(7);
    const women = Array.from({ length: 300 }, () => drawSurname(random, SURNAME_MODELS.russian!, 'F'));
    expect(women.filter((s) => /(ова|ева|ина|ая|ых)$/.test(s)).length).toBeGreaterThan(250);
  });

  it('forms feminine surnames by each language’s rules', () => {
    expect(russianFeminine('Бурнаков')).toBe('Бурнакова');
    expect(russianFeminine('Жилский')).toBe('Жилская');
    expect(ukrainianFeminine('Потоцький')).toBe('Потоцька');
    expect(ukrainianFeminine('Петренко')).toBe('Петренко');
    expect(polishFeminine('Wróblewski')).toBe('Wróblewska');
    expect(latvianFeminine('Bērziņš')).toBe('Bērziņa');
    expect(latvianFeminine('Kalnietis')).toBe('Kalniete');
    expect(latvianFeminine('Ozols')).toBe('Ozola');
  });
});
