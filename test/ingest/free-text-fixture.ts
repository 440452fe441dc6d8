/**
 * Small fixtures for the free-text import tests: five real entries of the Moscow shooting lists
 * (mos.memo.ru, as in /work/shared/data/real/moscow-shooting-lists.csv: NAME, BIO and LINK as the
 * locator), chosen for their odd parts — a woman's forms, a fragment no field takes, a birth date
 * the source doubts — and the regional entry quoted in issue 3 (Kamchatka), which cites its own
 * source. One row is altered on purpose and says so: Kron's name joined with a second person's,
 * in the style of regional books, to give an entry naming two people.
 */
import { csvLine } from '../../src/ingest/csv-text.ts';

export interface FixtureEntry {
  name: string;
  bio: string;
  locator: string;
}

export const MOSCOW_ENTRIES: FixtureEntry[] = [
  { name: 'Крон Арнольд Фрицевич', bio: 'род. 1884, Лифляндская губ. (Пальцамская волость), Валкский уезд, усадьбы Стражас, латыш, б/п, Кирижский лесохимкомбинат: начальник обследовательской партии. Адрес: 1-я Авиамоторная ул., д.1, кв. 1. Рассстрелян 17.05.1938. Место захоронения: Бутово.', locator: 'http://mos.memo.ru/shot-1.htm#s1' },
  { name: 'Салямон Мария Иосифовна', bio: 'род. 1896, Польша, Седлецкая губ., г. Тересполя, еврейка, член ВКП(б) с 1931, модельно-художественная фабрика Союзмехпрома: закройщица. Адрес: Алексеевский студгородок, 4-й проезд, д.9, кв. 33. Рассстреляна 9.12.1937. Место захоронения: Бутово.', locator: 'http://mos.memo.ru/shot-1.htm#s14' },
  { name: 'Копер Ян Юзефович', bio: 'род. 1887, д.Вицеево Плоцкой губ. (Польша0, поляк, член ВКП(б), завод № 1 НКОП: мастер-обойщик цеха № 6. Адрес: ул. Б. Андроновка, д.23, кв. 14. Рассстрелян 14.06.1938. Место захоронения: Бутово.', locator: 'http://mos.memo.ru/shot-2.htm#s3' },
  { name: 'Островская Мира Васильевна', bio: 'род. 1908, Польша, г. Сосновец, полька, член КСМ Польши с 1929, Центральный Польский клуб: библиотекарь. Адрес: Малая Грузинская ул., д.29, кв. 5. Рассстреляна 29.12.1937. Место захоронения: Бутово.', locator: 'http://mos.memo.ru/shot-13.htm#s1' },
  { name: 'Стайковский Леонид Эдуардович', bio: 'род. 3 декабря (по другим данным - февраля) 1914, в Луганске, русский (по другим данным - еврей), б/п, освобожден из Дмитровского ИТЛ НКВД в мае 1937 г., чернорабочий на строительстве Дворца Советов. Адрес: Симоновский пр-д, д.7 (по другим данным - 6), кв.15, комн.5, общежитие СДС. Рассстрелян 19.08.1937. Место захоронения: Донское.', locator: 'http://mos.memo.ru/shot-57.htm#s1' },
];

/** ALTERED, not a real entry: Kron's real entry with a second person joined to the name. */
export const TWO_PEOPLE: FixtureEntry = { ...MOSCOW_ENTRIES[0]!, name: 'Крон Арнольд Фрицевич и Крон Мария Яновна', locator: 'altered test entry' };

/** The regional entry quoted in issue 3; it ends with its own "Источник:". */
export const KAMCHATKA: FixtureEntry = {
  name: 'А-Аку Туликович',
  bio: 'Родился в 1913 г., Камчатская губ., Тигильский р-н, стойбище Утхолок; коряк-кочевник; малограмотный; б/п; Арестован 12 ноября 1938 г. Приговорен: Корякский окрсуд 8 апреля 1939 г., обв.: по ст. 58-2-8-9-10-11 УК РСФСР. Приговор: 20 лет. Определением Военной коллегии ВС СССР от 17 октября 1939 г. мера снижена до 10 лет. Реабилитирован 15 марта 1958 г. Источник: База данных о жертвах репрессий Камчатской обл.',
  locator: 'Entry 8',
};
export const KAMCHATKA_SOURCE = 'База данных о жертвах репрессий Камчатской обл.';

/** Every fixture entry, in file order: CSV lines 2–8. */
export const ALL_ENTRIES = [...MOSCOW_ENTRIES, TWO_PEOPLE, KAMCHATKA];
/** CSV lines of the entries with parser warnings (Stajkovsky's doubted birth date, the two people). */
export const WARNED_LINES = [6, 7];
export const TWO_PEOPLE_LINE = 7;

/** The fixture as a CSV of NAME, BIO and Locator columns. */
export function fixtureCsv(entries: readonly FixtureEntry[] = ALL_ENTRIES): string {
  return csvLine(['NAME', 'BIO', 'Locator']) + entries.map((e) => csvLine([e.name, e.bio, e.locator])).join('');
}

/** The fixture as plain text, one entry per paragraph ("name — text"). */
export function fixtureText(entries: readonly FixtureEntry[] = ALL_ENTRIES): string {
  return entries.map((e) => `${e.name} — ${e.bio}`).join('\n\n') + '\n';
}
