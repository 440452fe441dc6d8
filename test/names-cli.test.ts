import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/unerased.js', import.meta.url));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'names', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('unerased names (spawned)', () => {
  it('translit --scheme prints one romanisation', () => {
    const r = run('translit', '--scheme', 'de_duden', 'Горбачёв');
    expect(r.code).toBe(0);
    expect(r.out).toBe('Gorbatschow\n');
  });
  // (translit of every scheme is the same call per scheme: transliterate.test.ts covers the schemes.)

  it('translit refuses an unknown scheme with a clear message', () => {
    const r = run('translit', '--scheme', 'nope', 'Ежов');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/unknown --scheme "nope"; known: .*wikipedia/);
  });

  it('keys --json gives the base, codes and forms', () => {
    const r = run('keys', '--json', 'Ежова');
    expect(r.code).toBe(0);
    const keys = JSON.parse(r.out) as { surnameBase: string; surnameKeys: string[]; latinForms: string[] };
    expect(keys.surnameBase).toBe('ежов');
    expect(keys.surnameKeys).toContain('147000');
    expect(keys.latinForms).toContain('jeschowa');
  });

  it('compare explains each part, as text and as JSON', () => {
    const text = run('compare', 'Ежова Мария Ивановна', 'Jeschowa Marija Iwanowna');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/equivalent given name/);
    const json = run('compare', '--json', 'Ежов, Н. И.', 'Ежов Николай Иванович');
    const result = JSON.parse(json.out) as { score: number; parts: { field: string; how: string }[] };
    expect(result.parts.map((p) => p.how)).toEqual(['exact', 'initial agrees', 'initial agrees']);
    expect(result.score).toBeGreaterThan(0.8);
  });
});
