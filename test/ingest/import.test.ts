/**
 * importFile and exportRecords against a real archive file: encodings, header matching,
 * validation with a report, idempotence, and the export → import round trip.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRecords, listRecords, openArchive, type Archive } from '../../src/archive/index.ts';
import { MAX_FIELD_CHARS } from '../../src/domain/validate.ts';
import { exportRecords, IMPORT_CHUNK, importFile, ImportError } from '../../src/ingest/index.ts';
import { dumpTable, tempDir } from '../archive/helpers.ts';

const SOURCE = { citation: 'Книга памяти (тест), т. 1', synthetic: true };
const HEADER = 'Фамилия,Имя,Отчество,Год рождения,Национальность,Дата ареста,Приговор,Дата расстрела';
const ROWS = [
  'Крон,Арнольд,Фрицевич,1884,латыш,12.08.1937,ВМН,17.05.1938',
  'Ковальский,Ян,Станиславович,ок. 1898,поляк,авг. 1937,ВМН,',
  'Ежова,Мария,,193X,русская,,10 лет ИТЛ,',
];
const CSV = `${HEADER}\n${ROWS.join('\n')}\n`;

let tmp: ReturnType<typeof tempDir>;
let archive: Archive;
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  return path;
};
const surnames = (a: Archive = archive) => listRecords(a, { limit: 1000 }).records.map((r) => r.fields.surname?.text);
const reportOf = (path: string) => readFileSync(`${path}.report.csv`, 'utf8');

beforeEach(() => {
  tmp = tempDir();
  archive = openArchive(join(tmp.dir, 'a.sqlite'));
});
afterEach(() => {
  archive.close();
  tmp.cleanup();
});

describe('CSV', () => {
  it('reads Russian headers, normalises dates to EDTF, and adds nothing the second time', async () => {
    const path = file('list.csv', CSV);
    const first = await importFile(archive, path, { source: SOURCE, synthetic: true });
    expect(first).toMatchObject({ rows: 3, added: 3, existing: 0, rejected: 0 });
    const [kron, kowalski, yezhova] = listRecords(archive).records;
    expect(kron!.fields.executionDate).toEqual({ text: '17.05.1938', norm: '1938-05-17' });
    expect(kron!.fields.nationality).toEqual({ text: 'латыш' });
    expect(kowalski!.fields.birthDate?.norm).toBe('1898~');
    expect(yezhova!.fields.birthDate?.norm).toBe('193X');
    expect(kron!.synthetic).toBe(true);
    const head = archive.head().seq;
    const second = await importFile(archive, path, { source: SOURCE, synthetic: true });
    expect(second).toMatchObject({ rows: 3, added: 0, existing: 3 });
    expect(archive.head().seq).toBe(head);
  });

  it('reads UTF-8 with a BOM, windows-1251 (detected) and semicolons to the same records', async () => {
    await importFile(archive, file('plain.csv', CSV), { source: SOURCE, synthetic: true });
    const ids = listRecords(archive).records.map((r) => r.id);
    const bom = await importFile(archive, file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)])), { source: SOURCE, synthetic: true });
    expect(bom).toMatchObject({ added: 0, existing: 3 });
    const cp = await importFile(archive, file('cp.csv', iconv.encode(CSV, 'windows-1251')), { source: SOURCE, synthetic: true });
    expect(cp).toMatchObject({ encoding: 'windows-1251', added: 0, existing: 3 });
    const semi = await importFile(archive, file('semi.csv', CSV.replaceAll(',', ';')), { source: SOURCE, synthetic: true });
    expect(semi).toMatchObject({ added: 0, existing: 3 });
    expect(listRecords(archive).records.map((r) => r.id)).toEqual(ids);
  });

  it('stops on a wrong --encoding, naming file, line and byte, and writes nothing', async () => {
    const path = file('cp.csv', iconv.encode(CSV, 'windows-1251'));
    const head = archive.head().seq;
    await expect(importFile(archive, path, { source: SOURCE, encoding: 'utf-8' })).rejects.toThrow(
      /cp\.csv, line 1: byte 0 is not valid UTF-8 — if the file is windows-1251, pass --encoding windows-1251/,
    );
    expect(archive.head().seq).toBe(head);
    expect(archive.db.inTransaction).toBe(false);
  });

  it('rolls back records already appended when the file breaks midway', async () => {
    // Long enough to span several read chunks, so whole batches are appended before the bad byte.
    const rows = Array.from({ length: 2 * IMPORT_CHUNK + 500 }, (_, i) => `Иванов${i},Пётр,,1900,${'д. Заречье Минской губ. '.repeat(3)},,,`);
    const good = Buffer.from(`${HEADER}\n${rows.join('\n')}\n`);
    const path = file('broken.csv', Buffer.concat([good, iconv.encode('Жуков,Иван,,1900,,,,\n', 'windows-1251')]));
    const head = archive.head();
    let appended = 0;
    const onProgress = (p: { rows: number }) => {
      appended = p.rows;
    };
    await expect(importFile(archive, path, { source: SOURCE, onProgress })).rejects.toThrow(`broken.csv, line ${rows.length + 2}: byte ${good.length} is not valid UTF-8`);
    expect(appended).toBeGreaterThanOrEqual(IMPORT_CHUNK);
    expect(archive.head()).toEqual(head);
    expect(countRecords(archive)).toBe(0);
  });

  it('reports ragged rows and stray quotes with their lines; the good rows land', async () => {
    const path = file('bad.csv', `${HEADER}\n${ROWS[0]}\nКороткий,Ряд\n${ROWS[1]},лишнее\nСи"доров,Иван,,,,,,\n${ROWS[2]}\n`);
    const summary = await importFile(archive, path, { source: SOURCE });
    expect(summary).toMatchObject({ rows: 5, added: 2, rejected: 3, reportPath: `${path}.report.csv` });
    expect(surnames()).toEqual(['Крон', 'Ежова']);
    const report = reportOf(path);
    expect(report).toContain('3,(row),"row has 2 cells, the header has 8 (ragged row)"');
    expect(report).toContain('4,(row),"row has 9 cells, the header has 8 (ragged row)"');
    expect(report).toMatch(/5,\(row\),.*stray quote/);
  });

  it('reads lines ending in \\r\\n or in a lone \\r (old Mac files) to the same records as \\n', async () => {
    await importFile(archive, file('lf.csv', CSV), { source: SOURCE });
    const expected = dumpTable(archive.db, 'records');
    for (const [name, lineBreak] of [['crlf.csv', '\r\n'], ['cr.csv', '\r']] as const) {
      const other = openArchive(join(tmp.dir, `${name}.sqlite`));
      const summary = await importFile(other, file(name, CSV.replaceAll('\n', lineBreak)), { source: SOURCE });
      expect(summary).toMatchObject({ rows: 3, added: 3, rejected: 0 });
      expect(dumpTable(other.db, 'records')).toEqual(expected);
      other.close();
    }
  });

  it('reports a quote never closed at the line it opens', async () => {
    const path = file('unclosed.csv', `${HEADER}\n${ROWS[0]}\n"Иванов,Пётр,,,,,,\n${ROWS[1]}\n`);
    const summary = await importFile(archive, path, { source: SOURCE });
    expect(summary).toMatchObject({ added: 1, rejected: 1 });
    expect(reportOf(path)).toMatch(/^3,\(row\),a quote opened on this line is never closed/m);
  });

  it('refuses an empty file, and imports nothing from a header alone', async () => {
    await expect(importFile(archive, file('empty.csv', ''), { source: SOURCE })).rejects.toThrow(/empty\.csv: the file is empty/);
    expect(await importFile(archive, file('header.csv', `${HEADER}\n`), { source: SOURCE })).toMatchObject({ rows: 0, added: 0 });
  });

  it('rejects a 10 MB field by name and keeps the rest', async () => {
    const huge = 'я'.repeat(10 * 1024 * 1024);
    const path = file('huge.csv', `${HEADER}\n${ROWS[0]}\nБольшой,Пётр,,1900,${huge},,,\n${ROWS[1]}\n`);
    const summary = await importFile(archive, path, { source: SOURCE });
    expect(summary).toMatchObject({ added: 2, rejected: 1 });
    expect(reportOf(path)).toContain(`3,nationality,"longer than ${MAX_FIELD_CHARS.toLocaleString('en')} characters"`);
  });

  it('stops on a header it does not know, naming it, and writes nothing; a mapping or --ignore-column fixes it', async () => {
    const path = file('odd.csv', `Фамилия,Имя,Цвет глаз,Старый №\nКрон,Арнольд,серые,17\n`);
    await expect(importFile(archive, path, { source: SOURCE })).rejects.toThrow(
      /odd\.csv, line 1: unknown columns "Цвет глаз" \(column 3\), "Старый №" \(column 4\)/,
    );
    expect(countRecords(archive)).toBe(0);
    await expect(importFile(archive, path, { source: SOURCE })).rejects.toBeInstanceOf(ImportError);
    const summary = await importFile(archive, path, { source: SOURCE, mapping: { 'Цвет глаз': 'notes' }, ignore: ['Старый №'] });
    expect(summary.added).toBe(1);
    expect(listRecords(archive).records[0]!.fields.notes?.text).toBe('серые');
  });

  it('refuses a file without a source', async () => {
    await expect(importFile(archive, file('x.csv', CSV), {})).rejects.toThrow(/no source/);
  });

  it('rejects a row without any name', async () => {
    const path = file('noname.csv', `${HEADER}\n,,,1900,,,,\n${ROWS[0]}\n`);
    expect(await importFile(archive, path, { source: SOURCE })).toMatchObject({ added: 1, rejected: 1 });
    expect(reportOf(path)).toContain('2,surname,"a record needs a name (surname, given name or patronymic)"');
  });

  it('keeps identical rows of one file as two records, and still adds nothing on re-import', async () => {
    const path = file('twice.csv', `${HEADER}\n${ROWS[0]}\n${ROWS[0]}\n`);
    expect(await importFile(archive, path, { source: SOURCE })).toMatchObject({ added: 2 });
    expect(await importFile(archive, path, { source: SOURCE })).toMatchObject({ added: 0, existing: 2 });
  });
});

describe('XLSX', () => {
  it('reads the first sheet, dates and numbers as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Лист1');
    sheet.addRow(['Фамилия', 'Имя', 'Год рождения', 'Дата ареста']);
    sheet.addRow(['Крон', 'Арнольд', 1884, new Date(Date.UTC(1937, 7, 12))]);
    sheet.addRow(['Ковальский', 'Ян', 'ок. 1898', '']);
    const path = join(tmp.dir, 'list.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await importFile(archive, path, { source: SOURCE })).toMatchObject({ format: 'xlsx', rows: 2, added: 2 });
    const [kron] = listRecords(archive).records;
    expect(kron!.fields.birthDate).toEqual({ text: '1884', norm: '1884' });
    expect(kron!.fields.arrestDate).toEqual({ text: '1937-08-12', norm: '1937-08-12' });
  });
});

describe('free text', () => {
  const ENTRY = 'Крон Арнольд Фрицевич — род. 1884, Лифляндская губ.; латыш; б/п. Арестован 12 августа 1937 г. Расстрелян 17.05.1938.';

  it('--text reads one entry per paragraph through the Books-of-Memory parser, keeping the text', async () => {
    const path = file('book.txt', `${ENTRY}\n\nКовальский Ян Станиславович —\nрод. 1898, поляк.\n`);
    expect(await importFile(archive, path, { source: SOURCE, format: 'text' })).toMatchObject({ rows: 2, added: 2 });
    const [kron, jan] = listRecords(archive).records;
    expect(kron!.originalText).toBe(ENTRY);
    expect(kron!.fields.surname?.text).toBe('Крон');
    expect(kron!.fields.executionDate?.norm).toBe('1938-05-17');
    expect(jan!.originalText).toBe('Ковальский Ян Станиславович — род. 1898, поляк.');
    expect(jan!.fields.birthDate?.norm).toBe('1898');
  });

  it('--text-column parses a column and merges it under the row\'s own columns', async () => {
    const path = file('bio.csv', `Фамилия,BIO\nКронн,"${ENTRY}"\n`);
    expect(await importFile(archive, path, { source: SOURCE, textColumns: ['BIO'] })).toMatchObject({ added: 1 });
    const [record] = listRecords(archive).records;
    expect(record!.fields.surname).toEqual({ text: 'Кронн' }); // the row's own column wins
    expect(record!.fields.givenName?.text).toBe('Арнольд');
    expect(record!.fields.givenName?.span).toBeDefined();
    expect(record!.originalText).toBe(ENTRY);
  });
});

describe('several text columns', () => {
  it('joins NAME and BIO into one entry, as a Book of Memory prints it (a real row of mos.memo.ru)', async () => {
    const bio =
      'род. 1884, Лифляндская губ. (Пальцамская волость), Валкский уезд, усадьбы Стражас, латыш, б/п, Кирижский лесохимкомбинат: начальник обследовательской партии. Адрес: 1-я Авиамоторная ул., д.1, кв. 1. Рассстрелян 17.05.1938. Место захоронения: Бутово.';
    const path = file('shot.csv', `ADDRESS,APT,NAME,BIO,COUNT,LINK\n"Авиамоторная ул., д.1",1,Крон Арнольд Фрицевич,"${bio}",1,http://mos.memo.ru/shot-1.htm#s1\n`);
    const summary = await importFile(archive, path, {
      source: { citation: 'Расстрелы в Москве (mos.memo.ru)' },
      textColumns: ['NAME', 'BIO'],
      ignore: ['APT', 'COUNT', 'LINK'],
    });
    expect(summary).toMatchObject({ added: 1, rejected: 0 });
    const [record] = listRecords(archive).records;
    expect(record!.originalText).toBe(`Крон Арнольд Фрицевич — ${bio}`);
    expect(record!.fields.surname?.text).toBe('Крон');
    expect(record!.fields.patronymic?.text).toBe('Фрицевич');
    expect(record!.fields.executionDate?.norm).toBe('1938-05-17');
    expect(record!.fields.residence?.text).toBe('Авиамоторная ул., д.1'); // the ADDRESS column wins over the parsed address
  });
});

describe('export → import', () => {
  for (const format of ['csv', 'jsonl'] as const) {
    it(`gives identical records through ${format}`, async () => {
      await importFile(archive, file('list.csv', CSV), { source: SOURCE, synthetic: true });
      await importFile(archive, file('other.csv', `${HEADER}\n${ROWS[0]}\n${ROWS[0]}\n`), { source: { citation: 'Другой список' } });
      await importFile(archive, file('bio.csv', 'Фамилия,BIO,Страница\nКронн,"Крон Арнольд — род. 1884, латыш. Расстрелян 17.05.1938.",с. 12\n'), { source: SOURCE, textColumns: ['BIO'] });
      const out = join(tmp.dir, `out.${format}`);
      expect(await exportRecords(archive, out, { format })).toBe(6);
      const fresh = openArchive(join(tmp.dir, `fresh-${format}.sqlite`));
      try {
        const summary = await importFile(fresh, out, {});
        expect(summary).toMatchObject({ added: 6, rejected: 0 });
        const columns = ['seq', 'updated_seq'];
        expect(dumpTable(fresh.db, 'records', columns)).toEqual(dumpTable(archive.db, 'records', columns));
        expect(dumpTable(fresh.db, 'sources', ['seq'])).toEqual(dumpTable(archive.db, 'sources', ['seq']));
      } finally {
        fresh.close();
      }
    });
  }

  it('refuses a JSONL export of a newer version', async () => {
    const path = file('new.jsonl', '{"format":"unerased-records","version":9}\n');
    await expect(importFile(archive, path, {})).rejects.toThrow(/new\.jsonl, line 1: export version 9 is not supported/);
  });

  it('reports JSONL lines that are not JSON or not records', async () => {
    const path = file('bad.jsonl', `{"source":"S","fields":{"surname":{"text":"A"}},"synthetic":true}\nnot json\n{"source":"S","fields":{"surname":{"txt":"B"}}}\n`);
    expect(await importFile(archive, path, {})).toMatchObject({ added: 1, rejected: 2 });
    const report = reportOf(path);
    expect(report).toMatch(/^2,\(row\),"not JSON/m);
    expect(report).toMatch(/^3,surname/m);
  });
});
