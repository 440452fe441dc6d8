import { describe, expect, it } from 'vitest';
import { builtRecordProblems, MAX_FIELD_CHARS, recordProblems } from './validate.ts';

const sourceId = `src_${'a'.repeat(24)}`;

describe('recordProblems', () => {
  it('accepts a record with a name', () => {
    expect(recordProblems({ sourceId, fields: { surname: { text: 'Ежов' }, birthDate: { text: '1895', norm: '1895' } }, synthetic: false })).toEqual([]);
  });
  it('names the field of each problem', () => {
    const problems = recordProblems({
      sourceId,
      fields: { surname: { text: 'x'.repeat(MAX_FIELD_CHARS + 1) }, colour: { text: 'red' } },
      synthetic: false,
    });
    expect(problems).toContainEqual({ field: 'surname', reason: `longer than ${MAX_FIELD_CHARS.toLocaleString('en')} characters` });
    expect(problems).toContainEqual({ field: '(record)', reason: 'unknown field(s): colour' });
  });
  it('requires a name', () => {
    expect(recordProblems({ sourceId, fields: { birthDate: { text: '1900' } }, synthetic: true })).toEqual([
      { field: 'surname', reason: 'a record needs a name (surname, given name or patronymic)' },
    ]);
  });
  it('refuses a bad source id and a missing synthetic flag', () => {
    const fields = { surname: { text: 'A' } };
    expect(recordProblems({ sourceId: 'x', fields, synthetic: true })[0]?.field).toBe('sourceId');
    expect(recordProblems({ sourceId, fields })[0]?.field).toBe('synthetic');
  });
});

describe('builtRecordProblems', () => {
  const cases = [
    { sourceId, fields: { surname: { text: 'Ежов' }, birthDate: { norm: '1895', text: '1895' } }, synthetic: false },
    { sourceId, fields: { surname: { text: 'x'.repeat(MAX_FIELD_CHARS + 1) } }, synthetic: false },
    { sourceId, fields: { birthDate: { text: '1900' } }, synthetic: true },
    { sourceId, fields: { givenName: { text: 'a\u0000b' } }, synthetic: true },
    { sourceId: 'src_x', fields: { surname: { text: 'A' } }, synthetic: true },
    { sourceId, locator: 'p. 1', originalText: 'Ежов Н. И.', fields: { surname: { text: 'Ежов' } }, synthetic: true },
  ];
  it('answers as the zod schema does for records the import builds', () => {
    for (const record of cases) expect(builtRecordProblems(record)).toEqual(recordProblems(record));
  });
});
