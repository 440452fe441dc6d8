import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSearchFixture, type SearchFixture } from './search-fixture.ts';

const BIN = fileURLToPath(new URL('../bin/unerased.js', import.meta.url));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let f: SearchFixture;
let out: string;
beforeAll(() => {
  f = makeSearchFixture(200);
  f.archive.close();
  out = mkdtempSync(join(tmpdir(), 'unerased-synth-test-'));
});
afterAll(() => {
  rmSync(f.dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('unerased search (spawned)', () => {
  it('prints hits with their reasons and the SYNTHETIC mark', () => {
    const r = run('--archive', f.path, 'search', 'Jeschow', 'Nikolai', '--born', '1895~1');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/for surname=Jeschow, givenName=Nikolai, born=1895~1/);
    expect(r.out).toMatch(/Ежов Николай Иванович, born 1895.*\[SYNTHETIC\]/);
    expect(r.out).toMatch(/why: surname sounds like Ежов \(DM \d{6}\); Nikolai = Николай/);
    expect(r.out).toMatch(/^nationality: russian/m);
  });

  it('prints JSON that parses, with paging and --like', () => {
    const r = run('--archive', f.path, 'search', 'Ежов', '--json', '--page-size', '2');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { total: number; hits: { recordId: string }[]; pageSize: number };
    expect(result.pageSize).toBe(2);
    expect(result.hits).toHaveLength(2);
    expect(result.total).toBeGreaterThanOrEqual(4);
    const like = JSON.parse(run('--archive', f.path, 'search', '--like', f.ezhovIds[0]!, '--json').out) as { hits: { recordId: string }[] };
    expect(like.hits.map((h) => h.recordId)).toContain(f.ezhovIds[1]);
  });

  it('refuses a bad --born and a missing archive clearly', () => {
    const bad = run('--archive', f.path, 'search', 'Ежов', '--born', 'soon');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/born/);
    const missing = run('--archive', join(out, 'none.sqlite'), 'search', 'Ежов');
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/no archive at/);
    expect(existsSync(join(out, 'none.sqlite'))).toBe(false);
  });
});

describe('unerased synth (spawned)', () => {
  it('writes one file per source, the truth and a manifest, all marked synthetic', () => {
    const dir = join(out, 'jsonl');
    const r = run('synth', '--people', '300', '--seed', '5', '--out', dir, '--json');
    expect(r.code).toBe(0);
    const manifest = JSON.parse(r.out) as { records: number; synthetic: boolean; sources: { file: string; citation: string; records: number }[] };
    expect(manifest.synthetic).toBe(true);
    expect(manifest.sources).toHaveLength(8);
    expect(manifest.sources.reduce((n, s) => n + s.records, 0)).toBe(manifest.records);
    const truth = readFileSync(join(dir, 'truth.csv'), 'utf8').trim().split('\n');
    expect(truth[0]).toBe('record_key,person_id');
    expect(truth).toHaveLength(manifest.records + 1);
    const first = JSON.parse(readFileSync(join(dir, 'S1.jsonl'), 'utf8').split('\n')[0]!) as Record<string, unknown>;
    expect(first.synthetic).toBe(true);
    expect(first.locator).toBe('S1 #1');
    for (const s of manifest.sources) expect(s.citation).toMatch(/SYNTHETIC/);
  });

  it('writes CSV with a header of record fields', () => {
    const dir = join(out, 'csv');
    expect(run('synth', '--people', '20', '--out', dir, '--format', 'csv').code).toBe(0);
    const header = readFileSync(join(dir, 'S1.csv'), 'utf8').split('\n')[0]!;
    expect(header.split(',').slice(0, 4)).toEqual(['locator', 'surname', 'givenName', 'patronymic']);
  });

  it('refuses a bad --people', () => {
    const r = run('synth', '--people', 'many', '--out', join(out, 'bad'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/--people must be a whole number/);
  });
});
