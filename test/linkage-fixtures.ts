/**
 * Hand-made records for the linkage tests (SYNTHETIC: invented people, marked synthetic).
 * Ivan Petrovich Kovalenko appears three times (Cyrillic, romanised, with a typo); two
 * different Ivanovs share only their names; a father and son share a surname and a place.
 */
import type { RecordData } from '../src/domain/record.ts';

const f = (text: string) => ({ text });

export function fixtureRecords(sourceIds: [string, string, string]): RecordData[] {
  const [a, b, c] = sourceIds;
  return [
    { sourceId: a, synthetic: true, locator: '1', fields: { surname: f('Коваленко'), givenName: f('Иван'), patronymic: f('Петрович'), birthDate: f('1898'), birthPlace: f('Минск'), nationality: f('украинец'), arrestDate: f('12.08.1937'), executionDate: f('03.11.1937') } },
    { sourceId: b, synthetic: true, locator: '2', fields: { surname: f('Kovalenko'), givenName: f('Ivan'), patronymic: f('Petrovich'), birthDate: f('1898'), birthPlace: f('Minsk'), nationality: f('Ukrainian'), arrestDate: f('1937-08-12'), executionDate: f('1937-11-03') } },
    { sourceId: c, synthetic: true, locator: '3', fields: { surname: f('Коваленка'), givenName: f('Иван'), patronymic: f('Петрович'), birthDate: f('1899'), birthPlace: f('Минск'), executionDate: f('03.11.1937') } },
    // Two different men who share only their names (no other field agrees).
    { sourceId: a, synthetic: true, locator: '4', fields: { surname: f('Шпильман'), givenName: f('Моисей'), patronymic: f('Аронович') } },
    { sourceId: b, synthetic: true, locator: '5', fields: { surname: f('Szpilman'), givenName: f('Mojżesz'), patronymic: f('Aronowicz') } },
    // A father and his son: same surname, same place, patronymic = father's given name.
    { sourceId: a, synthetic: true, locator: '6', fields: { surname: f('Завадский'), givenName: f('Станислав'), patronymic: f('Юзефович'), birthDate: f('1870'), birthPlace: f('Житомир'), residence: f('Житомир, ул. Пушкина, 5') } },
    { sourceId: b, synthetic: true, locator: '7', fields: { surname: f('Завадский'), givenName: f('Казимир'), patronymic: f('Станиславович'), birthDate: f('1899'), birthPlace: f('Житомир'), residence: f('Житомир, ул. Пушкина, 5') } },
    // Another pair sharing only their names: it waits in review whatever the link threshold.
    { sourceId: a, synthetic: true, locator: '8', fields: { surname: f('Гольдберг'), givenName: f('Давид'), patronymic: f('Исаакович') } },
    { sourceId: c, synthetic: true, locator: '9', fields: { surname: f('Goldberg'), givenName: f('David'), patronymic: f('Isaakovich') } },
  ];
}
