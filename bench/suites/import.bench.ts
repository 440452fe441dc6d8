/**
 * Import benchmark (issue 2): 1,000,000 generated rows (× BENCH_SCALE), all synthetic.
 *
 * - plain insert: the same records, one row each (id + JSON), into a bare SQLite table in one
 *   transaction, with the archive's page size — the floor any SQLite import pays (and once
 *   more with SQLite's default page size, to show what the page size alone gives);
 * - archive append: the same records through RecordWriter (ids, hash chain, payloads and
 *   every built-in projection, in one transaction) — the ratio to the plain insert is what the log
 *   and projections cost;
 * - file import: the same rows as a CSV file through `importFile` (parsing, date normalising,
 *   validation, report) — what a user sees;
 * - verify over the whole log.
 * Rates are medians of the runs; CPU time is given beside wall time because the machine is shared.
 */
import { createReadStream, mkdtempSync, rmSync, openSync, writeSync, closeSync } from 'node:fs';
import { parse } from 'csv-parse';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addSource, openArchive, RecordWriter, verify } from '../../src/archive/index.ts';
import type { RecordData } from '../../src/domain/record.ts';
import { importFile } from '../../src/ingest/index.ts';
import { searchProjection } from '../../src/search/index.ts';
import { readCsv } from '../../src/ingest/readers/csv.ts';
import { median, table } from '../report.ts';

export const name = 'import';
export const title = 'Archive import and verify (issue 2)';

const SCALE = Number(process.env.BENCH_SCALE ?? '1');
/** Rows per run at scale 1, as the issue asks. */
const ROWS = Math.round(1_000_000 * SCALE);
/** Runs of the plain insert and the archive append (the median is reported). */
const RUNS = Number(process.env.BENCH_RUNS ?? '3');
/** Runs of the file import and verify, the slow end-to-end part (median when more than one). */
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? '1');
/** Records handed over at once, as the import does. */
const CHUNK = 2_000;

const SURNAMES = ['Иванов', 'Ковальский', 'Крон', 'Шмидт', 'Берзиньш', 'Ким', 'Петренко', 'Абрамович'];
const GIVEN = ['Пётр', 'Ян', 'Арнольд', 'Иоганн', 'Янис', 'Михаил', 'Тарас', 'Исаак'];
const PLACES = ['д. Заречье Минской губ.', 'г. Рига', 'с. Ольгино Саратовской обл.', 'г. Харбин'];

function day(i: number): string {
  return String(1 + (i % 28)).padStart(2, '0');
}

/** Row i of the generated data, as CSV cells (synthetic: numbered surnames, no real person). */
function cells(i: number): string[] {
  return [
    `${SURNAMES[i % 8]}-${i}`,
    GIVEN[(i >> 3) % 8]!,
    'Сергеевич',
    String(1870 + (i % 50)),
    PLACES[i % 4]!,
    `${day(i)}.08.1937`,
    'ВМН',
    `${day(i + 7)}.09.1937`,
  ];
}
const HEADER = ['Фамилия', 'Имя', 'Отчество', 'Год рождения', 'Место рождения', 'Дата ареста', 'Приговор', 'Дата расстрела'];

/** Row i as the record the import makes of it (dates already normalised). */
function record(sourceId: string, i: number): RecordData {
  const c = cells(i);
  const [d1, m1, y1] = c[5]!.split('.');
  const [d2, m2, y2] = c[7]!.split('.');
  return {
    sourceId,
    fields: {
      arrestDate: { norm: `${y1}-${m1}-${d1}`, text: c[5]! },
      birthDate: { norm: c[3]!, text: c[3]! },
      birthPlace: { text: c[4]! },
      executionDate: { norm: `${y2}-${m2}-${d2}`, text: c[7]! },
      givenName: { text: c[1]! },
      patronymic: { text: c[2]! },
      sentence: { text: c[6]! },
      surname: { text: c[0]! },
    },
    synthetic: true,
  };
}

interface Timing {
  wall: number;
  cpu: number;
}

function timed(fn: () => void): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

