import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNames, SCORE_EXACT, SCORE_SAME_BASE, SCORE_EQUIVALENT, SCORE_SAME_KEY, SCORE_INITIAL, type PersonName } from './compare.ts';
import { parsePersonName } from './person-name.ts';

const part = (a: PersonName, b: PersonName, field: 'surname' | 'givenName' | 'patronymic') => compareNames(a, b).parts.find((p) => p.field === field)!;

describe('compareNames', () => {
  it('says how each part agreed', () => {
    expect(part({ surname: 'Ежов' }, { surname: 'ЕЖОВ' }, 'surname')).toEqual({ field: 'surname', score: SCORE_EXACT, how: 'exact' });
    expect(part({ surname: 'Ежов' }, { surname: 'Ежова' }, 'surname')).toMatchObject({ score: SCORE_SAME_BASE, how: 'feminine form' });
    expect(part({ surname: 'Ежов' }, { surname: 'Jeschow' }, 'surname')).toMatchObject({ score: SCORE_SAME_KEY, how: expect.stringMatching(/^same phonetic key \(DM \d{6}\)$/) });
    expect(part({ givenName: 'Иван' }, { givenName: 'Johann' }, 'givenName')).toMatchObject({ score: SCORE_EQUIVALENT, how: 'equivalent given name' });
    expect(part({ givenName: 'Н.' }, { givenName: 'Николай' }, 'givenName')).toMatchObject({ score: SCORE_INITIAL, how: 'initial agrees' });
    expect(part({ patronymic: 'Иванович' }, { patronymic: 'Iwanowitsch' }, 'patronymic')).toMatchObject({ score: SCORE_EQUIVALENT });
  });

  it('scores a typo by edit distance and unrelated names near zero', () => {
    const typo = part({ surname: 'Кузнецов' }, { surname: 'Кузнецоф' }, 'surname');
    expect(typo.score).toBeGreaterThan(0.5);
    const far = part({ surname: 'Ежов' }, { surname: 'Бухарин' }, 'surname');
    expect(far.score).toBe(0);
    expect(far.how).toMatch(/^edit distance \d+$/);
  });

  it('matches a double surname by its parts', () => {
    const p = part({ surname: 'Петров-Водкин' }, { surname: 'Petrov' }, 'surname');
    expect(p.score).toBeGreaterThan(0.7);
    expect(p.how).toMatch(/^part of a double surname/);
  });

  it('weights the parts both names have, and gives 0 when they share none', () => {
    expect(compareNames({ surname: 'Ежов', givenName: 'Николай' }, { surname: 'Ежов', givenName: 'Николай' }).score).toBe(1);
    expect(compareNames({ surname: 'Ежов' }, { givenName: 'Николай' })).toEqual({ score: 0, parts: [] });
    const mixed = compareNames({ surname: 'Ежов', givenName: 'Николай' }, { surname: 'Ежов', givenName: 'Мария' });
    expect(mixed.score).toBeGreaterThan(0.5);
    expect(mixed.score).toBeLessThan(0.8);
  });

  it('ranks the same person spelled differently above a different person', () => {
    const same = compareNames(parsePersonName('Ежов Николай Иванович'), parsePersonName('Jeschow Nikolai Iwanowitsch'));
    const other = compareNames(parsePersonName('Ежов Николай Иванович'), parsePersonName('Ежов Михаил Петрович'));
    expect(same.score).toBeGreaterThan(other.score);
  });

  it('is symmetric', () => {
    const pool = ['Ежов', 'Ежова', 'Yezhov', 'Jeschow', 'Kowalski', 'Ковальская', 'Иван', 'Jan', 'Н.', 'Николай', 'Ivanovich', 'Иванович', 'Петров', 'Ozols', 'Ozola', 'Кузнецоф', 'Кузнецов', 'Мария', 'Marija'];
    const maybe = fc.option(fc.constantFrom(...pool), { nil: undefined });
    const name = fc.record({ surname: maybe, givenName: maybe, patronymic: maybe }, { requiredKeys: [] });
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(compareNames(a as PersonName, b as PersonName).score).toBe(compareNames(b as PersonName, a as PersonName).score);
      }),
      { numRuns: 400 },
    );
  });
});

describe('parsePersonName', () => {
  it('reads surname-first names, commas and run-together initials', () => {
    expect(parsePersonName('Ежов Николай Иванович')).toEqual({ surname: 'Ежов', givenName: 'Николай', patronymic: 'Иванович' });
    expect(parsePersonName('Ежов, Н.И.')).toEqual({ surname: 'Ежов', givenName: 'Н.', patronymic: 'И.' });
    expect(parsePersonName('Nikolai Yezhov', { givenFirst: true })).toEqual({ surname: 'Yezhov', givenName: 'Nikolai' });
    expect(parsePersonName('Рахмиль (Инфлянд) Михаил Львович')).toEqual({ surname: 'Рахмиль', givenName: 'Михаил', patronymic: 'Львович', alsoKnownAs: ['Инфлянд'] });
  });
});
