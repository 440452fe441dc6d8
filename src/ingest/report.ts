/**
 * The import's report file: a CSV with the line, the field and the reason of every problem,
 * and the start of the value, so the editor can fix the file and import again. Rows rejected
 * are listed as they come; for free text, so are the parser's warnings and the entries that
 * name several people (those rows did land). A free-text import ends the file with the
 * parser's tally: per field, entries parsed and left as text, then the commonest unparsed
 * fragments — rows with an empty line number.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvLine } from './csv-text.ts';
import type { ParseReport } from './parse-tally.ts';

/** Characters of a rejected value quoted in the report (the file itself holds all of it). */
export const REPORT_VALUE_CHARS = 200;

/** The `field` of report rows about a whole entry of free text. */
export const ENTRY_FIELD = '(entry)';
/** The `field` of the tally rows listing unparsed fragments. */
export const UNPARSED_FIELD = '(unparsed)';

export interface RowProblem {
  line: number;
  field: string;
  reason: string;
  value?: string;
}

export class ProblemReport {
  private fd: number | undefined;
  /** Rows written about lines (rejections, warnings, several people). */
  count = 0;
  /** Whether the file was written (it is only created when there is something to say). */
  written = false;

  constructor(readonly path: string) {}

  private write(line: string, field: string, reason: string, value = ''): void {
    if (this.fd === undefined) {
      this.fd = openSync(this.path, 'w');
      this.written = true;
      writeSync(this.fd, csvLine(['line', 'field', 'reason', 'value']));
    }
    const shown = value.length > REPORT_VALUE_CHARS ? `${value.slice(0, REPORT_VALUE_CHARS)}…` : value;
    writeSync(this.fd, csvLine([line, field, reason, shown]));
  }

  add(problem: RowProblem): void {
    this.write(String(problem.line), problem.field, problem.reason, problem.value);
    this.count += 1;
  }

  /** The parser's warnings on one entry, and whether it names several people (the entry landed). */
  addEntryNotes(line: number, entry: { warnings: readonly string[]; people?: number }, text: string): void {
    for (const warning of entry.warnings) this.add({ line, field: ENTRY_FIELD, reason: `parser warning: ${warning}`, value: text });
    const people = entry.people ?? 1;
    if (people > 1) this.add({ line, field: ENTRY_FIELD, reason: `names ${people} people: the fields were read for the first only`, value: text });
  }

  /** The tally of a free-text import, after the rows. */
  addParseReport(report: ParseReport): void {
    for (const f of report.fields) this.write('', f.field, `parsed ${f.parsed}, left as text ${f.leftAsText}, of ${report.entries} entries`);
    for (const f of report.unparsedFragments) this.write('', UNPARSED_FIELD, `left unparsed in ${f.count} entries (shape: ${f.shape})`, f.example);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
