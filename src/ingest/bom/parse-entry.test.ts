/**
 * The parser on odd entries. Real entries are quoted from the sources named beside them;
 * entries "in the style of" a source are built from a real one with the change named, because
 * the Moscow lists never print that case.
 */
import { describe, expect, it } from 'vitest';
import type { RecordFields } from '../../domain/record.ts';
import { parseEntry, parseFullName, parseStatement } from './index.ts';

/** norm of each field given, for compact assertions. */
function norms(fields: RecordFields): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.norm]));
}

function expectSpansMatch(text: string, fields: RecordFields): void {
  for (const [field, value] of Object.entries(fields)) {
    expect(text.slice(value.span![0], value.span![1]), field).toBe(value.text);
  }
}

// The example from the Kamchatka Book of Memory.
const KAMCHATKA =
  'А-Аку Туликович — Родился в 1913 г., Камчатская губ., Тигильский р-н, стойбище Утхолок; коряк-кочевник; малограмотный; б/п; Арестован 12 ноября 1938 г. Приговорен: Корякский окрсуд 8 апреля 1939 г., обв.: по ст. 58-2-8-9-10-11 УК РСФСР. Приговор: 20 лет. Определением Военной коллегии ВС СССР от 17 октября 1939 г. мера снижена до 10 лет. Реабилитирован 15 марта 1958 г. Источник: База данных о жертвах репрессий Камчатской обл.';

// Moscow shooting lists (mos.memo.ru), as published, typo "Рассстрелян" included.
const KRON =
  'Крон Арнольд Фрицевич — род. 1884, Лифляндская губ. (Пальцамская волость), Валкский уезд, усадьбы Стражас, латыш, б/п, Кирижский лесохимкомбинат: начальник обследовательской партии. Адрес: 1-я Авиамоторная ул., д.1, кв. 1. Рассстрелян 17.05.1938. Место захоронения: Бутово.';
const SHKUBEL =
  'Шкубель Ядвига Францевна — род. 1897, Польша, Виленская губ., дер. Коверки, полька, б/п. Адрес: Зубовский б-р, д.10, кв. 6. Рассстреляна 29.12.1937. Место захоронения: Бутово.';
const SHADURSKY =
  'Шадурский (Шуколовский) Николай Августович (Самуилович) — род. 6.05.1897, в Одессе (по другим данным - в г.Вержболово Сувалкской губ.), русский, б/п, слесарь-моторист на автобазе Московского автодорожного института. Адрес: Прямой пер., д.9, кв.5. В 1926-1935 гг. служил на КВЖД. Рассстрелян 20.11.1937. Место захоронения: Донское.';
const STAIKOVSKY =
  'Стайковский Леонид Эдуардович — род. 3 декабря (по другим данным - февраля) 1914, в Луганске, русский (по другим данным - еврей), б/п, освобожден из Дмитровского ИТЛ НКВД в мае 1937 г., чернорабочий. Адрес: Арбат, д.1. Рассстрелян 1.10.1941. Место захоронения: Коммунарка.';

describe('parseEntry on the issue examples', () => {
  it('reads the Moscow entry of Arnold Kron into every field, keeping the typo in the text', () => {
    const { fields, unparsed, warnings } = parseEntry(KRON);
    expect(norms(fields)).toEqual({
      surname: 'Крон', givenName: 'Арнольд', patronymic: 'Фрицевич', sex: 'male',
      birthDate: '1884',
      birthPlace: 'Лифляндская губ. (Пальцамская волость), Валкский уезд, усадьбы Стражас',
      nationality: 'latvian', party: 'non-party',
      workplace: 'Кирижский лесохимкомбинат', occupation: 'начальник обследовательской партии',
      residence: '1-я Авиамоторная ул., д.1, кв. 1',
      executionDate: '1938-05-17', burialPlace: 'butovo',
    });
    expect(fields.executionDate!.text).toBe('17.05.1938');
    expect(fields.burialPlace!.text).toBe('Бутово');
    expect(unparsed).toEqual([]);
    expect(warnings).toEqual([]);
    expectSpansMatch(KRON, fields);
  });

  it('reads the Kamchatka entry: no surname, nomad nationality, clauses, several sentences over time', () => {
    const { fields, source } = parseEntry(KAMCHATKA);
    expect(fields.surname).toBeUndefined();
    expect(norms(fields)).toMatchObject({
      givenName: 'А-Аку', patronymic: 'Туликович', sex: 'male',
      birthDate: '1913', birthPlace: 'Камчатская губ., Тигильский р-н, стойбище Утхолок',
      nationality: 'koryak', education: 'semi-literate', party: 'non-party',
      arrestDate: '1938-11-12',
      sentencingBody: 'regional-court', sentenceDate: '1939-04-08',
      charge: '58-2,58-8,58-9,58-10,58-11',
      // 20 years, then reduced to 10 by the Military Collegium.
      sentence: 'term:20y; term:10y',
      rehabilitationDate: '1958-03-15',
    });
    expect(fields.nationality!.text).toBe('коряк-кочевник');
    expect(fields.sentencingBody!.text).toBe('Корякский окрсуд');
    expect(fields.notes!.text).toBe('Определением Военной коллегии ВС СССР от 17 октября 1939 г. мера снижена до 10 лет');
    expect(source!.text).toBe('База данных о жертвах репрессий Камчатской обл.');
    expectSpansMatch(KAMCHATKA, fields);
  });
});

