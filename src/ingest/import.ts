/**
 * `importFile`: reads a CSV, XLSX, JSONL or plain-text file into the archive as records of a
 * source. Bad rows are reported (line, field, reason) and the good ones land; the whole import
 * is one transaction, so a crash or kill midway leaves the archive exactly as it was; records
 * already in the archive (same source and content) are not added again.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { addSource, RecordWriter, type Archive } from '../archive/index.ts';
import type { RecordData, SourceData } from '../domain/record.ts';
import { planColumns, type ColumnPlan, type PlanOptions } from './column-plan.ts';
import type { Encoding } from './encoding.ts';
import { ImportError } from './import-error.ts';
import { readCsv } from './readers/csv.ts';
import { readJsonl } from './readers/jsonl.ts';
import { readText } from './readers/text.ts';
import type { InputRow, Reader } from './readers/types.ts';
import { checkExportHeader, isExportHeader } from './export-header.ts';
import { ParseTally, type ParseReport } from './parse-tally.ts';
import { ProblemReport } from './report.ts';
import { recordFromCells, recordFromJson, recordFromText, validateRecord, type RowResult } from './row-to-record.ts';

/** Records handed to the log at once: big enough to amortise, small enough to keep memory flat. */
export const IMPORT_CHUNK = 2_000;

export type ImportFormat = 'csv' | 'xlsx' | 'jsonl' | 'text';

