/**
 * Writes a synthetic archive to a folder: one file per source in the Book-of-Memory layout
 * (JSONL or CSV, English field names that `unerased import` reads), `truth.csv` (record key →
 * person) and `manifest.json` (version, seed, sources and how to import them).
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_FIELDS } from '../domain/record.ts';
import { SYNTH_VERSION, synthesize, syntheticSources, type SynthOptions } from './generate.ts';

export type SynthFormat = 'jsonl' | 'csv';

/** Bytes buffered per file before a write: few system calls, bounded memory. */
const FLUSH_BYTES = 1 << 20;

/** Columns of a CSV file: the locator, the record fields, and the synthetic flag. */
export const CSV_COLUMNS = ['locator', ...RECORD_FIELDS.filter((f) => f !== 'nameVariants'), 'synthetic'] as const;

export interface SynthManifest {
  format: 'unerased-synth';
  version: number;
  seed: number;
  people: number;
  records: number;
  fileFormat: SynthFormat;
  synthetic: true;
  sources: { code: string; file: string; citation: string; kind: 'synthetic'; records: number }[];
  truth: string;
}

class BufferedFile {
  private chunks: string[] = [];
  private size = 0;
  private readonly fd: number;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_BYTES) this.flush();
  }
  flush(): void {
    if (this.chunks.length > 0) writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface WriteProgress {
  (peopleDone: number): void;
}

/** Writes the archive into `dir` (created if missing) and returns its manifest. */
export function writeSynthetic(dir: string, options: SynthOptions & { format?: SynthFormat }, progress?: WriteProgress): SynthManifest {
  const fileFormat = options.format ?? 'jsonl';
  mkdirSync(dir, { recursive: true });
  const sources = syntheticSources();
  const files = new Map<string, BufferedFile>();
  const counts = new Map<string, number>();
  for (const source of sources) {
    const file = new BufferedFile(join(dir, `${source.code}.${fileFormat}`));
    if (fileFormat === 'csv') file.write(`${CSV_COLUMNS.join(',')}\n`);
    files.set(source.code, file);
    counts.set(source.code, 0);
  }
  const truth = new BufferedFile(join(dir, 'truth.csv'));
  truth.write('record_key,person_id\n');
  let records = 0;
  try {
    for (const { person, records: personRecords } of synthesize(options)) {
      for (const record of personRecords) {
        const file = files.get(record.sourceCode)!;
        const row: Record<string, string | boolean> = { locator: record.key, ...record.fields, synthetic: true };
        if (fileFormat === 'jsonl') file.write(`${JSON.stringify(row)}\n`);
        else file.write(`${CSV_COLUMNS.map((c) => csvCell(String(row[c] ?? ''))).join(',')}\n`);
        truth.write(`${record.key},${person.id}\n`);
        counts.set(record.sourceCode, counts.get(record.sourceCode)! + 1);
        records++;
      }
      if (progress && person.id % 10_000 === 0) progress(person.id);
    }
  } finally {
    for (const file of files.values()) file.close();
    truth.close();
  }
  const manifest: SynthManifest = {
    format: 'unerased-synth',
    version: SYNTH_VERSION,
    seed: options.seed,
    people: options.people,
    records,
    fileFormat,
    synthetic: true,
    sources: sources.map((s) => ({ code: s.code, file: `${s.code}.${fileFormat}`, citation: s.data.citation, kind: 'synthetic', records: counts.get(s.code)! })),
    truth: 'truth.csv',
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