describe('parseEntry on odd entries', () => {
  it('reads the sex from a masculine verb when the name has no patronymic', () => {
    const { fields } = parseEntry('Ми-Дя-Сан — род. 1887, Китай, провинции Шаньдун, китаец, б/п. Рассстрелян 10.09.1938.');
    expect(fields.sex).toMatchObject({ text: 'Рассстрелян', norm: 'male' });
    expect(parseEntry('Ми-Дя-Сан — род. 1887, китаец, б/п. Рассстреляны 10.09.1938.').fields.sex).toBeUndefined();
  });

  it("reads a woman's forms: Рассстреляна, полька, -овна", () => {
    const { fields } = parseEntry(SHKUBEL);
    expect(fields.sex).toMatchObject({ norm: 'female', text: 'Рассстреляна' });
    expect(fields.nationality).toMatchObject({ norm: 'polish', text: 'полька' });
    expect(fields.executionDate!.norm).toBe('1937-12-29');
    expect(fields.party!.norm).toBe('non-party');
  });

  it('keeps name variants and an extra sentence as unparsed text', () => {
    const { fields, unparsed } = parseEntry(SHADURSKY);
    expect(fields.surname!.text).toBe('Шадурский');
    expect(fields.nameVariants!.norm).toBe('Шуколовский; Самуилович');
    expect(fields.birthDate!.norm).toBe('1897-05-06');
    expect(fields.birthPlace!.text).toBe('в Одессе (по другим данным - в г.Вержболово Сувалкской губ.)');
    expect(fields.residence!.text).toBe('Прямой пер., д.9, кв.5');
    expect(unparsed).toContain('В 1926-1935 гг. служил на КВЖД.');
  });

  it('leaves a birth date the source doubts as text, with a warning, and an undecided nationality without a key', () => {
    const { fields, unparsed, warnings } = parseEntry(STAIKOVSKY);
    expect(fields.birthDate).toBeUndefined();
    expect(unparsed[0]).toBe('3 декабря (по другим данным - февраля) 1914');
    expect(warnings.some((w) => w.startsWith('birth date not read'))).toBe(true);
    expect(fields.nationality).toMatchObject({ text: 'русский (по другим данным - еврей)' });
    expect(fields.nationality!.norm).toBeUndefined();
  });

  it('reads an entry with no birth year (Kamchatka entry with its birth statement removed)', () => {
    const text = KAMCHATKA.replace('Родился в 1913 г., Камчатская губ., Тигильский р-н, стойбище Утхолок; ', '');
    const { fields } = parseEntry(text);
    expect(fields.birthDate).toBeUndefined();
    expect(fields.birthPlace).toBeUndefined();
    expect(fields.nationality!.norm).toBe('koryak');
    expect(fields.arrestDate!.norm).toBe('1938-11-12');
  });

  it('flags two people named in one entry (Moscow entry of Kron, a second name joined in the style of regional books)', () => {
    const text = KRON.replace('Крон Арнольд Фрицевич —', 'Крон Арнольд Фрицевич и Крон Мария Яновна —');
    const parsed = parseEntry(text);
    expect(parsed.people).toBe(2);
    expect(parsed.fields.surname!.text).toBe('Крон');
    expect(parsed.fields.patronymic!.text).toBe('Фрицевич');
    expect(parsed.warnings[0]).toMatch(/2 people/u);
    expect(parseEntry(KRON).people).toBeUndefined();
  });

  it('reads a date range as an EDTF interval (memo-strings: "Казанский РИК, 1929-31, 34")', () => {
    const { fields } = parseStatement('sentenced', 'Казанский РИК, 1929-31, 34');
    expect(fields.sentenceDate).toMatchObject({ text: '1929-31', norm: '1929/1931' });
    expect(fields.sentencingBody!.norm).toBe('district-executive-committee');
  });

  it('understands typos and variants of the execution verb without correcting them', () => {
    for (const verb of ['Рассстрелян', 'Расстрелян', 'Расстреляна', 'Раcстрелян' /* Latin c */]) {
      const { fields } = parseEntry(`Иванов Иван Иванович — род. 1900, г. Москва, русский, б/п. ${verb} 2.10.1937.`);
      expect(fields.executionDate, verb).toMatchObject({ text: '2.10.1937', norm: '1937-10-02' });
    }
  });

  it('keeps a second statement of the same field as text instead of dropping or overwriting it', () => {
    const text = 'Иванов Иван Иванович — род. 1900, г. Москва, русский, б/п. Адрес: ул. Арбат, д.1. Адрес: ул. Пречистенка, д.2. Рассстрелян 2.10.1937.';
    const parsed = parseEntry(text);
    expect(parsed.fields.residence!.text).toBe('ул. Арбат, д.1');
    expect(parsed.unparsed).toContain('ул. Пречистенка, д.2');
    expect(parsed.warnings).toContain('second residence kept as text: ул. Пречистенка, д.2');
  });

  it('reads a death in a camp and an execution with its place (entries in the style of regional books)', () => {
    const died = parseEntry('Петрова Анна Ивановна — род. 1901, г. Тула, русская, б/п. Арестована 3.08.1937. Умерла 12 марта 1942 г. в Карлаге.');
    expect(died.fields.deathDate).toMatchObject({ text: '12 марта 1942 г.', norm: '1942-03-12' });
    expect(died.fields.deathPlace).toMatchObject({ text: 'в Карлаге' });
    expect(died.fields.deathPlace!.norm).toBeUndefined();
    expect(died.fields.sex!.norm).toBe('female');
    const shot = parseEntry('Иванов Иван Иванович — род. 1900, г. Москва, русский, б/п. Расстрелян 20 августа 1937 г. в Бутово.');
    expect(shot.fields.deathPlace).toMatchObject({ text: 'в Бутово', norm: 'butovo' });
  });

  it('never throws and keeps everything on text it cannot read', () => {
    for (const text of ['', '—', 'просто текст без дат', 'Иванов — ', ' — род.', 'Адрес:', 'Рассстрелян']) {
      const parsed = parseEntry(text);
      expect(parsed.fields.executionDate?.norm).toBeUndefined();
    }
    expect(parseEntry('просто текст без дат, и ещё').unparsed.join(' ')).toContain('просто текст без дат');
  });
});

