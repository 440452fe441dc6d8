/**
 * The import's report of rejected rows: a CSV file with the line, the field and the reason of
 * every problem, and the start of the value, so the editor can fix the file and import again.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvLine } from './csv-text.ts';

/** Characters of a rejected value quoted in the report (the file itself holds all of it). */
export const REPORT_VALUE_CHARS = 200;

export interface RowProblem {
  line: number;
  field: string;
  reason: string;
  value?: string;
}

export class ProblemReport {
  private fd: number | undefined;
  count = 0;

  constructor(readonly path: string) {}

  add(problem: RowProblem): void {
    if (this.fd === undefined) {
      this.fd = openSync(this.path, 'w');
      writeSync(this.fd, csvLine(['line', 'field', 'reason', 'value']));
    }
    const value = problem.value ?? '';
    const shown = value.length > REPORT_VALUE_CHARS ? `${value.slice(0, REPORT_VALUE_CHARS)}…` : value;
    writeSync(this.fd, csvLine([String(problem.line), problem.field, problem.reason, shown]));
    this.count += 1;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
