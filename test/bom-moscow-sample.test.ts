/**
 * The parser against 260 entries of the Moscow shooting lists whose values were checked by
 * hand (test/fixtures/bom/moscow-sample.json): every checked field must come out exactly as
 * verified, text, norm and span.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../src/ingest/bom/index.ts';
import { CHECKED_FIELDS, type SampleFile } from './fixtures/bom/sample-spec.ts';

const sample = JSON.parse(readFileSync(new URL('./fixtures/bom/moscow-sample.json', import.meta.url), 'utf8')) as SampleFile;

describe('hand-checked sample of the Moscow shooting lists', () => {
  it('holds at least 100 distinct entries from both samples', () => {
    expect(new Set(sample.entries.map((e) => e.row)).size).toBe(sample.entries.length);
    expect(sample.entries.filter((e) => e.sample === 1).length).toBeGreaterThanOrEqual(100);
    expect(sample.entries.some((e) => e.sample === 2)).toBe(true);
    expect(sample.entries.some((e) => e.sample === 3)).toBe(true);
  });

  it.each(sample.entries.map((e) => [e.row, e] as const))('row %i parses to the verified values', (_row, entry) => {
    const parsed = parseEntry(entry.text);
    for (const field of CHECKED_FIELDS) {
      const got = parsed.fields[field];
      const want = entry.expected[field];
      const actual = got ? { text: got.text, norm: got.norm ?? null } : null;
      expect(actual, field).toEqual(want);
      // The span points at exactly the text stored.
      if (got) expect(entry.text.slice(got.span![0], got.span![1]), `${field} span`).toBe(got.text);
    }
  });
});
