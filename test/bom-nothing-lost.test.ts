/**
 * Nothing is lost: every letter and digit of an entry ends up in a field's span, in a marker
 * word ("Адрес:", "Рассстрелян"), or in an unparsed fragment. Checked on the 260 hand-checked
 * Moscow entries and on the odd entries of the parser's own tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMarkers } from '../src/ingest/bom/events.ts';
import { parseEntry } from '../src/ingest/bom/index.ts';
import { parse } from 'csv-parse/sync';
import { MOSCOW_CSV, type SampleFile } from './fixtures/bom/sample-spec.ts';

const sample = JSON.parse(readFileSync(new URL('./fixtures/bom/moscow-sample.json', import.meta.url), 'utf8')) as SampleFile;

/** Words that label a statement and carry no value of their own. */
const LABEL_RE = /(?<![\p{L}])(?:род\.|Родил(?:ся|ась)|обв\.:?)/gu;

function lostCharacters(text: string): string {
  const covered = new Uint8Array(text.length);
  const cover = (start: number, end: number) => covered.fill(1, start, end);
  const parsed = parseEntry(text);
  for (const value of Object.values(parsed.fields)) cover(value.span![0], value.span![1]);
  if (parsed.source?.span) cover(parsed.source.span[0], parsed.source.span[1]);
  for (const marker of findMarkers(text, { start: 0, end: text.length })) cover(marker.word.start, marker.word.end);
  for (const m of text.matchAll(LABEL_RE)) cover(m.index, m.index + m[0].length);
  // Each unparsed fragment is where its span says.
  expect(parsed.unparsedSpans!.map(([s, e]) => text.slice(s, e))).toEqual(parsed.unparsed);
  for (const [start, end] of parsed.unparsedSpans!) cover(start, end);
  let lost = '';
  for (let i = 0; i < text.length; i++) if (!covered[i] && /[\p{L}\d]/u.test(text[i]!)) lost += text[i];
  return lost;
}

describe('nothing is lost', () => {
  it.each(sample.entries.map((e) => [e.row, e.text] as const))('row %i', (_row, text) => {
    expect(lostCharacters(text)).toBe('');
  });

  it.each([
    'А-Аку Туликович — Родился в 1913 г., Камчатская губ., Тигильский р-н, стойбище Утхолок; коряк-кочевник; малограмотный; б/п; Арестован 12 ноября 1938 г. Приговорен: Корякский окрсуд 8 апреля 1939 г., обв.: по ст. 58-2-8-9-10-11 УК РСФСР. Приговор: 20 лет. Определением Военной коллегии ВС СССР от 17 октября 1939 г. мера снижена до 10 лет. Реабилитирован 15 марта 1958 г. Источник: База данных о жертвах репрессий Камчатской обл.',
    'Стайковский Леонид Эдуардович — род. 3 декабря (по другим данным - февраля) 1914, в Луганске, русский (по другим данным - еврей), б/п, освобожден из Дмитровского ИТЛ НКВД в мае 1937 г., чернорабочий. Адрес: Арбат, д.1. Рассстрелян 1.10.1941. Место захоронения: Коммунарка.',
    'Шадурский (Шуколовский) Николай Августович (Самуилович) — род. 6.05.1897, в Одессе (по другим данным - в г.Вержболово Сувалкской губ.), русский, б/п, слесарь-моторист на автобазе Московского автодорожного института. Адрес: Прямой пер., д.9, кв.5. В 1926-1935 гг. служил на КВЖД. Рассстрелян 20.11.1937. Место захоронения: Донское.',
    'Глебова-Каменева (Афремова, Глебова-Афремова) Татьяна Ивановна — род. 2.01.1894, в Москве, русская, исключена из ВКП(б) в 1935 г., литератор, член группкома писателей в издательстве "Academia". Адрес: Карманницкий пер., д.3, кв.5$ снимала комнату на ст.Пески Казанской ж.д. Рассстреляна 19.08.1937. Место захоронения: Донское.',
    'Иванов Иван Иванович, 1898 г. р., уроженец д. Горки Тверской губ., русский, б/п, колхозник. Арестован 12.08.1937. Осужден 20.10.1937 тройкой при УНКВД по Калининской обл. к 10 годам ИТЛ. Реабилитирован в 1958 г.',
    'просто текст без дат, и ещё. Второе предложение.',
  ])('%s', (text) => expect(lostCharacters(text)).toBe(''));

  it('holds for every entry of the Moscow shooting lists (read from ../shared at test time)', () => {
    const rows = parse(readFileSync(MOSCOW_CSV), { columns: true }) as Record<string, string>[];
    const losing = rows.map((r) => `${r.NAME} — ${r.BIO}`).filter((text) => lostCharacters(text) !== '');
    expect(losing).toEqual([]);
  });
});
