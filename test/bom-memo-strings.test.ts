/**
 * The normalisers on the 43,000 real statements of memo-strings (read from
 * ../shared/data/real at test time): every date they produce is valid EDTF by the
 * independent `edtf` package and agrees with edtfYear; the vocabularies map the bulk of the
 * statements (floors well under the measured shares in BENCHMARKS.md, so that a regression
 * that drops a pattern fails here).
 */
import { readFileSync } from 'node:fs';
import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { edtfYear } from '../src/domain/dates.ts';
import type { RecordField } from '../src/domain/record.ts';
import { parseStatement, type StatementKind } from '../src/ingest/bom/index.ts';
import { SHARED_DATA } from './shared-data.ts';
import { join } from 'node:path';

const DIR = join(SHARED_DATA, 'memo-strings');
const lines = (file: string) => readFileSync(`${DIR}/${file}.txt`, 'utf8').split('\n').filter((l) => l.trim() !== '');

function shares(file: string, kind: StatementKind, fields: RecordField[]) {
  const all = lines(file);
  const mapped = new Map<RecordField, number>();
  const dates = new Set<string>();
  for (const line of all) {
    const parsed = parseStatement(kind, line);
    for (const field of fields) if (parsed.fields[field]?.norm !== undefined) mapped.set(field, (mapped.get(field) ?? 0) + 1);
    for (const [field, value] of Object.entries(parsed.fields)) if (field.endsWith('Date') && value.norm) dates.add(value.norm);
  }
  return { share: (f: RecordField) => (mapped.get(f) ?? 0) / all.length, dates };
}

describe('memo-strings', () => {
  const whoprig = shares('whoprig', 'sentenced', ['sentencingBody', 'sentenceDate', 'charge']);
  const reab = shares('reab', 'rehabilitated', ['rehabilitationDate', 'rehabilitationBody']);
  const arrest = shares('arrest', 'arrested', ['arrestDate', 'arrestingBody']);
  const rasstrel = shares('rasstrel', 'executed', ['executionDate']);

  it('produces only valid EDTF dates, whose years edtfYear reads like the edtf package', () => {
    const all = new Set([...whoprig.dates, ...reab.dates, ...arrest.dates, ...rasstrel.dates]);
    expect(all.size).toBeGreaterThan(3000);
    for (const value of all) {
      const parsed = edtf(value);
      const years = edtfYear(value);
      expect(years, value).toBeDefined();
      expect(years!.min, value).toBe(new Date(parsed.min).getUTCFullYear());
      expect(years!.max, value).toBe(new Date(parsed.max).getUTCFullYear());
    }
  });

  it('maps most statements to vocabulary keys', () => {
    expect(whoprig.share('sentencingBody')).toBeGreaterThan(0.95);
    expect(whoprig.share('sentenceDate')).toBeGreaterThan(0.95);
    expect(whoprig.share('charge')).toBeGreaterThan(0.6);
    expect(reab.share('rehabilitationDate')).toBeGreaterThan(0.85);
    expect(reab.share('rehabilitationBody')).toBeGreaterThan(0.7);
    expect(arrest.share('arrestDate')).toBeGreaterThan(0.85);
    expect(arrest.share('arrestingBody')).toBeGreaterThan(0.7);
    expect(rasstrel.share('executionDate')).toBe(1);
  });
});
