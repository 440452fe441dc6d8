/**
 * `unerased import FILE --source "citation"`: reads CSV, XLSX, JSONL or plain text into the
 * archive. Exit status 0 when every row landed or was already there, 2 when some rows were
 * rejected (listed in the report file), 1 when the import stopped and wrote nothing.
 */
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { importFile, parseEncoding, readMappingFile, type ImportFormat, type ImportOptions, type ImportProgress, type ParseReport } from '../../ingest/index.ts';
import { printJson, withCommandArchive } from '../open-archive.ts';

/** Exit status when some rows were rejected but the rest landed. */
export const EXIT_ROWS_REJECTED = 2;

interface ImportFlags {
  source?: string;
  sourceKind?: string;
  format?: ImportFormat;
  encoding?: string;
  mapping?: string;
  ignoreColumn: string[];
  textColumn: string[];
  text?: boolean;
  synthetic?: boolean;
  report?: string;
  actor?: string;
  json?: boolean;
  progress: boolean;
}

function progressBar(): { update(p: ImportProgress): void; stop(): void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = performance.now();
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'importing {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
    etaBuffer: 50,
    hideCursor: true,
  });
  let began = false;
  return {
    update(p) {
      if (!began) {
        bar.start(p.totalBytes, 0, { rows: 0, rate: 0 });
        began = true;
      }
      const seconds = (performance.now() - started) / 1000;
      bar.update(p.bytes, { rows: p.rows.toLocaleString('en'), rate: Math.round(p.rows / Math.max(seconds, 0.001)).toLocaleString('en') });
    },
    stop: () => bar.stop(),
  };
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Characters of an unparsed fragment shown in the printed summary (the report holds it whole). */
const FRAGMENT_SHOWN_CHARS = 70;

const lineList = (lines: readonly number[], total: number) => `line${total === 1 ? '' : 's'} ${lines.join(', ')}${total > lines.length ? ', …' : ''}`;

/** The parser's tally of a free-text import, under the import summary. */
function parseReportText(parse: ParseReport): string {
  const width = Math.max(...parse.fields.map((f) => f.field.length), 'field'.length);
  const lines = [`  parsed    ${parse.entries} entries of free text`, `    ${'field'.padEnd(width)}  ${'parsed'.padStart(7)}  ${'as text'.padStart(7)}`];
  for (const f of parse.fields) lines.push(`    ${f.field.padEnd(width)}  ${String(f.parsed).padStart(7)}  ${String(f.leftAsText).padStart(7)}`);
  const warned = parse.warnings.map((w) => w.line);
  lines.push(`  warnings  ${parse.entriesWithWarnings} entries${warned.length > 0 ? ` (${lineList(warned, parse.entriesWithWarnings)})` : ''}`);
  const several = parse.severalPeople.map((p) => p.line);
  lines.push(`  several   ${parse.entriesNamingSeveralPeople} entries name more than one person${several.length > 0 ? ` (${lineList(several, parse.entriesNamingSeveralPeople)})` : ''}`);
  if (parse.unparsedFragments.length > 0) lines.push('  left unparsed, commonest first (entries, example):');
  for (const f of parse.unparsedFragments) {
    const shown = f.example.length > FRAGMENT_SHOWN_CHARS ? `${f.example.slice(0, FRAGMENT_SHOWN_CHARS)}…` : f.example;
    lines.push(`    ${String(f.count).padStart(7)}  ${shown}`);
  }
  return lines.map((l) => `${l}\n`).join('');
}

