/** getRecords (several records by id, payloads parsed in JS) against getRecord (the records view). */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addRecords, addSource, correctRecord, getRecord, getRecords, openArchive, redact } from '../../src/archive/index.ts';
import { sampleRecord, tempDir } from './helpers.ts';

const temp = tempDir();
afterEach(() => temp.cleanup());

describe('getRecords', () => {
  it('gives what getRecord gives, after corrections and a redaction, and skips unknown ids', () => {
    const archive = openArchive(join(temp.dir, 'a.sqlite'));
    const source = addSource(archive, { citation: 'SYNTHETIC TEST DATA — getRecords', kind: 'synthetic', synthetic: true }, 'test').id;
    const records = ['Ежов', 'Ягода', 'Берия', 'Фриновский'].map((surname, i) => ({ ...sampleRecord(source, surname, String(1890 + i)), locator: `p. ${i + 1}`, originalText: `${surname}, entry ${i + 1}` }));
    const { added } = addRecords(archive, records, 'test');
    correctRecord(archive, added[1]!, { surname: { text: 'Ягода-Иегуда' } }, 'test: fuller name', 'test');
    const seq = archive.db.prepare('SELECT seq FROM record_rows WHERE id = ?').pluck().get(added[2]) as number;
    redact(archive, seq, 'test: withdrawn', 'test');
    const wanted = [...added, 'rec_000000000000000000000000'];
    const byId = new Map(getRecords(archive, wanted).map((r) => [r.id, r]));
    for (const id of wanted) expect(byId.get(id)).toEqual(getRecord(archive, id));
    expect(byId.get(added[1]!)?.fields.surname?.text).toBe('Ягода-Иегуда');
    expect(byId.get(added[0]!)?.locator).toBe('p. 1');
    expect(byId.get(added[0]!)?.originalText).toBe('Ежов, entry 1');
    expect(byId.has('rec_000000000000000000000000')).toBe(false);
    archive.close();
  });
});