describe('parseEntry on the other layout of regional books', () => {
  it('reads a name ended by a comma, "г. р.", and a sentence after the body ("к 10 годам ИТЛ")', () => {
    // In the layout of many regional Books of Memory; names and places are placeholders.
    const text = 'Иванов Иван Иванович, 1898 г. р., уроженец д. Горки Тверской губ., русский, б/п, колхозник. Арестован 12.08.1937. Осужден 20.10.1937 тройкой при УНКВД по Калининской обл. к 10 годам ИТЛ. Реабилитирован в 1958 г.';
    const { fields, unparsed } = parseEntry(text);
    expect(norms(fields)).toEqual({
      surname: 'Иванов', givenName: 'Иван', patronymic: 'Иванович', sex: 'male',
      birthDate: '1898', birthPlace: 'уроженец д. Горки Тверской губ.', nationality: 'russian', party: 'non-party',
      occupation: 'колхозник', arrestDate: '1937-08-12', sentenceDate: '1937-10-20', sentencingBody: 'nkvd-troika',
      sentence: 'camp:10y', rehabilitationDate: '1958',
    });
    expect(fields.sentence!.text).toBe('к 10 годам ИТЛ');
    expect(unparsed).toEqual([]);
    expectSpansMatch(text, fields);
  });
});

