/**
 * The statement parser against 80 memo-strings lines whose keys were checked by hand
 * (test/fixtures/bom/memo-sample.json): bodies, dates and charges as verified.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatement, type StatementKind } from '../src/ingest/bom/index.ts';

interface MemoSample {
  entries: { file: string; kind: StatementKind; line: string; expected: Record<string, string | null> }[];
}

const sample = JSON.parse(readFileSync(new URL('./fixtures/bom/memo-sample.json', import.meta.url), 'utf8')) as MemoSample;

describe('hand-checked memo-strings statements', () => {
  it('holds lines of each kind', () => {
    expect(new Set(sample.entries.map((e) => e.kind))).toEqual(new Set(['sentenced', 'rehabilitated', 'arrested']));
  });

  it.each(sample.entries.map((e, i) => [i, e.line, e] as const))('#%i %s', (_i, line, entry) => {
    const fields = parseStatement(entry.kind, line).fields;
    expect(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.norm ?? null]))).toEqual(entry.expected);
  });
});
