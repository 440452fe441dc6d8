import { describe, expect, it } from 'vitest';
import { toSearchDoc } from './document.ts';
import { deletionVariants, docKeys, hashKey } from './keys.ts';
import { parseQuery } from './query.ts';
import { BIRTH_OFF_LOSS, MIN_SCORE, prepareQuery, scoreDoc, WEIGHTS, type RankableDoc } from './rank.ts';

function doc(fields: Record<string, string>): RankableDoc {
  const d = toSearchDoc('rec_1', 'src_1', Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { text: v }])), false);
  return {
    surname: d.surname, given: d.givenName, patronymic: d.patronymic, surname_norm: d.surnameNorm, surname_latin: d.surnameLatin,
    surname_keys: d.surnameKeys.join(' '), given_keys: d.givenKeys.join(' '), patronymic_keys: d.patronymicKeys.join(' '),
    birth_min: d.birthMin ?? null, birth_max: d.birthMax ?? null, birth_text: d.birthText, place: d.place, region: d.region,
  };
}

const ezhov = doc({ surname: 'Ежов', givenName: 'Николай', patronymic: 'Иванович', birthDate: '1895', birthPlace: 'Петербург' });

describe('ranking', () => {
  it('weights sum to one', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('explains a cross-script match part by part', () => {
    const { score, parts } = scoreDoc(prepareQuery(parseQuery({ q: 'Jeschow Nikolai 1896' })), ezhov);
    expect(score).toBeGreaterThan(0.85);
    const how = parts.map((p) => p.how).join('; ');
    expect(how).toMatch(/surname sounds like Ежов \(DM \d{6}\)/);
    expect(how).toContain('Nikolai = Николай');
    expect(how).toContain('born 1896, record says 1895 (1 year off)');
  });

  it('ranks a closer birth year higher, and a year beyond the tolerance lower still', () => {
    const q = prepareQuery(parseQuery({ q: 'Ежов Николай', born: '1895~2' }));
    const same = scoreDoc(q, ezhov).score;
    const off1 = scoreDoc(q, doc({ surname: 'Ежов', givenName: 'Николай', birthDate: '1896' })).score;
    const off9 = scoreDoc(q, doc({ surname: 'Ежов', givenName: 'Николай', birthDate: '1904' })).score;
    expect(same).toBeGreaterThan(off1);
    expect(off1).toBeGreaterThan(off9);
  });

  it('lets birth credit fall at the same rate past the tolerance, to none', () => {
    const q = prepareQuery(parseQuery({ q: 'Ежов Николай', born: '1895~2' }));
    const birth = (year: string) => scoreDoc(q, doc({ surname: 'Ежов', givenName: 'Николай', birthDate: year })).parts.find((p) => p.field === 'birth')!;
    const step = BIRTH_OFF_LOSS / 2;
    expect(birth('1897').score).toBeCloseTo(1 - 2 * step, 10);
    expect(birth('1898').score).toBeCloseTo(1 - 3 * step, 10);
    expect(birth('1898').how).toBe('born 1895, record says 1898 (3 years off)');
    expect(birth('1892').score).toBeCloseTo(1 - 3 * step, 10);
    expect(birth('1905').score).toBe(0);
    // A tolerance of 0 asks for the year itself.
    const exact = prepareQuery(parseQuery({ q: 'Ежов Николай', born: '1895~0' }));
    expect(scoreDoc(exact, doc({ surname: 'Ежов', givenName: 'Николай', birthDate: '1896' })).parts.find((p) => p.field === 'birth')!.score).toBe(0);
  });

  it('gives a missing field half credit, a wrong one none', () => {
    const q = prepareQuery(parseQuery({ q: 'Ежов Николай 1895' }));
    const missing = scoreDoc(q, doc({ surname: 'Ежов', givenName: 'Николай' })).score;
    const wrong = scoreDoc(q, doc({ surname: 'Ежов', givenName: 'Николай', birthDate: '1850' })).score;
    expect(missing).toBeGreaterThan(wrong);
  });

  it('scores an unrelated name below the threshold', () => {
    const q = prepareQuery(parseQuery({ q: 'Kowalski Jan 1898' }));
    expect(scoreDoc(q, ezhov).score).toBeLessThan(MIN_SCORE);
  });

  it('scores a surname in another romanisation as alike as its Cyrillic original', () => {
    const q = prepareQuery(parseQuery({ q: 'Winogradow Dmitri 1906' }));
    const surname = (name: string) => scoreDoc(q, doc({ surname: name, givenName: 'Dmitry', birthDate: '1906' })).parts[0]!.score;
    expect(surname('Виноградов')).toBeCloseTo(1, 10);
    expect(surname('Vinogradov')).toBeCloseTo(1, 10);
    expect(surname('Vinogradov')).toBeGreaterThan(surname('Vinogradsky'));
    expect(surname('Vinogradsky')).toBeLessThan(1);
  });

  it('scores a surname one misread letter away as nearly sounding alike', () => {
    const q = prepareQuery(parseQuery({ q: 'Kiselev Andrej 1915' }));
    const typo = scoreDoc(q, doc({ surname: 'Кисепев', givenName: 'Андрей', birthDate: '1915' }));
    expect(typo.score).toBeGreaterThan(0.8);
    expect(typo.parts[0]!.how).toMatch(/sounds like Кисепев/);
  });
});

describe('index keys', () => {
  it('files codes one digit apart under a shared variant', () => {
    const shared = (a: string, b: string) => deletionVariants(a).some((v) => deletionVariants(b).includes(v));
    expect(shared('547700', '548700')).toBe(true); // substitution
    expect(shared('136700', '137000')).toBe(true); // lost letter
    expect(deletionVariants('470000')).toEqual(['47']); // too short to file variants of
    expect(shared('479400', '479300')).toBe(true);
    expect(shared('470000', '958600')).toBe(false);
  });

  it('hashes keys to stable integers that fit a double exactly', () => {
    expect(hashKey('s|470000')).toBe(hashKey('s|470000'));
    expect(hashKey('s|470000')).not.toBe(hashKey('s|470001'));
    expect(Number.isSafeInteger(hashKey('sg|470000|nikolai'))).toBe(true);
  });

  it('files a record under its surname, surname+given and given+patronymic+year keys', () => {
    const d = toSearchDoc('rec_1', 'src_1', { surname: { text: 'Ежов' }, givenName: { text: 'Николай' }, patronymic: { text: 'Иванович' }, birthDate: { text: '1895' } }, false);
    const keys = docKeys(d);
    expect(keys).toContain('x|ежов');
    expect(keys.some((k) => k.startsWith('s|'))).toBe(true);
    expect(keys.some((k) => k.startsWith('sg|') && k.endsWith('|nikolai'))).toBe(true);
    expect(keys).toContain('gpy|nikolai|ivan|1895');
  });
});
