import { describe, expect, it } from 'vitest';
import type { RecordData } from '../domain/record.ts';
import { mayBeAlive } from './privacy.ts';

const NOW = new Date('2026-11-22T00:00:00Z');
const rec = (fields: RecordData['fields']): RecordData => ({ sourceId: 's', synthetic: false, fields });

describe('mayBeAlive', () => {
  it('hides someone born under 100 years ago with no death recorded', () => {
    expect(mayBeAlive([rec({ birthDate: { text: '1930', norm: '1930' } })], NOW)).toBe(true);
  });

  it('shows someone born over 100 years ago', () => {
    expect(mayBeAlive([rec({ birthDate: { text: '1898', norm: '1898' } })], NOW)).toBe(false);
  });

  it('shows a young person whose death is recorded', () => {
    expect(mayBeAlive([rec({ birthDate: { text: '1930', norm: '1930' }, executionDate: { text: '1950' } })], NOW)).toBe(false);
    // the death may come from another record about the same person
    expect(mayBeAlive([rec({ birthDate: { text: '1930', norm: '1930' } }), rec({ deathDate: { text: '1951' } })], NOW)).toBe(false);
  });

  it('counts an uncertain birth by its latest year', () => {
    expect(mayBeAlive([rec({ birthDate: { text: '192?', norm: '192X' } })], NOW)).toBe(true);
    expect(mayBeAlive([rec({ birthDate: { text: '191?', norm: '191X' } })], NOW)).toBe(false);
  });

  it('reads a year from an unparsed birth text, and shows a record without birth', () => {
    expect(mayBeAlive([rec({ birthDate: { text: 'около 1931 г.' } })], NOW)).toBe(true);
    expect(mayBeAlive([rec({ surname: { text: 'Иванов' } })], NOW)).toBe(false);
  });
});
