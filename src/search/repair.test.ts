import { describe, expect, it } from 'vitest';
import { givenNameGroup } from '../names/index.ts';
import { toSearchDoc } from './document.ts';
import { deletionVariants, docKeys } from './keys.ts';
import { nameLikeness, REPAIRED_MARK, repairedGivenKeys } from './name-keys.ts';
import { parseQuery } from './query.ts';
import { NEAR_NAME_FACTOR, prepareQuery, REPAIRED_NAME_CREDIT, scoreDoc, UNKNOWN_NEAR_NAME_FACTOR } from './rank.ts';

const fields = (f: Record<string, string>) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, { text: v }]));

describe('misread given names', () => {
  it('reads an unknown given name as the known one a letter away', () => {
    for (const [misread, name] of [['Етепан', 'Степан'], ['Яроолав', 'Ярослав'], ['Апексей', 'Алексей'], ['Нколай', 'Николай'], ['Ваоилий', 'Василий']] as const) {
      expect(repairedGivenKeys(misread)).toEqual([REPAIRED_MARK + givenNameGroup(name)!]);
    }
  });

  it('leaves known, short and ambiguous names alone', () => {
    expect(repairedGivenKeys('Иван')).toEqual([]);
    expect(repairedGivenKeys('Степан')).toEqual([]);
    expect(repairedGivenKeys('Ивн')).toEqual([]); // too short to tell
    expect(repairedGivenKeys('Qwxzt')).toEqual([]); // nothing near
  });

  it('files the record under the group it was read as, but ranking still sees the name as written', () => {
    const doc = toSearchDoc('rec_1', 'src_1', fields({ surname: 'Бстов', givenName: 'Етепан', birthDate: '1905' }), true);
    const stepan = givenNameGroup('Степан')!;
    expect(doc.givenKeys).toContain(REPAIRED_MARK + stepan);
    const keys = docKeys(doc);
    expect(keys.some((k) => k.startsWith('sg|') && k.endsWith(`|${stepan}`))).toBe(true);
    expect(keys.some((k) => k.includes(REPAIRED_MARK))).toBe(false);

    const q = prepareQuery(parseQuery({ q: 'Betow Stepan 1905' }));
    const row = {
      doc: 1, record_id: 'rec_1', surname: doc.surname, given: doc.givenName, patronymic: doc.patronymic, surname_norm: doc.surnameNorm,
      surname_latin: doc.surnameLatin, surname_keys: doc.surnameKeys.join(' '), given_keys: doc.givenKeys.join(' '), patronymic_keys: '',
      birth_text: doc.birthText, birth_min: doc.birthMin ?? null, birth_max: doc.birthMax ?? null, place: '',
    };
    const given = scoreDoc(q, row as never, true).parts.find((p) => p.field === 'givenName')!;
    expect(given.score).toBe(REPAIRED_NAME_CREDIT);
    expect(given.score).toBeLessThan(1);
    expect(given.how).toBe('given name Етепан is close to Stepan (no known name, a letter from it)');
  });

  it('credits a misread name above a different known name a letter away', () => {
    const givenScore = (query: string, surname: string, given: string) => {
      const d = toSearchDoc('rec_1', 'src_1', fields({ surname, givenName: given, birthDate: '1905' }), true);
      const row = { surname: d.surname, given: d.givenName, patronymic: '', surname_norm: d.surnameNorm, surname_latin: d.surnameLatin, surname_keys: d.surnameKeys.join(' '),
        given_keys: d.givenKeys.join(' '), patronymic_keys: '', birth_text: d.birthText, birth_min: d.birthMin ?? null, birth_max: d.birthMax ?? null, place: '', region: '' };
      return scoreDoc(prepareQuery(parseQuery({ q: query })), row, true).parts.find((p) => p.field === 'givenName')!.score;
    };
    expect(givenScore('Орлов Алексей 1905', 'Орлов', 'Апексей')).toBe(REPAIRED_NAME_CREDIT);
    const inna = givenScore('Орлова Анна 1905', 'Орлова', 'Инна'); // a name of its own, not a misreading
    expect(inna).toBeGreaterThan(0);
    expect(inna).toBeLessThanOrEqual(NEAR_NAME_FACTOR);
  });

  it('credits an unknown spelling near the asked name more than a known name as near', () => {
    const likeness = (query: string, given: string) => nameLikeness('givenName', query, given).score;
    const score = (query: string, given: string) => {
      const d = toSearchDoc('rec_1', 'src_1', fields({ surname: 'Орлов', givenName: given }), true);
      const row = { surname: d.surname, given: d.givenName, patronymic: '', surname_norm: d.surnameNorm, surname_latin: d.surnameLatin, surname_keys: d.surnameKeys.join(' '),
        given_keys: d.givenKeys.join(' '), patronymic_keys: '', birth_text: '', birth_min: null, birth_max: null, place: '', region: '' };
      return scoreDoc(prepareQuery(parseQuery({ q: `Орлов ${query}` })), row, true).parts.find((p) => p.field === 'givenName')!.score;
    };
    // Ивна: two letters swapped; no name of its own, and not read as one (it is a letter from Иван, Инна, Нина, …).
    expect(givenNameGroup('Ивна')).toBeUndefined();
    expect(repairedGivenKeys('Ивна')).toEqual([]);
    expect(score('Иван', 'Ивна')).toBeCloseTo(likeness('Иван', 'Ивна') * UNKNOWN_NEAR_NAME_FACTOR, 10);
    expect(score('Мария', 'Марина')).toBeCloseTo(likeness('Мария', 'Марина') * NEAR_NAME_FACTOR, 10);
    expect(UNKNOWN_NEAR_NAME_FACTOR).toBeGreaterThan(NEAR_NAME_FACTOR);
  });
});

describe('deletion variants of short surname codes', () => {
  it('lets three-digit codes one digit apart meet (Лапин 876 ~ Лапип 877, Ким 56 ~ Кнм 566)', () => {
    const meet = (a: string, b: string) => deletionVariants(a).some((v) => deletionVariants(b).includes(v));
    expect(meet('876000', '877000')).toBe(true);
    expect(meet('560000', '566000')).toBe(true);
    expect(meet('648000', '647000')).toBe(true);
    // Longer codes keep three-digit variants: 4700 and 4780 meet by 470, 4700 and 5800 do not.
    expect(meet('470000', '478000')).toBe(true);
    expect(meet('470000', '580000')).toBe(false);
    expect(deletionVariants('470000')).toEqual(['47']);
  });
});
