/**
 * CSV: comma, semicolon or tab separated, detected from the header line. Read by CsvSplitter
 * (several times faster than csv-parse, the same cells), or by csv-parse when lines end in a
 * lone carriage return, which only csv-parse detects. A row that cannot be read (a stray quote,
 * a quote never closed) is reported with its line and the rest of the file goes on.
 */
import { StringDecoder } from 'node:string_decoder';
import { parse, type CsvError } from 'csv-parse';
import type { Encoding } from '../encoding.ts';
import { CsvSplitter, type SplitRow } from './csv-splitter.ts';
import { openText, readSample } from './file-source.ts';
import type { InputRow, Reader } from './types.ts';

const REASONS: Record<Extract<SplitRow, { error: string }>['error'], string> = {
  'stray-quote': 'a quote (") inside a field that does not start with one (stray quote)',
  'after-closing-quote': 'text follows a closing quote (stray quote)',
  'unclosed-quote':
    'a quote opened on this line is never closed: the rest of the file was read as one field (fix the quote and import again)',
};

/** True when the sample's lines end in a lone \r (old Mac files): csv-parse reads those. */
function hasLoneCarriageReturn(sample: Buffer): boolean {
  for (let i = sample.indexOf(0x0d); i >= 0; i = sample.indexOf(0x0d, i + 1)) {
    if (i + 1 < sample.length && sample[i + 1] !== 0x0a) return true;
  }
  return false;
}

export function readCsv(path: string, encoding?: Encoding): Reader {
  const sample = readSample(path);
  const delimiter = guessDelimiter(sample);
  if (hasLoneCarriageReturn(sample)) return readCsvWithLibrary(path, delimiter, encoding);
  const source = openText(path, encoding);
  async function* rows(): AsyncGenerator<InputRow> {
    const splitter = new CsvSplitter(delimiter);
    const text = new StringDecoder('utf8');
    const toRow = (row: SplitRow): InputRow =>
      'cells' in row ? { kind: 'cells', line: row.line, cells: row.cells } : { kind: 'unreadable', line: row.line, reason: REASONS[row.error] };
    for await (const chunk of source.text as AsyncIterable<Buffer>) {
      for (const row of splitter.push(text.write(chunk))) yield toRow(row);
    }
    for (const row of splitter.push(text.end())) yield toRow(row);
    for (const row of splitter.end()) yield toRow(row);
  }
  return { rows: rows(), bytesRead: source.bytesRead, encoding: source.encoding };
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter that occurs most in the first line of the file. */
function guessDelimiter(bytes: Buffer): string {
  const sample = bytes.toString('latin1');
  const firstLine = sample.split(/\r?\n/, 1)[0] ?? '';
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return 'a quote (") inside a field that does not start with one (stray quote)';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quote opened on this line is never closed: the rest of the file was read as one field (fix the quote and import again)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'text follows a closing quote (stray quote)';
    default:
      return error.message;
  }
}

function readCsvWithLibrary(path: string, delimiter: string, encoding?: Encoding): Reader {
  const source = openText(path, encoding);
  const skipped: InputRow[] = [];
  const parser = parse({
    delimiter,
    relax_column_count: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error) => {
      if (error) {
        const unclosed = error.code === 'CSV_QUOTE_NOT_CLOSED';
        skipped.push({ kind: 'unreadable', line: unclosed ? -1 : Number(error.lines ?? 0), reason: describeCsvError(error) });
      }
      return undefined;
    },
  });
  source.text.on('error', (error) => parser.destroy(error));
  source.text.pipe(parser);
  async function* rows(): AsyncGenerator<InputRow> {
    let lastLine = 0;
    // An unclosed quote is only found at the end of the file: it opened after the last good record.
    const drain = function* (): Generator<InputRow> {
      for (const row of skipped.splice(0)) yield row.line === -1 ? { ...row, line: lastLine + 1 } : row;
    };
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield* drain();
      // csv-parse counts the line a record ends on; count back over the line breaks inside it.
      let inner = 0;
      for (const cell of item.record) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) inner += 1;
      lastLine = item.info.lines;
      yield { kind: 'cells', line: lastLine - inner, cells: item.record };
    }
    yield* drain();
  }
  return { rows: rows(), bytesRead: source.bytesRead, encoding: source.encoding };
}
