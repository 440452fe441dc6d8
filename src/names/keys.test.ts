import { describe, expect, it } from 'vitest';
import { surnameKeys, givenNameKeys, nameKeys } from './keys.ts';
import { keyLatinForms, latinForms } from './latin-forms.ts';

/** Spellings of one name in the scripts and romanisations of the sources. */
const FAMILIES: string[][] = [
  ['Ежов', 'Yezhov', 'Ezhov', 'Ežov', 'Jeżow', 'Jeschow', 'Iejov', 'Ежова', 'Yezhova', 'Jeżowa'],
  ['Соловьёв', 'Solovyov', "Solov'ev", 'Solovjov', 'Sołowjow', 'Solowjow', 'Solovʹëv', 'Solovev'],
  ['Горбачёв', 'Gorbachev', 'Gorbachyov', 'Gorbačëv', 'Gorbaczow', 'Gorbatschow'],
  ['Ельцин', 'Yeltsin', "El'tsin", 'Elcin', 'Jelcyn', 'Jelzin', 'Eltsine'],
  ['Щербаков', 'Shcherbakov', 'Ščerbakov', 'Szczerbakow', 'Schtscherbakow', 'Chtcherbakov'],
  ['Ковальский', 'Ковальская', 'Kowalski', 'Kowalska', 'Kovalsky', 'Kovalskiy', 'Kovalskaya', 'Kowalskij'],
  ['Хрущёв', 'Khrushchev', 'Chruszczow', 'Chruschtschow', 'Hruščëv', 'Khrouchtchev'],
  ['Ягода', 'Yagoda', 'Jagoda', 'Iagoda'],
];

describe('surnameKeys: every spelling of a family meets every other', () => {
  it.each(FAMILIES.map((f) => [f[0]!, f] as const))('%s', (_, family) => {
    for (const a of family) {
      for (const b of family) {
        const shared = surnameKeys(a).filter((k) => surnameKeys(b).includes(k));
        expect(shared.length, `${a} ~ ${b}: ${surnameKeys(a)} / ${surnameKeys(b)}`).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ['Бромлей', 'Bromlejj'], // telegraph GOST: й = jj
    ['Щукин', 'Shhukin'],
    ['Исайчев', 'Ysaychev'], // и = y at the start
    ['Ножницкая', 'Nojnitskaia'], // French: ж = j
    ['Ножницкая', 'Nozhnitckaia'],
    ['Бендз', 'Bends'], // German: дз = ds, not a Latvian -s
    ['Таутс', 'Taut·s'],
    ['Несмеянов', 'Niesmiejanow'],
    ['Гринберг', 'Hrynberh'], // Ukrainian: г = h
    ['Ахматова', 'Ahmatova'],
    ['Золотухин', 'Zolotuxin'], // scholarly x = х
    ['Клюев', 'Kljujew'],
    ['Іваненко', 'Ivanenko'], // Ukrainian letters: romanised in the Ukrainian scheme as well
    ['Ґудзь', 'Gudz'],
    ['Багдановіч', 'Bogdanovich'], // Belarusian
  ])('%s meets the machine or foreign spelling %s', (cyrillic, latin) => {
    expect(surnameKeys(latin).some((k) => surnameKeys(cyrillic).includes(k)), `${surnameKeys(cyrillic)} / ${surnameKeys(latin)}`).toBe(true);
  });

  it('reads a lone c as ц, as scholarly, Czech, Baltic and Polish spellings write it', () => {
    const meet = (a: string, b: string) => surnameKeys(a).some((k) => surnameKeys(b).includes(k));
    expect(meet('Čušckij', 'Chushtsky')).toBe(true);
    expect(meet('Gescov', 'Gestsov')).toBe(true);
    expect(meet('Drušckij', 'Drushtsky')).toBe(true);
    // A digraph keeps its reading: ch and cz are not c.
    expect(keyLatinForms('Czech')).not.toContain('tsech');
  });

  it('keeps different names apart', () => {
    const meets = (a: string, b: string) => surnameKeys(a).some((k) => surnameKeys(b).includes(k));
    expect(meets('Ежов', 'Бухарин')).toBe(false);
    expect(meets('Ягода', 'Ежов')).toBe(false);
    expect(meets('Kowalski', 'Jagoda')).toBe(false);
  });

  it('keys a double surname by each part as well', () => {
    const keys = surnameKeys('Петров-Водкин');
    expect(surnameKeys('Petrov').some((k) => keys.includes(k))).toBe(true);
    expect(surnameKeys('Vodkin').some((k) => keys.includes(k))).toBe(true);
  });

  it('stays small: a handful of six-digit codes', () => {
    for (const family of FAMILIES) {
      for (const name of family) {
        const keys = surnameKeys(name);
        expect(keys.length, name).toBeLessThanOrEqual(12);
        for (const k of keys) expect(k).toMatch(/^\d{6}$/);
      }
    }
  });
});

describe('nameKeys', () => {
  it('lists everything a Cyrillic name yields', () => {
    const keys = nameKeys('Ежова');
    expect(keys.normalized).toBe('ежова');
    expect(keys.surnameBase).toBe('ежов');
    expect(keys.transliterations.pl_pwn).toBe('Jeżowa');
    expect(keys.transliterations.de_duden).toBe('Jeschowa');
    expect(keys.latinForms).toEqual(expect.arrayContaining(['yezhova', 'ezhova', 'jezhowa', 'jeschowa']));
    expect(keys.surnameKeys).toEqual(surnameKeys('Ежова'));
  });

  it("names the father's given name when the text is a patronymic", () => {
    expect(nameKeys('Iwanowitsch').patronymicOf).toBe('iwan');
    expect(nameKeys('Ежов').patronymicOf).toBeUndefined();
  });

  it('gives a Latin name its own form and no transliterations', () => {
    const keys = nameKeys('Jeschow');
    expect(keys.transliterations).toEqual({});
    expect(latinForms('Jeschow')).toEqual(['jeschow', 'eschow']);
    expect(keys.givenNameKeys).toEqual(givenNameKeys('Jeschow'));
  });
});