export interface ImportOptions extends PlanOptions {
  /** The source the records come from, unless each row names its own (a `source` column). */
  source?: SourceData;
  format?: ImportFormat;
  encoding?: Encoding;
  /** Marks every record synthetic unless its row says otherwise. */
  synthetic?: boolean;
  /** Where to write the report of rejected rows (default: FILE.report.csv). */
  reportPath?: string;
  /** Who is importing (the log's actor); default `import:<file name>`. */
  actor?: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface ImportSummary {
  file: string;
  format: ImportFormat;
  encoding?: string;
  /** Data rows read (not counting the header and blank rows). */
  rows: number;
  added: number;
  /** Rows whose record was already in the archive. */
  existing: number;
  rejected: number;
  blank: number;
  /** The report file: rows rejected, and for free text the parser's warnings and tally. */
  reportPath?: string;
  /** What the parser made of the free text (`--text-column`, `--text`). */
  parse?: ParseReport;
  sourceIds: string[];
  headSeq: number;
  seconds: number;
}

export function formatOf(path: string): ImportFormat {
  switch (extname(path).toLowerCase()) {
    case '.xlsx':
      return 'xlsx';
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.txt':
      return 'text';
    default:
      return 'csv';
  }
}

async function openReader(path: string, format: ImportFormat, encoding?: Encoding): Promise<Reader> {
  switch (format) {
    case 'csv':
      return readCsv(path, encoding);
    case 'xlsx':
      // exceljs is loaded only for a spreadsheet: it costs every other import (and the command's start) ~0.5 s of CPU.
      return (await import('./readers/xlsx.ts')).readXlsx(path);
    case 'jsonl':
      return readJsonl(path, encoding);
    case 'text':
      return readText(path, encoding);
  }
}

export async function importFile(archive: Archive, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  let totalBytes: number;
  try {
    totalBytes = statSync(path).size;
  } catch {
    throw new ImportError(`${path}: no such file`);
  }
  if (totalBytes === 0) throw new ImportError(`${path}: the file is empty (no header row, no records)`);
  const format = options.format ?? formatOf(path);
  const reader = await openReader(path, format, options.encoding);
  const report = new ProblemReport(options.reportPath ?? `${path}.report.csv`);
  // The whole import is one transaction, rolled back on any error (below): no savepoint a batch.
  const writer = new RecordWriter(archive, options.actor ?? `import:${path.split('/').pop()}`, { callerRollsBackOnError: true });
  const sources = new Map<string, string>();
  const tally = new ParseTally();
  const summary: ImportSummary = { file: path, format, rows: 0, added: 0, existing: 0, rejected: 0, blank: 0, sourceIds: [], headSeq: 0, seconds: 0 };
  if (reader.encoding) summary.encoding = reader.encoding;

  const sourceIdFor = (citation: string | undefined, synthetic: boolean): string | undefined => {
    const source: SourceData | undefined = citation === undefined ? options.source : { citation, synthetic };
    if (!source) return undefined;
    let id = sources.get(source.citation);
    if (id === undefined) {
      id = addSource(archive, source, writer.actorName).id;
      sources.set(source.citation, id);
    }
    return id;
  };

  let plan: ColumnPlan | undefined;
  let chunk: RecordData[] = [];
  const flush = () => {
    if (chunk.length === 0) return;
    const result = writer.add(chunk);
    summary.added += result.added.length;
    summary.existing += result.existing;
    chunk = [];
    options.onProgress?.({ bytes: reader.bytesRead(), totalBytes, rows: summary.rows });
  };
  const reject = (line: number, problems: { field: string; reason: string }[], value?: string) => {
    summary.rejected += 1;
    for (const p of problems) report.add({ line, ...p, ...(value === undefined ? {} : { value }) });
  };

  const toResult = (row: InputRow): RowResult | 'blank' | 'header' => {
    switch (row.kind) {
      case 'cells':
        if (!plan) {
          plan = planColumns(path, row.cells.map((c) => c.trim()), options);
          if (!options.source && !plan.targets.some((t) => t.kind === 'source')) {
            throw new ImportError(`${path}: no source — give --source "citation" (or a source column)`);
          }
          return 'header';
        }
        if (row.cells.every((c) => c.trim() === '')) return 'blank';
        return recordFromCells(plan, row.cells, (options.textColumns ?? []).length > 0);
      case 'json':
        if (isExportHeader(row.value)) {
          checkExportHeader(path, row.line, row.value);
          return 'header';
        }
        return recordFromJson(row.value, (options.textColumns ?? []).length > 0);
      case 'text':
        return recordFromText(row.text);
      case 'unreadable':
        return { ok: false, problems: [{ field: '(row)', reason: row.reason }] };
    }
  };

  const db = archive.db;
  // One transaction for the whole import: a kill at any point leaves nothing of it. The reads
  // between writes are awaited inside it, which is why this runs only in a single-writer process
  // (the command); other processes wait on the lock (busy_timeout).
  db.exec('BEGIN IMMEDIATE');
  try {
    // Projections (the search index) file the import's records in bulk at the end of it.
    archive.beginBulk();
    for await (const row of reader.rows) {
      const result = toResult(row);
      if (result === 'header') continue;
      if (result === 'blank') {
        summary.blank += 1;
        continue;
      }
      summary.rows += 1;
      if (result.ok && result.row.parsed) {
        tally.add(row.line, result.row.parsed);
        report.addEntryNotes(row.line, result.row.parsed, result.row.record.originalText ?? '');
      }
      if (!result.ok) {
        reject(row.line, result.problems, row.kind === 'cells' ? row.cells.join(' | ') : undefined);
        continue;
      }
      const synthetic = result.row.record.synthetic ?? options.synthetic ?? false;
      const sourceId = sourceIdFor(result.row.citation, synthetic);
      if (sourceId === undefined) {
        reject(row.line, [{ field: 'source', reason: 'no source: give --source "citation" or a source column' }]);
        continue;
      }
      // Built key by key: object rest/spread costs a runtime call per row.
      const read = result.row.record;
      const record: RecordData = { sourceId, fields: read.fields, synthetic };
      if (read.locator !== undefined) record.locator = read.locator;
      if (read.originalText !== undefined) record.originalText = read.originalText;
      const problems = validateRecord(record, row.kind !== 'json');
      if (problems.length > 0) {
        reject(row.line, problems);
        continue;
      }
      chunk.push(record);
      if (chunk.length >= IMPORT_CHUNK) flush();
    }
    if (!plan && format !== 'jsonl' && format !== 'text' && summary.rows === 0 && summary.rejected === 0) {
      throw new ImportError(`${path}: the file is empty (no header row, no records)`);
    }
    flush();
    if (tally.count > 0) {
      summary.parse = tally.report();
      report.addParseReport(summary.parse);
    }
    archive.endBulk();
    db.exec('COMMIT');
  } catch (error) {
    archive.abortBulk();
    if (db.inTransaction) db.exec('ROLLBACK');
    report.close();
    throw error;
  }
  report.close();
  summary.sourceIds = [...sources.values()];
  if (report.written) summary.reportPath = report.path;
  summary.headSeq = archive.head().seq;
  summary.seconds = (performance.now() - started) / 1000;
  options.onProgress?.({ bytes: totalBytes, totalBytes, rows: summary.rows });
  return summary;
}
