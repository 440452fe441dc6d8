import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize.ts';
import { transliterate } from './transliterate.ts';
import { conventionSkeletons } from './skeleton.ts';

const skeletons = (spelling: string) => conventionSkeletons(normalizeName(spelling));
/** Two spellings meet when they share a skeleton. */
const meet = (a: string, b: string) => skeletons(a).some((s) => skeletons(b).includes(s));

describe('conventionSkeletons', () => {
  it('folds the romanisations of one surname together', () => {
    for (const spellings of [
      ['Vinogradov', 'Winogradow'],
      ['Kuznetsov', 'Kuznecow', 'Kuznecov', 'Kusnezow', 'Kuźniecow'],
      ['Mikhaylov', 'Michajłow', 'Mikhailov', 'Michailow'],
      ['Yegorov', 'Jegorow', 'Yegorow'],
      ['Pashkevich', 'Paszkewicz', 'Paschkewitsch'],
      ['Chernov', 'Czernow', 'Tschernow', 'Tchernov'],
      ['Shchukin', 'Szczukin', 'Schtschukin'],
      ['Solovyev', 'Solowjew', 'Solovʹev'],
      ['Dmitriev', 'Dmitrijew'],
      ['Pakhomov', 'Pachomow', 'Paxomov'],
      ['Koretsky', 'Koretskii', 'Koretskiy', 'Koreckij', 'Korezki'],
      ['Yezhov', 'Jeschow'],
      ['Kats', 'Kaz', 'Kac'],
    ]) {
      for (const other of spellings.slice(1)) expect(meet(spellings[0]!, other), `${spellings[0]} ~ ${other}: ${skeletons(spellings[0]!)} / ${skeletons(other)}`).toBe(true);
    }
  });

  it('folds the schemes this project romanises Cyrillic with', () => {
    for (const name of ['Виноградов', 'Кузнецов', 'Пашкевич', 'Щукин', 'Соловьев', 'Михайлов', 'Корецкий', 'Дмитриев']) {
      const [first, ...rest] = ['wikipedia', 'bgn_pcgn', 'pl_pwn', 'de_duden'].map((scheme) => transliterate(name, scheme));
      for (const other of rest) expect(meet(first!, other), `${name}: ${first} ~ ${other}`).toBe(true);
    }
  });

  it('keeps surnames that differ in sound apart', () => {
    expect(meet('Belov', 'Balow')).toBe(false);
    expect(meet('Ivanov', 'Iwanowski')).toBe(false);
    expect(meet('Kotov', 'Kozlov')).toBe(false);
    expect(meet('Zaitsev', 'Saitsev')).toBe(false);
    expect(meet('Rozov', 'Rosov')).toBe(false);
  });
});
