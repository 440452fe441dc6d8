/**
 * `exportRecords`: writes the archive's records as CSV or JSONL that `importFile` reads back
 * into a fresh archive with identical records (same fields, normalised values, spans, locators,
 * original text, synthetic flags and sources; hence the same ids).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { listRecords, listSources, type Archive, type StoredRecord } from '../archive/index.ts';
import { RECORD_FIELDS, type RecordField } from '../domain/record.ts';
import { csvLine } from './csv-text.ts';
import { exportHeader } from './export-header.ts';

export type ExportFormat = 'csv' | 'jsonl';

export interface ExportOptions {
  format: ExportFormat;
  /** Only the records of this source. */
  sourceId?: string;
}

/** Records read per page while exporting. */
const EXPORT_PAGE = 1_000;

function* allRecords(archive: Archive, sourceId?: string): Generator<StoredRecord> {
  let afterSeq: number | undefined;
  for (;;) {
    const page = listRecords(archive, { limit: EXPORT_PAGE, ...(afterSeq === undefined ? {} : { afterSeq }), ...(sourceId === undefined ? {} : { sourceId }) });
    yield* page.records;
    if (page.next === undefined) return;
    afterSeq = page.next;
  }
}

/** The CSV columns needed: each field used, and its .norm / .span where any record has one. */
function csvColumns(archive: Archive, sourceId?: string): string[] {
  const used = new Set<string>();
  for (const record of allRecords(archive, sourceId)) {
    for (const [field, value] of Object.entries(record.fields)) {
      used.add(field);
      if (value?.norm !== undefined) used.add(`${field}.norm`);
      if (value?.span !== undefined) used.add(`${field}.span`);
    }
  }
  const columns = ['source', 'locator', 'synthetic', 'originalText'];
  for (const field of RECORD_FIELDS) for (const suffix of ['', '.norm', '.span']) if (used.has(field + suffix)) columns.push(field + suffix);
  return columns;
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Writes the records to `path`; returns how many. */
export async function exportRecords(archive: Archive, path: string, options: ExportOptions): Promise<number> {
  const citations = new Map(listSources(archive).map((s) => [s.id, s.citation]));
  const out = createWriteStream(path);
  let count = 0;
  const columns = options.format === 'csv' ? csvColumns(archive, options.sourceId) : [];
  if (options.format === 'csv') await write(out, csvLine(columns));
  else await write(out, `${JSON.stringify(exportHeader())}\n`);
  for (const record of allRecords(archive, options.sourceId)) {
    const source = citations.get(record.sourceId) ?? record.sourceId;
    if (options.format === 'jsonl') {
      const line: Record<string, unknown> = { source, fields: record.fields, synthetic: record.synthetic };
      if (record.locator !== undefined) line.locator = record.locator;
      if (record.originalText !== undefined) line.originalText = record.originalText;
      await write(out, `${JSON.stringify(line)}\n`);
    } else {
      const cells = columns.map((column) => {
        if (column === 'source') return source;
        if (column === 'locator') return record.locator ?? '';
        if (column === 'synthetic') return record.synthetic ? 'true' : 'false';
        if (column === 'originalText') return record.originalText ?? '';
        const [field, suffix] = column.split('.') as [RecordField, string | undefined];
        const value = record.fields[field];
        if (!value) return '';
        if (suffix === 'norm') return value.norm ?? '';
        if (suffix === 'span') return value.span ? `${value.span[0]}-${value.span[1]}` : '';
        return value.text;
      });
      await write(out, csvLine(cells));
    }
    count += 1;
  }
  out.end();
  await once(out, 'finish');
  return count;
}
