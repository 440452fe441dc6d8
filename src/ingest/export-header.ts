/**
 * The first line of a JSONL export names its format and version, so a file from a newer
 * unerased is refused instead of misread. (CSV exports are described by their column names.)
 */
import { ImportError } from './import-error.ts';

export const EXPORT_FORMAT = 'unerased-records';
/** Version of the JSONL export layout; bump when a key changes meaning. */
export const EXPORT_VERSION = 1;

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
}

export function exportHeader(): ExportHeader {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION };
}

export function isExportHeader(value: unknown): value is ExportHeader {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === EXPORT_FORMAT;
}

export function checkExportHeader(file: string, line: number, header: ExportHeader): void {
  if (header.version !== EXPORT_VERSION) {
    throw new ImportError(`${file}, line ${line}: export version ${String(header.version)} is not supported (this unerased reads ${EXPORT_VERSION})`);
  }
}
