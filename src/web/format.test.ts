import { describe, expect, it } from 'vitest';
import { formatPeriod, nameAsWritten } from './format.ts';

describe('format', () => {
  it('reads EDTF intervals with a dash and open ends as an ellipsis', () => {
    expect(formatPeriod('1936-09-26/1938-11-25')).toBe('1936-09-26 – 1938-11-25');
    expect(formatPeriod('1937/..')).toBe('1937 – …');
    expect(formatPeriod('1937-08~')).toBe('1937-08~');
  });

  it('writes the name as the source did, surname first', () => {
    expect(nameAsWritten({ sourceId: 's', synthetic: false, fields: { surname: { text: 'Ежов' }, givenName: { text: 'Николай' } } })).toBe('Ежов Николай');
    expect(nameAsWritten({ sourceId: 's', synthetic: false, fields: {} })).toBe('—');
  });
});