describe('parseStatement (memo-strings lines)', () => {
  it('reads a sentencing statement: body, date, charge', () => {
    const { fields } = parseStatement('sentenced', 'тройкой УНКВД КК 12 ноября 1937 г., обв.: КРА.');
    expect(norms(fields)).toEqual({ sentencingBody: 'nkvd-troika', sentenceDate: '1937-11-12', charge: 'KRA' });
  });

  it('reads the operation a sentence belongs to', () => {
    const line = 'тройка при НКВД КАССР 17 августа 1937 г., обв.: в рамках приказа 00447.';
    const { fields } = parseStatement('sentenced', line);
    expect(fields.operation).toMatchObject({ text: 'приказа 00447', norm: 'order-00447' });
    expect(line.slice(fields.operation!.span![0], fields.operation!.span![1])).toBe('приказа 00447');
  });

  it('reads a rehabilitation statement with its body', () => {
    const { fields } = parseStatement('rehabilitated', '30 января 1957 г. ВТ ЮЖУРВО за отсутствием состава преступления');
    expect(fields.rehabilitationDate!.norm).toBe('1957-01-30');
    expect(fields.rehabilitationBody!.norm).toBe('military-tribunal');
  });

  it('reads an arrest statement with a month date', () => {
    const { fields } = parseStatement('arrested', 'в ноябре 1930 г. ОГПУ СКО.');
    expect(norms(fields)).toEqual({ arrestDate: '1930-11', arrestingBody: 'ogpu' });
  });

  it('reads a statement naming only the body, and one with the body before the date', () => {
    expect(norms(parseStatement('rehabilitated', 'ГУВД Ростовской обл').fields)).toEqual({ rehabilitationBody: 'mvd' });
    expect(norms(parseStatement('arrested', 'Охотским МК ПП ОГПУ по ДВК 9 апреля 1933 г.').fields)).toEqual({ arrestDate: '1933-04-09', arrestingBody: 'ogpu' });
  });

  it('does not take the date of a law for the date of the rehabilitation', () => {
    const { fields } = parseStatement('rehabilitated', 'по Закону от 18 октября 1991 г.');
    expect(fields.rehabilitationDate).toBeUndefined();
    expect(fields.rehabilitationBody!.norm).toBe('rehabilitation-law-1991');
    const withBody = parseStatement('rehabilitated', '30 ноября 1989 г. Прокуратура КазССР УКАЗ ПВС СССР ОТ 16.01.1989').fields;
    expect(norms(withBody)).toEqual({ rehabilitationDate: '1989-11-30', rehabilitationBody: 'prosecutor' });
  });

  it('keeps a statement with two event dates as text rather than guess which is which', () => {
    const parsed = parseStatement('rehabilitated', '29 июня 2001 г. ИЦ ГУВД Магаданской обл. 20.3.2001');
    expect(parsed.fields.rehabilitationBody).toBeUndefined();
    expect(parsed.unparsed).toEqual(['ИЦ ГУВД Магаданской обл. 20.3.2001']);
  });
});

describe('parseFullName (a NAME column)', () => {
  it('reads surname, given name, patronymic, variants and sex with spans into the cell', () => {
    const cell = 'Шадурский (Шуколовский) Николай Августович (Самуилович)';
    const { fields, unparsed } = parseFullName(cell);
    expect(norms(fields)).toEqual({ surname: 'Шадурский', givenName: 'Николай', patronymic: 'Августович', nameVariants: 'Шуколовский; Самуилович', sex: 'male' });
    expect(unparsed).toEqual([]);
    expectSpansMatch(cell, fields);
    expect(parseFullName('Шкубель Ядвига Францевна').fields.sex!.norm).toBe('female');
  });

  it('keeps a cell that is not a name as unparsed text', () => {
    expect(parseFullName('род. 1884, г. Москва').unparsed).toEqual(['род. 1884, г. Москва']);
    expect(parseFullName('род. 1884, г. Москва').fields).toEqual({});
  });
});
