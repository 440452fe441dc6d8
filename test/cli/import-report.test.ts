/**
 * `unerased import --text-column …` as a process: the parser's tally in the printed summary and
 * in --json, and the report file named in both.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/ingest/index.ts';
import { tempDir } from '../archive/helpers.ts';
import { fixtureCsv, TWO_PEOPLE_LINE, WARNED_LINES } from '../ingest/free-text-fixture.ts';
import { cli, cliJson } from './run-cli.ts';

const ARGS = ['--source', 'Расстрелы в Москве (mos.memo.ru), выборка для теста', '--text-column', 'NAME', '--text-column', 'BIO'];

let tmp: ReturnType<typeof tempDir>;
let csv: string;

beforeAll(() => {
  tmp = tempDir();
  csv = join(tmp.dir, 'moscow.csv');
  writeFileSync(csv, fixtureCsv());
});
afterAll(() => tmp.cleanup());

describe('unerased import of free text', { timeout: 120_000 }, () => {
  it('prints per field the entries parsed and left as text, the warnings, several people and unparsed fragments', () => {
    const result = cli(join(tmp.dir, 'text.sqlite'), ['import', csv, ...ARGS]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  parsed    7 entries of free text\n');
    expect(result.stdout).toMatch(/\n {4}nationality +5 +1\n/);
    expect(result.stdout).toMatch(/\n {4}executionDate +6 +0\n/);
    expect(result.stdout).toContain(`  warnings  2 entries (lines ${WARNED_LINES.join(', ')})\n`);
    expect(result.stdout).toContain(`  several   1 entries name more than one person (line ${TWO_PEOPLE_LINE})\n`);
    expect(result.stdout).toMatch(/left unparsed, commonest first[^\n]*\n(?: +1 +[^\n]+\n)*? +1 +член КСМ Польши с 1929\n/);
    expect(result.stdout).toContain(`  report    ${csv}.report.csv`);
    expect(existsSync(`${csv}.report.csv`)).toBe(true);
  });

  it('gives the same tally in --json', () => {
    const summary = cliJson<ImportSummary>(join(tmp.dir, 'json.sqlite'), ['import', csv, ...ARGS]);
    expect(summary).toMatchObject({ rows: 7, added: 7, reportPath: `${csv}.report.csv` });
    expect(summary.parse).toMatchObject({ entries: 7, entriesWithWarnings: 2, entriesNamingSeveralPeople: 1, severalPeople: [{ line: TWO_PEOPLE_LINE, people: 2 }] });
    expect(summary.parse!.fields).toContainEqual({ field: 'nationality', parsed: 5, leftAsText: 1 });
    expect(summary.parse!.unparsedFragments.map((f) => f.example)).toContain('член КСМ Польши с 1929');
  });
});