export function register(program: Command): void {
  program
    .command('import')
    .description('import records from a CSV, XLSX, JSONL or text file (one transaction: all good rows or nothing)')
    .argument('<file>', 'the file to import')
    .option('--source <citation>', 'the source the records come from, as a reader would cite it (required unless the file has a source column)')
    .option('--source-kind <kind>', 'book-of-memory, execution-list, archival-file, article, testimony…')
    .option('--format <format>', 'csv | xlsx | jsonl | text (default: from the file name)')
    .option('--encoding <name>', 'utf-8 | windows-1251 | utf-16le | utf-16be (default: detected)')
    .option('--mapping <file>', 'JSON mapping of headers to fields: {"version": 1, "columns": {"Header": "surname"}}')
    .option('--ignore-column <name>', 'leave this column out on purpose (repeatable)', collect, [])
    .option('--text-column <name>', 'a column of free Book-of-Memory text to parse into fields (the row\'s own columns win); repeat to join several, e.g. NAME then BIO, with " — "', collect, [])
    .option('--text', 'the file is plain text, one entry per paragraph, name first (same as --format text)')
    .option('--synthetic', 'mark the records (and the source) as synthetic test data')
    .option('--report <file>', "where to write the report: rejected rows, and for free text the parser's warnings and tally (default: FILE.report.csv)")
    .option('--actor <name>', 'who is importing, for the log (default: import:<file name>)')
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      `
Columns are matched by English or Russian headers (Фамилия, Имя, Отчество, Год рождения,
Дата ареста, Приговор, Дата расстрела…, or the field names surname, birthDate…). A header it
does not know stops the import: map it (--mapping) or leave it out (--ignore-column).
Importing the same file again adds nothing. Exit status: 0 all rows landed, 2 some rows were
rejected (see the report), 1 nothing was imported.

Free text (--text-column, --text): the summary, --json and the report also give, per field,
the entries parsed and left as text, the commonest fragments no field took, the entries with
parser warnings and those naming more than one person (by line). An entry's own "Источник: …"
is kept in the record's locator; the record's source stays --source.

Examples:
  unerased import kniga.csv --source "Книга памяти Минской обл., т. 1" --source-kind book-of-memory
  unerased import list.xlsx --source "Расстрельный список, АП РФ, ф. 3, оп. 24, д. 410"
  unerased import shot.csv --source "Расстрелы в Москве" --text-column NAME --text-column BIO \\
      --ignore-column APT --ignore-column COUNT --ignore-column LINK
  unerased import entries.txt --text --source "Книга памяти, т. 2"`,
    )
    .action(async (file: string, flags: ImportFlags, command: Command) => {
      const options: ImportOptions = { ignore: flags.ignoreColumn };
      if (flags.source) options.source = { citation: flags.source, ...(flags.sourceKind ? { kind: flags.sourceKind } : {}), ...(flags.synthetic ? { synthetic: true } : {}) };
      if (flags.text) options.format = 'text';
      else if (flags.format) {
        if (!['csv', 'xlsx', 'jsonl', 'text'].includes(flags.format)) throw new Error(`--format must be csv, xlsx, jsonl or text, not "${flags.format}"`);
        options.format = flags.format;
      }
      if (flags.encoding) options.encoding = parseEncoding(flags.encoding);
      if (flags.mapping) options.mapping = readMappingFile(flags.mapping);
      if (flags.textColumn.length > 0) options.textColumns = flags.textColumn;
      if (flags.synthetic) options.synthetic = true;
      if (flags.report) options.reportPath = flags.report;
      if (flags.actor) options.actor = flags.actor;
      const bar = flags.progress && !flags.json ? progressBar() : undefined;
      if (bar) options.onProgress = (p) => bar.update(p);
      const summary = await withCommandArchive(
        command,
        async (archive) => {
          try {
            return await importFile(archive, file, options);
          } finally {
            bar?.stop();
          }
        },
        { create: true },
      );
      if (flags.json) printJson(summary);
      else {
        const rate = summary.seconds > 0 ? Math.round(summary.rows / summary.seconds).toLocaleString('en') : '–';
        process.stdout.write(
          `${file}: ${summary.rows} rows read (${summary.format}${summary.encoding && summary.format !== 'xlsx' ? `, ${summary.encoding}` : ''}) in ${summary.seconds.toFixed(1)} s, ${rate} rows/s\n` +
            `  added     ${summary.added}\n  existing  ${summary.existing} (already in the archive)\n  rejected  ${summary.rejected}\n` +
            (summary.parse ? parseReportText(summary.parse) : '') +
            (summary.reportPath ? `  report    ${summary.reportPath} (line, field, reason: rows rejected${summary.parse ? ', parser warnings, the tally per field and fragment' : ''})\n` : '') +
            `  source    ${summary.sourceIds.join(', ')}\n  log head  ${summary.headSeq}\n`,
        );
      }
      if (summary.rejected > 0) process.exitCode = EXIT_ROWS_REJECTED;
    });
}
