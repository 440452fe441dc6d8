/**
 * XLSX (exceljs, streaming): the first worksheet, one row per record, the first row the
 * header. Cell values become the text a reader sees: dates as YYYY-MM-DD, rich text joined,
 * formulas as their result.
 */
import { statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { InputRow, Reader } from './types.ts';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The text of one cell value as a person reading the sheet would copy it. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const hasTime = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
    return hasTime ? value.toISOString() : day;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return String(value as unknown);
}

export function readXlsx(path: string): Reader {
  const total = statSync(path).size;
  let done = 0;
  async function* rows(): AsyncGenerator<InputRow> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache', // needed to tell a date from a number
      worksheets: 'emit',
    });
    for await (const worksheet of workbook) {
      // A sheet has no ragged rows: empty cells at the end of a row are simply not stored.
      let width = 0;
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        // row.values is 1-based and sparse.
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i] ?? null).trim());
        if (width === 0) width = cells.length;
        while (cells.length < width) cells.push('');
        yield { kind: 'cells', line: row.number, cells };
      }
      break; // first worksheet only
    }
    done = total;
  }
  // exceljs does not expose its position in the file; progress jumps to the end when done.
  return { rows: rows(), bytesRead: () => done, encoding: 'xlsx' };
}
