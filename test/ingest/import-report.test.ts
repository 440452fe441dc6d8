/**
 * The report of a free-text import against a real archive file: per field the entries parsed and
 * left as text, the commonest unparsed fragments, the parser's warnings and the entries naming
 * several people — in the summary and in the report file — and an entry's own "Источник:" kept
 * in the record's locator.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRecords, openArchive, type Archive } from '../../src/archive/index.ts';
import { importFile } from '../../src/ingest/index.ts';
import { tempDir } from '../archive/helpers.ts';
import { fixtureCsv, fixtureText, KAMCHATKA, KAMCHATKA_SOURCE, MOSCOW_ENTRIES, TWO_PEOPLE_LINE, WARNED_LINES } from './free-text-fixture.ts';

const SOURCE = { citation: 'Расстрелы в Москве (mos.memo.ru), выборка для теста' };

let tmp: ReturnType<typeof tempDir>;
let archive: Archive;
const file = (name: string, content: string) => {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  return path;
};
const reportRows = (path: string) => parse(readFileSync(path), { columns: true }) as { line: string; field: string; reason: string; value: string }[];

beforeEach(() => {
  tmp = tempDir();
  archive = openArchive(join(tmp.dir, 'a.sqlite'));
});
afterEach(() => {
  archive.close();
  tmp.cleanup();
});

describe('free-text import report', () => {
  it('counts per field the entries parsed and left as text, lists unparsed fragments, warnings and several people', async () => {
    const path = file('moscow.csv', fixtureCsv());
    const summary = await importFile(archive, path, { source: SOURCE, textColumns: ['NAME', 'BIO'] });
    expect(summary).toMatchObject({ rows: 7, added: 7, rejected: 0 });
    const parse = summary.parse!;
    expect(parse.entries).toBe(7);
    const field = (name: string) => parse.fields.find((f) => f.field === name);
    expect(field('executionDate')).toEqual({ field: 'executionDate', parsed: 6, leftAsText: 0 });
    // Stajkovsky's "русский (по другим данным - еврей)": found, kept as text, not guessed.
    expect(field('nationality')).toEqual({ field: 'nationality', parsed: 5, leftAsText: 1 });
    expect(field('birthDate')).toEqual({ field: 'birthDate', parsed: 6, leftAsText: 0 });
    expect(field('citizenship')).toBeUndefined(); // fields no entry gave are not listed
    expect(parse.unparsedFragments.map((f) => f.example)).toContain('член КСМ Польши с 1929');
    expect(parse.unparsedFragments.every((f) => f.count === 1)).toBe(true);
    expect(parse.entriesWithWarnings).toBe(2);
    expect(parse.warnings.map((w) => w.line)).toEqual(WARNED_LINES);
    expect(parse.warnings[0]!.warnings[0]).toMatch(/birth date not read/);
    expect(parse.entriesNamingSeveralPeople).toBe(1);
    expect(parse.severalPeople).toEqual([{ line: TWO_PEOPLE_LINE, people: 2 }]);
    expect(summary.reportPath).toBe(`${path}.report.csv`);
  });

  it('writes the same in the report file: one row per warning and per several-people entry, then the tally', async () => {
    const path = file('moscow.csv', fixtureCsv());
    const summary = await importFile(archive, path, { source: SOURCE, textColumns: ['NAME', 'BIO'] });
    const rows = reportRows(summary.reportPath!);
    const lineRows = rows.filter((r) => r.line !== '');
    expect(lineRows.map((r) => [r.line, r.field])).toEqual([['6', '(entry)'], ['7', '(entry)'], ['7', '(entry)']]);
    expect(lineRows[2]!.reason).toBe('names 2 people: the fields were read for the first only');
    expect(lineRows[2]!.value.startsWith('Крон Арнольд Фрицевич и Крон Мария Яновна — род. 1884')).toBe(true);
    const tally = rows.filter((r) => r.line === '');
    expect(tally.find((r) => r.field === 'nationality')!.reason).toBe('parsed 5, left as text 1, of 7 entries');
    expect(tally.filter((r) => r.field === '(unparsed)').map((r) => r.value)).toEqual(summary.parse!.unparsedFragments.map((f) => f.example));
    expect(tally.filter((r) => r.field === '(unparsed)').map((r) => r.value)).toContain('член КСМ Польши с 1929');
    expect(tally.filter((r) => r.field !== '(unparsed)').map((r) => r.field)).toEqual(summary.parse!.fields.map((f) => f.field));
  });

  it('keeps an entry\'s own "Источник:" in the locator, after the row\'s own locator', async () => {
    await importFile(archive, file('moscow.csv', fixtureCsv()), { source: SOURCE, textColumns: ['NAME', 'BIO'] });
    const records = listRecords(archive, { limit: 100 }).records;
    const kamchatka = records.find((r) => r.fields.givenName?.text === 'А-Аку')!;
    expect(kamchatka.locator).toBe(`${KAMCHATKA.locator}; Источник: ${KAMCHATKA_SOURCE}`);
    expect(records.find((r) => r.fields.surname?.text === 'Салямон')!.locator).toBe(MOSCOW_ENTRIES[1]!.locator); // no Источник: locator as given
  });

  it('--text: the same report, and the entry\'s source as the whole locator', async () => {
    const summary = await importFile(archive, file('book.txt', fixtureText()), { source: SOURCE, format: 'text' });
    expect(summary).toMatchObject({ rows: 7, added: 7 });
    expect(summary.parse).toMatchObject({ entries: 7, entriesWithWarnings: 2, entriesNamingSeveralPeople: 1 });
    // Paragraph lines: entry N starts on line 2N-1.
    expect(summary.parse!.severalPeople).toEqual([{ line: 11, people: 2 }]);
    const kamchatka = listRecords(archive, { limit: 100 }).records.find((r) => r.fields.givenName?.text === 'А-Аку')!;
    expect(kamchatka.locator).toBe(`Источник: ${KAMCHATKA_SOURCE}`);
    expect(kamchatka.originalText).toBe(`${KAMCHATKA.name} — ${KAMCHATKA.bio}`); // the text keeps it too
  });

  it('a table import without free text has no parse report and no report file', async () => {
    const path = file('plain.csv', 'Фамилия,Имя\nКрон,Арнольд\n');
    const summary = await importFile(archive, path, { source: SOURCE });
    expect(summary.parse).toBeUndefined();
    expect(summary.reportPath).toBeUndefined();
  });

  it('a rejected row is listed with the warnings, and the tally still counts what was parsed', async () => {
    const bad = MOSCOW_ENTRIES.slice(0, 2).map((e) => `${e.name},"${e.bio}",${e.locator}`);
    const path = file('ragged.csv', `NAME,BIO,Locator\n${bad[0]}\n${bad[1]},extra cell\n`);
    const summary = await importFile(archive, path, { source: SOURCE, textColumns: ['NAME', 'BIO'] });
    expect(summary).toMatchObject({ rows: 2, added: 1, rejected: 1 });
    expect(summary.parse!.entries).toBe(1);
    const rows = reportRows(summary.reportPath!);
    expect(rows.filter((r) => r.line === '3').map((r) => r.field)).toEqual(['(row)']);
    expect(rows.find((r) => r.field === 'executionDate')!.reason).toBe('parsed 1, left as text 0, of 1 entries');
  });
});
