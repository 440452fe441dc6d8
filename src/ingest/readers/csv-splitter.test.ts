import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSplitter, type SplitRow } from './csv-splitter.ts';

/** Splits `text` fed in pieces cut at `cuts` (offsets), as a stream would deliver it. */
function split(text: string, delimiter = ',', cuts: number[] = []): SplitRow[] {
  const splitter = new CsvSplitter(delimiter);
  const rows: SplitRow[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    rows.push(...splitter.push(text.slice(from, cut)));
    from = cut;
  }
  rows.push(...splitter.push(text.slice(from)), ...splitter.end());
  return rows;
}

const cellsOf = (rows: SplitRow[]) => rows.map((r) => ('cells' in r ? r.cells : r.error));

/** A field as a CSV writer would write it: quoted when it holds a quote, delimiter or line break. */
function writeField(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

const fieldText = fc.string({ unit: fc.constantFrom('a', 'я', 'Ё', ' ', ',', ';', '"', '\n', '\r\n', '\t', '—'), maxLength: 8 });

describe('CsvSplitter', () => {
  it('gives the cells csv-parse gives for any well-formed CSV, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(fieldText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 4 }),
        (delimiter, records, lineBreak, finalBreak, rawCuts) => {
          // A record of one empty field is a blank line; csv-parse and the splitter agree on those too.
          const text = records.map((r) => r.map((f) => writeField(f, delimiter)).join(delimiter)).join(lineBreak) + (finalBreak ? lineBreak : '');
          const expected = parse(text, { delimiter, relax_column_count: true }) as string[][];
          const cuts = rawCuts.map((c) => c % (text.length + 1));
          expect(cellsOf(split(text, delimiter, cuts))).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('numbers each record by the line it starts on, counting line breaks inside quotes', () => {
    const rows = split('a,b\n"x\ny",z\nc,d\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', 'z'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
  });

  it('reports a stray quote at its line, skips that line only, and reads on', () => {
    expect(split('a,b\nСи"доров,Иван\nc,d\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, error: 'stray-quote' },
      { line: 3, cells: ['c', 'd'] },
    ]);
  });

  it('reports text after a closing quote, and reads on', () => {
    expect(split('"a"b,c\nd,e')).toEqual([
      { line: 1, error: 'after-closing-quote' },
      { line: 2, cells: ['d', 'e'] },
    ]);
  });

  it('reports a quote never closed at the line it opens', () => {
    expect(split('a,b\nc,"d\ne,f\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, error: 'unclosed-quote' },
    ]);
  });

  it('keeps a \\r\\n cut between two chunks right after a closing quote as one line break', () => {
    expect(split('"a"\r\nb\r\n', ',', [3, 4])).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['b'] },
    ]);
  });

  it('keeps a field that spans many chunks whole', () => {
    const long = 'я'.repeat(1000);
    const cuts = Array.from({ length: 50 }, (_, i) => 3 + i * 20);
    expect(cellsOf(split(`x,${long}\n"${long}",y\n`, ',', cuts))).toEqual([
      ['x', long],
      [long, 'y'],
    ]);
  });

  it('refuses a delimiter that is a quote or a line break', () => {
    expect(() => new CsvSplitter('"')).toThrow(/delimiter/);
    expect(() => new CsvSplitter('\n')).toThrow(/delimiter/);
  });
});
