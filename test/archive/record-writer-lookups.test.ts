/**
 * RecordWriter skips the per-record "already known?" lookup for a source that holds only its
 * own records (see src/archive/own-sources.ts). These tests put another writer's records, and
 * redactions, in between its batches: nothing may be added twice, nothing redacted may return.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSource, historyOf, openArchive, recordIdOf, redact, RecordWriter, verify, type Archive } from '../../src/archive/index.ts';
import { sampleRecord, tempDir } from './helpers.ts';

let temp: ReturnType<typeof tempDir>;
let archive: Archive;
let sourceId: string;

const count = (sql: string, ...params: unknown[]) => archive.db.prepare(sql).pluck().get(...params) as number;
const recordAdds = () => count("SELECT count(*) FROM log WHERE kind = 'record.add'");

beforeEach(() => {
  temp = tempDir();
  archive = openArchive(join(temp.dir, 'a.sqlite'));
  sourceId = addSource(archive, { citation: 'Lookup test list (synthetic)', synthetic: true }, 'tester').id;
});
afterEach(() => {
  archive.close();
  temp.cleanup();
});

describe('RecordWriter lookups', () => {
  it('a record another writer added between two batches is not added again', () => {
    const mine = new RecordWriter(archive, 'import:a');
    expect(mine.add([sampleRecord(sourceId, 'Аверин'), sampleRecord(sourceId, 'Белов')]).added).toHaveLength(2);
    // Another import (another writer) adds Волков to the same source…
    const other = new RecordWriter(archive, 'import:b');
    expect(other.add([sampleRecord(sourceId, 'Волков')]).added).toHaveLength(1);
    // …so the first writer's next batch must find it instead of appending it a second time.
    const second = mine.add([sampleRecord(sourceId, 'Волков'), sampleRecord(sourceId, 'Громов')]);
    expect(second.existing).toBe(1);
    expect(second.added).toEqual([recordIdOf(sampleRecord(sourceId, 'Громов'))]);
    expect(recordAdds()).toBe(4);
    expect(verify(archive).ok).toBe(true);
  });

  it('a second import of the same records adds nothing', () => {
    const records = ['Аверин', 'Белов', 'Аверин'].map((s) => sampleRecord(sourceId, s));
    const first = new RecordWriter(archive, 'import:a');
    expect(first.add(records.slice(0, 2)).added).toHaveLength(2);
    expect(first.add(records.slice(2)).added).toHaveLength(1); // the repeat: occurrence 1
    const again = new RecordWriter(archive, 'import:a');
    const result = [again.add(records.slice(0, 1)), again.add(records.slice(1))];
    expect(result.map((r) => r.added.length)).toEqual([0, 0]);
    expect(result.map((r) => r.existing)).toEqual([1, 2]);
    expect(recordAdds()).toBe(3);
  });

  it('a record redacted away does not come back, even when its source then holds no records', () => {
    const writer = new RecordWriter(archive, 'import:a');
    const [id] = writer.add([sampleRecord(sourceId, 'Аверин')]).added;
    redact(archive, historyOf(archive, id!)[0]!.seq, 'living person', 'moderator');
    expect(count('SELECT count(*) FROM record_rows WHERE source_id = ?', sourceId)).toBe(0);
    // A new import meets a source without records, yet the redacted id is known.
    const reimport = new RecordWriter(archive, 'import:a');
    expect(reimport.add([sampleRecord(sourceId, 'Аверин')])).toEqual({ added: [], existing: 1 });
    expect(recordAdds()).toBe(1);
    expect(verify(archive).ok).toBe(true);
  });

  it("another writer's record, redacted between two batches, does not come back either", () => {
    const mine = new RecordWriter(archive, 'import:a');
    mine.add([sampleRecord(sourceId, 'Аверин')]);
    const [theirs] = new RecordWriter(archive, 'import:b').add([sampleRecord(sourceId, 'Белов')]).added;
    redact(archive, historyOf(archive, theirs!)[0]!.seq, 'living person', 'moderator');
    // The source's newest record is mine again, but Белов was there and must stay out.
    expect(mine.add([sampleRecord(sourceId, 'Белов')])).toEqual({ added: [], existing: 1 });
    expect(recordAdds()).toBe(2);
  });

  it('a record of another source is looked up in its own source', () => {
    const otherSource = addSource(archive, { citation: 'Second list (synthetic)', synthetic: true }, 'tester').id;
    new RecordWriter(archive, 'import:b').add([sampleRecord(otherSource, 'Аверин')]);
    const writer = new RecordWriter(archive, 'import:a');
    const result = writer.add([sampleRecord(sourceId, 'Аверин'), sampleRecord(otherSource, 'Аверин')]);
    expect(result.added).toEqual([recordIdOf(sampleRecord(sourceId, 'Аверин'))]);
    expect(result.existing).toBe(1);
  });
});
