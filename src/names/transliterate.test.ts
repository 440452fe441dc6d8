import { describe, expect, it } from 'vitest';
import { Schemas, translate } from 'iuliia';
import { TRANSLIT_SCHEMES, transliterate, romaniseNormal } from './transliterate.ts';
import { normalizeName } from './normalize.ts';

const iuliiaSamples = [...Schemas.values()].flatMap((schema) =>
  (schema.samples as string[][]).map(([cyrillic, latin]) => [schema.name, cyrillic!, latin!] as const),
);

describe('transliterate with iuliia schemes', () => {
  it('offers every iuliia scheme and the national ones', () => {
    expect(TRANSLIT_SCHEMES).toContain('wikipedia');
    expect(TRANSLIT_SCHEMES).toContain('iso_9_1968');
    expect(TRANSLIT_SCHEMES).toEqual(expect.arrayContaining(['pl_pwn', 'de_duden', 'uk_2010']));
    expect(TRANSLIT_SCHEMES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(iuliiaSamples)('%s: %s (iuliia sample)', (scheme, cyrillic, latin) => {
    expect(transliterate(cyrillic, scheme)).toBe(latin.normalize('NFC').replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'ë' : 'Ë')));
  });

  it('fast path gives the same normal form as iuliia on every sample', () => {
    for (const [scheme, cyrillic] of iuliiaSamples) {
      const text = normalizeName(cyrillic);
      expect(normalizeName(romaniseNormal(text, scheme)), `${scheme}: ${cyrillic}`).toBe(normalizeName(translate(text, Schemas.get(scheme)!)));
    }
  });

  it('fast path gives the same normal form as transliterate for the national schemes', () => {
    const names = ['Соловьёв', 'Горбачёв', 'Ельцин', 'Ежов', 'Хрущёв', 'Брежнев', 'Василий', 'Горький', 'Максим', 'Ильин', 'Гоньба',
      'Згурський', 'Їжакевич', 'Петров-Водкин', 'Мария Ивановна', 'Подъячев', 'Юрьев', 'Кукс', 'Тихонова'];
    for (const scheme of ['pl_pwn', 'de_duden', 'uk_2010']) {
      for (const name of names) {
        const text = normalizeName(name);
        expect(normalizeName(romaniseNormal(text, scheme)), `${scheme}: ${name}`).toBe(normalizeName(transliterate(text, scheme)));
      }
    }
  });

  it('leaves no Cyrillic ё or combining marks in the output', () => {
    for (const scheme of TRANSLIT_SCHEMES) {
      const out = transliterate('Соловьёв Ёлкин Щербаков', scheme);
      expect(out, scheme).not.toMatch(/[\u0400-\u04ff]/);
      expect(out, scheme).toBe(out.normalize('NFC'));
    }
  });

  it('refuses an unknown scheme, naming the known ones', () => {
    expect(() => transliterate('Ежов', 'klingon')).toThrow(/unknown transliteration scheme "klingon".*wikipedia/);
  });
});

describe('Polish (PWN) spellings of Russian names', () => {
  it.each([
    ['Соловьёв', 'Sołowjow'],
    ['Горбачёв', 'Gorbaczow'],
    ['Ельцин', 'Jelcyn'],
    ['Ежов', 'Jeżow'],
    ['Хрущёв', 'Chruszczow'],
    ['Брежнев', 'Breżniew'],
    ['Щербаков', 'Szczerbakow'],
    ['Бухарин', 'Bucharin'],
    ['Ильин', 'Iljin'],
    ['Ягода', 'Jagoda'],
  ])('%s → %s', (cyrillic, polish) => {
    expect(transliterate(cyrillic, 'pl_pwn')).toBe(polish);
  });
});

describe('German (Duden) spellings of Russian names', () => {
  it.each([
    ['Соловьёв', 'Solowjow'],
    ['Горбачёв', 'Gorbatschow'],
    ['Ельцин', 'Jelzin'],
    ['Ежов', 'Jeschow'],
    ['Хрущёв', 'Chruschtschow'],
    ['Брежнев', 'Breschnew'],
    ['Василий', 'Wassili'],
    ['Горький', 'Gorki'],
    ['Максим', 'Maxim'],
    ['Фёдор', 'Fjodor'],
  ])('%s → %s', (cyrillic, german) => {
    expect(transliterate(cyrillic, 'de_duden')).toBe(german);
  });
});

describe('Ukrainian national romanisation (2010)', () => {
  // Examples printed in the table of resolution No. 55 of the Cabinet of Ministers of Ukraine (2010).
  it.each([
    ['Згурський', 'Zghurskyi'],
    ['Юрій', 'Yurii'],
    ['Олексій', 'Oleksii'],
    ['Їжакевич', 'Yizhakevych'],
    ['Яготин', 'Yahotyn'],
    ['Гоща', 'Hoshcha'],
    ['Знам’янка', 'Znamianka'],
    ['Розгон', 'Rozghon'],
    ['Єнакієве', 'Yenakiieve'],
    ['Короп’є', 'Koropie'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic, 'uk_2010')).toBe(latin);
  });
});
