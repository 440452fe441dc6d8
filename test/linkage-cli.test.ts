/**
 * Linkage over a real archive file, driven through the real command: `link`, `review`,
 * `person show|unlink|count`, `link undo`. Every link and decision must be a log entry, the
 * chain must still verify, and running `link` again must add nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRecords, addSource, openArchive, verify } from '../src/archive/index.ts';
import { generateSynthetic, toRecordData } from '../src/synth/index.ts';
import { showPerson, countArchivePeople } from '../src/linkage/index.ts';
import { fixtureRecords } from './linkage-fixtures.ts';

/** Spawning the command is slow on a loaded 2-core machine: generous time per test. */
const SLOW = 240_000;

let dir: string;
let file: string;
let ids: string[];

function cli(...args: string[]): string {
  return execFileSync('node', ['bin/unerased.js', '--archive', file, ...args], { encoding: 'utf8', env: { ...process.env, UNERASED_ACTOR: 'tester' } });
}
function cliFails(...args: string[]): string {
  try {
    cli(...args);
  } catch (error) {
    return String((error as { stderr?: string }).stderr);
  }
  throw new Error(`expected "${args.join(' ')}" to fail`);
}
function read<T>(fn: (archive: ReturnType<typeof openArchive>) => T): T {
  const archive = openArchive(file);
  try {
    return fn(archive);
  } finally {
    archive.close();
  }
}
function logCount(kind: string): number {
  const archive = openArchive(file);
  try {
    return archive.db.prepare('SELECT count(*) FROM log WHERE kind = ?').pluck().get(kind) as number;
  } finally {
    archive.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unerased-linkage-'));
  file = join(dir, 'archive.sqlite');
  const archive = openArchive(file);
  const sources = (['A', 'B', 'C'] as const).map((code) => addSource(archive, { citation: `SYNTHETIC test source ${code}`, kind: 'synthetic', synthetic: true }, 'test').id) as [string, string, string];
  ids = addRecords(archive, fixtureRecords(sources), 'test').added;
  const synthetic = generateSynthetic({ people: 120, seed: 5 });
  const synthSources = new Map(synthetic.sources.map((s) => [s.code, addSource(archive, s.data, 'test').id]));
  addRecords(archive, synthetic.records.map((r) => toRecordData(r, synthSources.get(r.sourceCode)!)), 'test');
  archive.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('unerased link / review / person', () => {
  it('links, logs every link, and adds nothing when run again', () => {
    const report = JSON.parse(cli('link', '--json')) as { records: number; linksAppended: number; reviewsProposed: number; familySuggestions: number; people: { linked: number; low: number; high: number } };
    expect(report.records).toBe(ids.length + generateSynthetic({ people: 120, seed: 5 }).records.length);
    expect(report.linksAppended).toBeGreaterThan(30);
    expect(report.reviewsProposed).toBeGreaterThan(0);
    expect(report.familySuggestions).toBeGreaterThan(0);
    expect(report.people.low).toBeLessThanOrEqual(report.people.linked);
    expect(logCount('person.link')).toBeGreaterThan(0);
    const again = JSON.parse(cli('link', '--json')) as { linksAppended: number; reviewsProposed: number };
    expect(again.linksAppended).toBe(0);
    expect(again.reviewsProposed).toBe(0);
    expect(read(verify).ok).toBe(true);
  }, SLOW);

  it('shows a person with its records and why they were joined', () => {
    const view = JSON.parse(cli('person', 'show', ids[0]!, '--json')) as { personId: string; records: { id: string }[]; links: { fields: { field: string }[]; actor: string }[]; synthetic: boolean };
    expect(view.personId).toMatch(/^per_/);
    expect(view.records.map((r) => r.id).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
    expect(view.links.length).toBeGreaterThanOrEqual(2);
    expect(view.links[0]!.actor).toBe('linkage');
    expect(view.links[0]!.fields.map((f) => f.field)).toContain('birthYear');
    expect(view.synthetic).toBe(true);
    const text = cli('person', 'show', view.personId);
    expect(text).toContain('SYNTHETIC');
    expect(text).toContain('Why these records are one person');
  }, SLOW);

  it('puts the name-only pair in review; a rejection needs a reason and is final', () => {
    const pending = JSON.parse(cli('review', 'list', '--kind', 'same-person', '--limit', '1000', '--json')) as { id: string; left: string; right: string }[];
    const nameOnly = pending.find((r) => [r.left, r.right].sort().join() === [ids[3], ids[4]].sort().join());
    expect(nameOnly).toBeDefined();
    expect(cliFails('review', 'reject', nameOnly!.id, '--reason', ' ')).toMatch(/reason is required/);
    expect(cli('review', 'reject', nameOnly!.id, '--reason', 'different fathers in the files')).toMatch(/Rejected/);
    expect(cliFails('review', 'reject', nameOnly!.id, '--reason', 'again')).toMatch(/already rejected/);
    const rejected = JSON.parse(cli('review', 'list', '--status', 'rejected', '--json')) as { id: string; decidedBy: string }[];
    expect(rejected.find((r) => r.id === nameOnly!.id)?.decidedBy).toBe('tester');
  }, SLOW);

  it('accepting a same-person pair links it; unlinking and undo take links back', () => {
    const pending = JSON.parse(cli('review', 'list', '--kind', 'same-person', '--json')) as { id: string; left: string; right: string }[];
    expect(pending.length).toBeGreaterThan(0);
    const item = pending[0]!;
    const before = read(countArchivePeople).linked;
    cli('review', 'accept', item.id, '--reason', 'same file number');
    expect(read((a) => showPerson(a, item.left))!.records.map((r) => r.id)).toContain(item.right);
    expect(read(countArchivePeople).linked).toBe(before - 1);

    // Unlink the Cyrillic-typo record from the Kovalenko person.
    const kovalenko = read((a) => showPerson(a, ids[0]!))!;
    cli('person', 'unlink', kovalenko.personId, ids[2]!, '--reason', 'a different man, per the file');
    const now = read((a) => showPerson(a, ids[0]!))!;
    expect(now.records.map((r) => r.id)).not.toContain(ids[2]);
    expect(now.links.some((l) => l.undoneSeq !== null)).toBe(true);
    // Linking again does not re-join what an editor separated.
    cli('link', '--json');
    expect(read((a) => showPerson(a, ids[0]!))!.records.map((r) => r.id)).not.toContain(ids[2]);
    expect(logCount('person.unlink')).toBe(1);

    // Undo the link entry that joined Kovalenko's records.
    const linkSeq = read((a) => showPerson(a, ids[0]!))!.links.find((l) => l.undoneSeq === null)!.seq;
    expect(cli('link', 'undo', String(linkSeq), '--reason', 'test undo')).toMatch(/Undone/);
    expect(logCount('person.unlink')).toBe(2);
    expect(read(verify).ok).toBe(true);
  }, SLOW);

  it('names the bad input', () => {
    expect(cliFails('link', '--threshold', '2')).toMatch(/--threshold must be a probability/);
    expect(cliFails('person', 'show', 'rec_nope')).toMatch(/no person or record "rec_nope"/);
    expect(cliFails('review', 'accept', 'rev_nope', '--reason', 'x')).toMatch(/no such review item/);
  }, SLOW);
});
