import { describe, expect, it } from 'vitest';
import { givenNameGroup, givenNameGroups, isKnownGivenName, latinSkeleton } from './given-names.ts';
import { patronymicToGivenName } from './patronymic.ts';
import { givenNameKeys } from './keys.ts';
import { transliterate } from './transliterate.ts';

describe('givenNameGroup', () => {
  it('puts Иван, Ivan, Jan, Johann, Juhan, Jānis, Jonas, Ян and Iwan in one group', () => {
    const group = givenNameGroup('Иван');
    expect(group).toBeDefined();
    for (const n of ['Ivan', 'Jan', 'Johann', 'Juhan', 'Jānis', 'Jonas', 'Ян', 'Iwan', 'Ваня', 'Іван', 'Yochanan']) {
      expect(givenNameGroup(n), n).toBe(group);
    }
  });

  it('puts Иосиф, Józef, Joseph, Josef, Juozas, Yosef and Осип in one group', () => {
    const group = givenNameGroup('Иосиф');
    for (const n of ['Józef', 'Joseph', 'Josef', 'Juozas', 'Yosef', 'Осип', 'Iosif', 'Jāzeps']) expect(givenNameGroup(n), n).toBe(group);
  });

  it('reads Yiddish and Hebrew names in Hebrew script, with or without vowel points', () => {
    expect(givenNameGroup('יוסף')).toBe(givenNameGroup('Иосиф'));
    expect(givenNameGroup('מֹשֶׁה')).toBe(givenNameGroup('Моисей'));
    expect(givenNameGroup('חנה')).toBe(givenNameGroup('Anna'));
  });

  it('finds romanisations of the Cyrillic forms that the table does not list', () => {
    const group = givenNameGroup('Василий');
    for (const n of ['Vasily', 'Vasiliy', 'Vasilij', 'Wassili', 'Wasilij', 'Vasilii']) expect(givenNameGroup(n), n).toBe(group);
    expect(givenNameGroup('Jekaterina')).toBe(givenNameGroup('Екатерина'));
    // No written Latin form of one name may take another's romanisation (a stray "avgust" group did).
    for (const n of ['Avgust', 'August', 'Augusts']) expect(givenNameGroup(n), n).toBe(givenNameGroup('Август'));
  });

  it('resolves abbreviations to the commonest name, not bare initials', () => {
    expect(givenNameGroup('Ив.')).toBe(givenNameGroup('Иван'));
    expect(givenNameGroup('Ал.')).toBe(givenNameGroup('Александр'));
    expect(givenNameGroup('И.')).toBeUndefined();
  });

  it('keeps different names apart', () => {
    expect(givenNameGroup('Иван')).not.toBe(givenNameGroup('Иосиф'));
    expect(givenNameGroup('Мария')).not.toBe(givenNameGroup('Анна'));
    expect(givenNameGroup('Евгений')).not.toBe(givenNameGroup('Евгения'));
    // One name historically, three names in Soviet records: a Юрий is not filed as Георгий.
    expect(new Set([givenNameGroup('Юрий'), givenNameGroup('Георгий'), givenNameGroup('Егор')]).size).toBe(3);
    expect(givenNameGroup('Jerzy')).toBe(givenNameGroup('Юрий'));
    expect(givenNameGroup('Zzyzx')).toBeUndefined();
  });

  it('covers at least 300 names in groups with unique ids', () => {
    const groups = givenNameGroups();
    expect(groups.length).toBeGreaterThanOrEqual(300);
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });

  it('gives the group id as the key of a known name, DM codes otherwise', () => {
    expect(givenNameKeys('Iwan')).toEqual([givenNameGroup('Ivan')]);
    expect(givenNameKeys('Zzyzx').every((k) => /^\d{6}$/.test(k))).toBe(true);
    expect(isKnownGivenName('Wassili')).toBe(true);
    expect(latinSkeleton('wassilij')).toBe(latinSkeleton('vasiliy'));
  });
});

describe('patronymicToGivenName', () => {
  it.each([
    ['Иванович', 'иван'], ['Ивановна', 'иван'], ['Ильич', 'илья'], ['Павлович', 'павел'], ['Львович', 'лев'],
    ['Васильевич', 'василий'], ['Алексеевич', 'алексей'], ['Николаевна', 'николай'], ['Кузьмич', 'кузьма'],
    ['Никитич', 'никита'], ['Яковлевич', 'яков'], ['Юрьевна', 'юрий'], ['Петрович', 'петр'],
  ])('%s → %s', (patronymic, father) => {
    expect(patronymicToGivenName(patronymic)).toBe(father);
  });

  it('reads romanised patronymics and maps them to the same group', () => {
    for (const p of ['Ivanovich', 'Iwanowitsch', 'Ivanovna', 'Iwanowicz', 'Ivanovych', 'Ivanivna']) {
      expect(givenNameGroup(patronymicToGivenName(p) ?? ''), p).toBe(givenNameGroup('Иван'));
    }
  });

  it('knows common given names in every romanisation of records', () => {
    const schemes = ['wikipedia', 'bgn_pcgn', 'ala_lc', 'scientific', 'icao_doc_9303', 'telegram', 'gost_7034', 'iso_9_1968', 'mvd_310_fr', 'pl_pwn', 'de_duden'];
    const names = ['Иван', 'Михаил', 'Тимофей', 'Юрий', 'Юлия', 'Мария', 'Яков', 'Александр', 'Алексей', 'Федор', 'Аграфена', 'Прасковья', 'Евдокия', 'Ксения'];
    const misread: string[] = [];
    for (const name of names) {
      for (const scheme of schemes) {
        const spelt = transliterate(name, scheme);
        if (givenNameGroup(spelt) !== givenNameGroup(name)) misread.push(`${spelt} (${scheme})`);
      }
    }
    expect(misread).toEqual([]);
  });

  it('reads the patronymics of names in -ей, -ай and -ий in the romanisations of records', () => {
    const schemes = ['wikipedia', 'bgn_pcgn', 'ala_lc', 'scientific', 'icao_doc_9303', 'gost_7034', 'mvd_310_fr', 'pl_pwn', 'de_duden'];
    const patronymics = ['Андреевич', 'Андреевна', 'Сергеевич', 'Алексеевич', 'Тимофеевич', 'Николаевич', 'Николаевна', 'Григорьевич', 'Аркадьевич', 'Юрьевич', 'Прокофьевич', 'Васильевич'];
    const misread: string[] = [];
    for (const patronymic of patronymics) {
      const father = givenNameGroup(patronymicToGivenName(patronymic) ?? '');
      expect(father, patronymic).toBeDefined();
      for (const scheme of schemes) {
        const spelt = transliterate(patronymic, scheme);
        if (givenNameGroup(patronymicToGivenName(spelt) ?? '') !== father) misread.push(`${spelt} (${scheme})`);
      }
    }
    expect(misread).toEqual([]);
  });

  it('returns undefined for a word that is not a patronymic', () => {
    expect(patronymicToGivenName('Петров')).toBeUndefined();
    expect(patronymicToGivenName('Ич')).toBeUndefined();
  });
});
