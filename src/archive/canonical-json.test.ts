import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { entryHash, GENESIS_HASH } from './hash.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 'ё', y: null }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":null,"z":"ё"}]},"b":1}',
    );
  });
  it('gives the same text whatever the key order, and parses back to the value', () => {
    const a = { surname: { text: 'Ежов', norm: 'ezhov' }, synthetic: true };
    const b = { synthetic: true, surname: { norm: 'ezhov', text: 'Ежов' } };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(JSON.parse(canonicalJson(a))).toEqual(a);
    expect(canonicalJson(JSON.parse(canonicalJson(a)))).toBe(canonicalJson(a));
  });
  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/not a JSON number/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function is not JSON/);
  });
});

describe('entryHash', () => {
  it('changes when any header field changes', () => {
    const header = { seq: 1, time: 't', actor: 'a', kind: 'source.add', payloadHash: 'p', prevHash: GENESIS_HASH };
    const base = entryHash(header);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    for (const key of Object.keys(header) as (keyof typeof header)[]) {
      expect(entryHash({ ...header, [key]: key === 'seq' ? 2 : 'x' })).not.toBe(base);
    }
  });
});

describe('canonicalJson and a "__proto__" key', () => {
  it('keeps it as a key when keys must be reordered (found by fast-check, seed -1925773108)', () => {
    const value = JSON.parse('{"__proto__":null,"":""}') as unknown;
    expect(canonicalJson(value)).toBe('{"":"","__proto__":null}');
  });
});

describe('canonicalJson laws (fast-check)', () => {
  /** Reverses the key order of every object, deeply. */
  const shuffled = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(shuffled);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffled(v)]));
    }
    return value;
  };
  it('is stable under re-parsing and under key order, and parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(canonicalJson(shuffled(value))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
