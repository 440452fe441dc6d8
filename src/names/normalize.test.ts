import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeName } from './normalize.ts';

describe('normalizeName', () => {
  it('lower-cases, applies NFC and writes ё as е', () => {
    expect(normalizeName('СОЛОВЬЁВ')).toBe('соловьев');
    expect(normalizeName('Соловье\u0308в')).toBe('соловьев'); // decomposed ё
  });

  it('folds romanisation diacritics to digraphs instead of stripping them', () => {
    expect(normalizeName('Ščerbakov')).toBe('shcherbakov');
    expect(normalizeName('Ŝerbakov')).toBe('shcherbakov');
    expect(normalizeName('Ežov')).toBe('ezhov');
    expect(normalizeName('Jeżow')).toBe('jezhow');
    expect(normalizeName('Gorbačëv')).toBe('gorbachev');
    expect(normalizeName('Bērziņš')).toBe('berzinsh');
    expect(normalizeName('Sołowjow')).toBe('solowjow');
  });

  it('drops apostrophes and soft-sign marks the same way in every script', () => {
    expect(normalizeName("Solov'ev")).toBe('solovev');
    expect(normalizeName('Solovʹëv')).toBe('solovev');
    expect(normalizeName('Дем’ян')).toBe(normalizeName("Дем'ян"));
  });

  it('cleans OCR debris: stray spaces, punctuation, Latin look-alikes inside Cyrillic words', () => {
    expect(normalizeName('  Петров -  Водкин ')).toBe('петров-водкин');
    expect(normalizeName('Ивaнов')).toBe('иванов'); // Latin "a" inside
    expect(normalizeName('Ежов,  Н.И.')).toBe('ежов н и');
    expect(normalizeName('«Ежов»;')).toBe('ежов');
  });

  it('is idempotent (normalising twice changes nothing)', () => {
    const letters = fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ ABCabcžščŝłżąęäöüßÉ\'’.- ,'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 24 }).map((a) => a.join('')), (text) => {
        const once = normalizeName(text);
        expect(normalizeName(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
