import { describe, expect, it } from 'vitest';
import { parseBirth, parseQuery, searchQuerySchema, DEFAULT_YEAR_TOLERANCE } from './query.ts';

describe('parseQuery', () => {
  it('reads a Latin spelling with a given name and a year', () => {
    const q = parseQuery({ q: 'Jeschow Nikolai 1895' });
    expect(q.surname).toBe('Jeschow');
    expect(q.givenName).toBe('Nikolai');
    expect(q.birth).toEqual({ year: 1895, tolerance: DEFAULT_YEAR_TOLERANCE });
    expect(q.placeWords).toEqual([]);
  });

  it('reads a place after the names', () => {
    const q = parseQuery({ q: 'Kowalski Jan 1898 Minsk' });
    expect([q.surname, q.givenName, q.birth?.year, q.placeWords]).toEqual(['Kowalski', 'Jan', 1898, ['Minsk']]);
  });

  it('takes a surname that looks like a patronymic as the surname when it comes first', () => {
    const q = parseQuery({ q: 'Адамович Сергей Степанович' });
    expect([q.surname, q.givenName, q.patronymic]).toEqual(['Адамович', 'Сергей', 'Степанович']);
  });

  it('reads given name, patronymic, surname order', () => {
    const q = parseQuery({ q: 'Nikolai Ivanovich Yezhov' });
    expect([q.surname, q.givenName, q.patronymic]).toEqual(['Yezhov', 'Nikolai', 'Ivanovich']);
  });

  it('reads an unknown given name between the surname and the patronymic, before a year', () => {
    const q = parseQuery({ q: 'Borovsky Volodislav Avgustinovich 1898' });
    expect([q.surname, q.givenName, q.patronymic, q.birth?.year, q.placeWords]).toEqual(['Borovsky', 'Volodislav', 'Avgustinovich', 1898, []]);
  });

  it('keeps a fourth name word as a place', () => {
    const q = parseQuery({ q: 'Borovsky Volodislav Avgustinovich Minsk 1898' });
    expect([q.surname, q.givenName, q.patronymic, q.placeWords]).toEqual(['Borovsky', 'Volodislav', 'Avgustinovich', ['Minsk']]);
  });

  it('takes the word before the patronymic as the given name, in either order', () => {
    const q = parseQuery({ q: 'Fridrikh Yelisabetg Vilgelmovna 1874' });
    expect([q.surname, q.givenName, q.patronymic]).toEqual(['Fridrikh', 'Yelisabetg', 'Vilgelmovna']);
    const r = parseQuery({ q: 'Nikolai Ivanovich Yezhov' });
    expect([r.surname, r.givenName, r.patronymic]).toEqual(['Yezhov', 'Nikolai', 'Ivanovich']);
  });

  it('reads a German given name in -rich as the given name, not as a patronymic', () => {
    const q = parseQuery({ q: 'Humbert Heinrich Andreasovich 1890' });
    expect([q.surname, q.givenName, q.patronymic]).toEqual(['Humbert', 'Heinrich', 'Andreasovich']);
    const r = parseQuery({ q: 'Jjurgens Gajnrich 1898' });
    expect([r.surname, r.givenName, r.patronymic]).toEqual(['Jjurgens', 'Gajnrich', undefined]);
    expect(parseQuery({ q: 'Schwaisfurtg Fridrich Christianowitsch 1871' }).givenName).toBe('Fridrich');
  });

  it('reads the short patronymics (Ильич, Ilicz) and the Ukrainian feminine ones as patronymics, not places', () => {
    for (const [text, patronymic] of [['Marnov Roman Ilʹich 1905', 'Ilʹich'], ['Gaskarow Dmitrij Ilicz 1886', 'Ilicz'], ['Иванов Петр Ильич', 'Ильич'], ['Vilikhovskaya Izabelya Antonivna 1885', 'Antonivna'], ['Куккокорпи Анне Оскаривна 1882', 'Оскаривна']] as const) {
      const q = parseQuery({ q: text });
      expect([q.patronymic, q.placeWords], text).toEqual([patronymic, []]);
      expect(q.givenName, text).toBe(text.split(' ')[1]);
    }
  });

  it('keeps the other reading of two words when the first is also a given name', () => {
    const q = parseQuery({ q: 'Valter Dafid 1890' });
    expect([q.surname, q.givenName]).toEqual(['Dafid', 'Valter']);
    expect(q.alternative).toEqual({ surname: 'Valter', givenName: 'Dafid' });
    expect(parseQuery({ q: 'Jeschow Nikolai 1895' }).alternative).toBeUndefined();
    expect(parseQuery({ q: 'Ежов Николай Иванович' }).alternative).toBeUndefined();
  });

  it('takes a lone word as the surname, even a given name', () => {
    expect(parseQuery({ q: 'Ежов' }).surname).toBe('Ежов');
    expect(parseQuery({ q: 'Иван' }).surname).toBe('Иван');
  });

  it('lets explicit fields win over free text', () => {
    const q = parseQuery({ q: 'Ежов 1895', born: '1890~5', givenName: 'Николай' });
    expect(q.birth).toEqual({ year: 1890, tolerance: 5 });
    expect(q.givenName).toBe('Николай');
  });

  it('reads a year with a tolerance', () => {
    expect(parseBirth('1898~2')).toEqual({ year: 1898, tolerance: 2 });
    expect(parseBirth('1898')).toEqual({ year: 1898, tolerance: DEFAULT_YEAR_TOLERANCE });
    expect(parseBirth('98')).toBeUndefined();
  });

  it('validates with zod: bad years, page sizes and unknown fields are refused', () => {
    expect(searchQuerySchema.safeParse({ born: 'about 1898' }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ pageSize: 1000 }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'x', colour: 'red' }).success).toBe(false);
    expect(searchQuerySchema.parse({ q: 'x' })).toMatchObject({ page: 1, pageSize: 20, exact: false, facets: true });
  });
});
