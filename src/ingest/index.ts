/**
 * Import and export of records. The command calls these; nothing else needs the readers.
 *
 *   importFile(archive, path, { source, format?, encoding?, mapping?, ignore?, textColumns?,
 *              synthetic?, reportPath?, actor?, onProgress? }) → ImportSummary
 *   exportRecords(archive, path, { format: 'csv' | 'jsonl', sourceId? }) → count
 *   readMappingFile(path), parseEncoding(name), ImportError (messages name file, line, field)
 */
export { importFile, formatOf, IMPORT_CHUNK, type ImportOptions, type ImportSummary, type ImportProgress, type ImportFormat } from './import.ts';
export { exportRecords, type ExportFormat, type ExportOptions } from './export.ts';
export { readMappingFile, MAPPING_VERSION, type MappingFile } from './column-plan.ts';
export { parseEncoding, type Encoding } from './encoding.ts';
export { ImportError } from './import-error.ts';
export { LISTED_LINES, type ParseReport, type EntryWarning, type SeveralPeople } from './parse-tally.ts';
export { ENTRY_SOURCE_LABEL } from './row-to-record.ts';
