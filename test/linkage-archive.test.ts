/**
 * The persons projection on a real archive file: built only from the log, so a rebuild gives
 * the same tables; payloads of an unknown version are refused and leave the archive as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRecords, addSource, openArchive, rebuild, type Archive } from '../src/archive/index.ts';
import { generateSynthetic, toRecordData } from '../src/synth/index.ts';
import { runLinkage, decideReview, listReviews, countArchivePeople } from '../src/linkage/index.ts';

let dir: string;
let archive: Archive;

const TABLES = ['persons_members', 'persons_links', 'persons_reviews', 'persons_blocked'];
function snapshot(): Record<string, unknown[]> {
  return Object.fromEntries(TABLES.map((t) => [t, archive.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all()]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unerased-persons-'));
  archive = openArchive(join(dir, 'archive.sqlite'));
  const synthetic = generateSynthetic({ people: 150, seed: 8 });
  const sources = new Map(synthetic.sources.map((s) => [s.code, addSource(archive, s.data, 'test').id]));
  addRecords(archive, synthetic.records.map((r) => toRecordData(r, sources.get(r.sourceCode)!)), 'test');
});

afterAll(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('persons projection', () => {
  it('rebuilds from the log to the same tables', () => {
    const report = runLinkage(archive);
    expect(report.linksAppended).toBeGreaterThan(0);
    const pending = listReviews(archive, { kind: 'same-person' });
    if (pending[0]) decideReview(archive, pending[0].id, 'reject', 'test', 'tester');
    const before = snapshot();
    expect((before.persons_members as unknown[]).length).toBeGreaterThan(0);
    rebuild(archive);
    expect(snapshot()).toEqual(before);
  });

  it('counts people between the bounds the review queue leaves', () => {
    const c = countArchivePeople(archive);
    const records = archive.db.prepare('SELECT count(*) FROM records').pluck().get() as number;
    expect(c.linked).toBeLessThan(records);
    expect(c.low).toBeLessThanOrEqual(c.linked);
    expect(c.expected).toBeGreaterThanOrEqual(c.low);
    expect(c.expected).toBeLessThanOrEqual(c.high);
  });

  it('refuses a link payload of an unknown version, appending nothing', () => {
    const head = archive.head().seq;
    expect(() => archive.append([{ kind: 'person.link', payload: { v: 99, personId: 'per_x', recordIds: [], pairs: [], reason: 'x' } }], 'tester')).toThrow(/version 99 unknown/);
    expect(archive.head().seq).toBe(head);
  });
});