async function timedAsync(fn: () => Promise<unknown>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/**
 * The archive's page size (src/archive/open.ts). The baseline uses it too, so the ratio is what
 * the log and projections cost, not a page size; `defaultPages` measures SQLite's own 4 KiB.
 */
const ARCHIVE_PAGE_BYTES = 16 * 1024;
const DEFAULT_PAGE_BYTES = 4 * 1024;

function plainInsert(path: string, pageBytes = ARCHIVE_PAGE_BYTES): Timing {
  removeDb(path);
  const db = new Database(path);
  db.pragma(`page_size = ${pageBytes}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE plain (id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, data TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO plain (source_id, data) VALUES (?, ?)');
  const time = timed(() => {
    db.transaction(() => {
      for (let i = 0; i < ROWS; i++) {
        const r = record('src_plain', i);
        insert.run(r.sourceId, JSON.stringify(r.fields));
      }
    })();
  });
  db.close();
  removeDb(path);
  return time;
}

function archiveAppend(path: string): Timing {
  removeDb(path);
  const archive = openArchive(path);
  const { id } = addSource(archive, { citation: 'Benchmark rows (synthetic)', synthetic: true }, 'bench');
  const time = timed(() => {
    archive.transaction(() => {
      // As importFile uses it: one transaction for the whole import, no savepoint a batch.
      const writer = new RecordWriter(archive, 'bench', { callerRollsBackOnError: true });
      for (let i = 0; i < ROWS; i += CHUNK) {
        const chunk: RecordData[] = [];
        for (let k = i; k < Math.min(ROWS, i + CHUNK); k++) chunk.push(record(id, k));
        writer.add(chunk);
      }
    });
  });
  archive.close();
  removeDb(path);
  return time;
}

function writeCsv(path: string): void {
  const fd = openSync(path, 'w');
  writeSync(fd, `${HEADER.join(',')}\n`);
  let buffer = '';
  for (let i = 0; i < ROWS; i++) {
    buffer += `${cells(i).join(',')}\n`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
}

/** Reads every row of the CSV with the import's reader (CsvSplitter). */
async function splitterParse(path: string): Promise<number> {
  let rows = 0;
  for await (const row of readCsv(path).rows) if (row.kind === 'cells') rows += 1;
  return rows;
}

/** Reads every row of the CSV with csv-parse, streaming, with the options the import gave it. */
async function libraryParse(path: string): Promise<number> {
  const parser = parse({ delimiter: ',', relax_column_count: true, skip_records_with_error: true, info: true });
  createReadStream(path, { highWaterMark: 256 * 1024 }).pipe(parser);
  let rows = 0;
  for await (const _item of parser) rows += 1;
  return rows;
}

const rate = (t: Timing, key: keyof Timing) => Math.round(ROWS / t[key]);
const fmt = (n: number) => n.toLocaleString('en');

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'unerased-bench-'));
  try {
    const dbPath = join(dir, 'bench.sqlite');
    const plain: Timing[] = [];
    const plainDefault: Timing[] = [];
    const append: Timing[] = [];
    for (let r = 0; r < RUNS; r++) {
      plain.push(plainInsert(dbPath));
      process.stderr.write(`  plain insert run ${r + 1}: ${plain[r]!.wall.toFixed(1)} s\n`);
      plainDefault.push(plainInsert(dbPath, DEFAULT_PAGE_BYTES));
      process.stderr.write(`  plain insert (4 KiB pages) run ${r + 1}: ${plainDefault[r]!.wall.toFixed(1)} s\n`);
      append.push(archiveAppend(dbPath));
      process.stderr.write(`  archive append run ${r + 1}: ${append[r]!.wall.toFixed(1)} s\n`);
    }
    const csv = join(dir, 'rows.csv');
    writeCsv(csv);
    const splitter: Timing[] = [];
    const library: Timing[] = [];
    for (let r = 0; r < IMPORT_RUNS; r++) {
      splitter.push(await timedAsync(() => splitterParse(csv)));
      library.push(await timedAsync(() => libraryParse(csv)));
      process.stderr.write(`  CSV parse run ${r + 1}: splitter ${splitter[r]!.wall.toFixed(1)} s, csv-parse ${library[r]!.wall.toFixed(1)} s\n`);
    }
    const imports: Timing[] = [];
    const verifies: (Timing & { entries: number })[] = [];
    for (let r = 0; r < IMPORT_RUNS; r++) {
      removeDb(dbPath);
      const archive = openArchive(dbPath);
      imports.push(
        await timedAsync(() => importFile(archive, csv, { source: { citation: 'Benchmark rows (synthetic)', synthetic: true }, synthetic: true, reportPath: join(dir, 'report.csv') })),
      );
      process.stderr.write(`  file import run ${r + 1}: ${imports[r]!.wall.toFixed(1)} s\n`);
      let entries = 0;
      const v = timed(() => {
        const result = verify(archive);
        if (!result.ok) throw new Error(`verify failed: ${JSON.stringify(result.firstBad)}`);
        entries = result.count;
      });
      verifies.push({ ...v, entries });
      process.stderr.write(`  verify run ${r + 1}: ${v.wall.toFixed(1)} s\n`);
      archive.close();
    }
    // What `unerased import` does: the same file into an archive that keeps the search index
    // (filed in bulk at the end of the import's transaction).
    removeDb(dbPath);
    const indexed = openArchive(dbPath, { projections: [searchProjection] });
    const withIndex = await timedAsync(() => importFile(indexed, csv, { source: { citation: 'Benchmark rows (synthetic)', synthetic: true }, synthetic: true, reportPath: join(dir, 'report.csv') }));
    indexed.close();
    process.stderr.write(`  file import with the search index: ${withIndex.wall.toFixed(1)} s\n`);
    const med = (list: Timing[], key: keyof Timing) => median(list.map((t) => t[key]));
    const m = {
      plain: { wall: med(plain, 'wall'), cpu: med(plain, 'cpu') },
      plainDefault: { wall: med(plainDefault, 'wall'), cpu: med(plainDefault, 'cpu') },
      append: { wall: med(append, 'wall'), cpu: med(append, 'cpu') },
      import: { wall: med(imports, 'wall'), cpu: med(imports, 'cpu') },
      verify: { wall: med(verifies, 'wall'), cpu: med(verifies, 'cpu') },
      splitter: { wall: med(splitter, 'wall'), cpu: med(splitter, 'cpu') },
      library: { wall: med(library, 'wall'), cpu: med(library, 'cpu') },
      indexed: { wall: withIndex.wall, cpu: withIndex.cpu },
    };
    const entries = verifies[0]!.entries;
    return [
      `${fmt(ROWS)} generated synthetic rows (8 fields each); plain insert and archive append ${RUNS} run(s) each, file import and verify ${IMPORT_RUNS}; medians. Wall time is what a user waits; CPU time is this process's own (the machine is shared, so wall time includes waiting for other processes).`,
      '',
      table(
        ['measurement', 'wall s', 'records/s (wall)', 'CPU s', 'records/s (CPU)', 'ratio to plain insert (wall / CPU)'],
        [
          ['plain SQLite insert (baseline: id + JSON, one transaction, 16 KiB pages as the archive)', m.plain.wall.toFixed(1), fmt(rate(m.plain, 'wall')), m.plain.cpu.toFixed(1), fmt(rate(m.plain, 'cpu')), '1.0 / 1.0'],
          ['plain SQLite insert with SQLite\'s default 4 KiB pages', m.plainDefault.wall.toFixed(1), fmt(rate(m.plainDefault, 'wall')), m.plainDefault.cpu.toFixed(1), fmt(rate(m.plainDefault, 'cpu')), `${(m.plainDefault.wall / m.plain.wall).toFixed(1)} / ${(m.plainDefault.cpu / m.plain.cpu).toFixed(1)}`],
          ['archive append (RecordWriter: ids, chain, payloads, projections)', m.append.wall.toFixed(1), fmt(rate(m.append, 'wall')), m.append.cpu.toFixed(1), fmt(rate(m.append, 'cpu')), `${(m.append.wall / m.plain.wall).toFixed(1)} / ${(m.append.cpu / m.plain.cpu).toFixed(1)}`],
          ['`importFile` of the rows as CSV (parse, dates, validation, append)', m.import.wall.toFixed(1), fmt(rate(m.import, 'wall')), m.import.cpu.toFixed(1), fmt(rate(m.import, 'cpu')), `${(m.import.wall / m.plain.wall).toFixed(1)} / ${(m.import.cpu / m.plain.cpu).toFixed(1)}`],
          ['the same into an archive with the search index (what `unerased import` does; one run)', m.indexed.wall.toFixed(1), fmt(rate(m.indexed, 'wall')), m.indexed.cpu.toFixed(1), fmt(rate(m.indexed, 'cpu')), `${(m.indexed.wall / m.plain.wall).toFixed(1)} / ${(m.indexed.cpu / m.plain.cpu).toFixed(1)}`],
        ],
      ),
      '',
      `Reading the CSV alone (rows of cells, no records): the import's CsvSplitter ${m.splitter.cpu.toFixed(1)} s CPU (${m.splitter.wall.toFixed(1)} s wall), csv-parse ${m.library.cpu.toFixed(1)} s CPU (${m.library.wall.toFixed(1)} s wall): ${(m.library.cpu / m.splitter.cpu).toFixed(1)}× less CPU.`,
      '',
      `verify over ${fmt(entries)} log entries: ${m.verify.wall.toFixed(1)} s wall (${m.verify.cpu.toFixed(1)} s CPU), ${fmt(Math.round(entries / m.verify.wall))} entries/s. Target: < 10 s.`,
      '',
      'Targets (issue 2): ≥ 50,000 records/s, ≤ 4× the plain insert, verify of 1,000,000 entries < 10 s.',
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
