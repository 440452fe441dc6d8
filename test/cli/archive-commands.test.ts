/**
 * The archive commands run as processes: init, import, show, log, export, verify, rebuild,
 * checkpoint — their output, JSON and exit statuses, and verify against a file whose bytes
 * were changed behind the archive's back.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../archive/helpers.ts';
import { cli, cliJson } from './run-cli.ts';

const CSV = `Фамилия,Имя,Отчество,Год рождения,Дата ареста,Приговор,Дата расстрела,Примечание
Крон,Арнольд,Фрицевич,1884,12.08.1937,ВМН,17.05.1938,Zyxwvut marker
Ковальский,Ян,,ок. 1898,авг. 1937,ВМН,,
`;

let tmp: ReturnType<typeof tempDir>;
let archive: string;
let csv: string;

beforeAll(() => {
  tmp = tempDir();
  archive = join(tmp.dir, 'a.sqlite');
  csv = join(tmp.dir, 'list.csv');
  writeFileSync(csv, CSV);
});
afterAll(() => tmp.cleanup());

interface Summary {
  rows: number;
  added: number;
  existing: number;
  rejected: number;
  sourceIds: string[];
}

// Each spawn loads the whole command (all layers); on a busy 2-core machine that takes seconds.
describe('unerased archive commands', { timeout: 240_000 }, () => {
  let recordId: string;

  it('init creates the archive and says so', () => {
    const result = cliJson<{ created: boolean; entries: number; path: string }>(archive, ['init']);
    expect(result).toMatchObject({ created: true, entries: 1, path: archive });
    expect(cliJson<{ created: boolean }>(archive, ['init']).created).toBe(false);
  });

  it('import adds the rows once, and the summary is JSON', () => {
    const first = cliJson<Summary>(archive, ['import', csv, '--source', 'Тестовый список (синтетический)', '--synthetic']);
    expect(first).toMatchObject({ rows: 2, added: 2, existing: 0, rejected: 0 });
    const text = cli(archive, ['import', csv, '--source', 'Тестовый список (синтетический)', '--synthetic']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/added\s+0\n\s+existing\s+2 \(already in the archive\)/);
  });

  it('import exits 2 and names the report when rows are rejected, 1 on an unknown header', () => {
    const bad = join(tmp.dir, 'bad.csv');
    writeFileSync(bad, 'Фамилия,Имя\nИванов,Иван\nКороткий\n');
    const partial = cli(archive, ['import', bad, '--source', 'Плохой список']);
    expect(partial.status).toBe(2);
    expect(partial.stdout).toContain(`${bad}.report.csv`);
    expect(readFileSync(`${bad}.report.csv`, 'utf8')).toContain('3,(row),"row has 1 cells, the header has 2 (ragged row)"');
    const unknown = join(tmp.dir, 'unknown.csv');
    writeFileSync(unknown, 'Фамилия,Рост\nИванов,180\n');
    const refused = cli(archive, ['import', unknown, '--source', 'Плохой список']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('unknown.csv, line 1: unknown column "Рост" (column 2)');
  });

  it('show and log give a record and its history', () => {
    const log = cliJson<{ seq: number; kind: string; payload: { fields: { surname: { text: string } } } }[]>(archive, ['log', '--limit', '50']);
    const add = log.find((e) => e.kind === 'record.add' && e.payload.fields.surname.text === 'Крон')!;
    const show = cli(archive, ['show', String(add.seq), '--json']);
    const entry = JSON.parse(show.stdout) as { hash: string };
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
    recordId = `rec_${(JSON.parse(show.stdout) as { payloadHash: string }).payloadHash.slice(0, 24)}`;
    const record = cliJson<{ id: string; synthetic: boolean; fields: { executionDate: { norm: string } }; source: { citation: string } }>(archive, ['show', recordId]);
    expect(record).toMatchObject({ id: recordId, synthetic: true, fields: { executionDate: { norm: '1938-05-17' } } });
    expect(record.source.citation).toBe('Тестовый список (синтетический)');
    const text = cli(archive, ['show', recordId]);
    expect(text.stdout).toContain('[SYNTHETIC');
    expect(text.stdout).toMatch(/executionDate\s+17\.05\.1938\s+→ 1938-05-17/);
    const history = cliJson<{ kind: string }[]>(archive, ['log', recordId]);
    expect(history.map((e) => e.kind)).toEqual(['record.add']);
    expect(cli(archive, ['show', 'rec_000000000000000000000000']).stderr).toContain('no record rec_000000000000000000000000');
  });

  it('export writes files that import reads into a fresh archive with the same records', () => {
    for (const format of ['csv', 'jsonl']) {
      const out = join(tmp.dir, `out.${format}`);
      expect(cliJson<{ records: number }>(archive, ['export', out]).records).toBe(3);
      const fresh = join(tmp.dir, `fresh-${format}.sqlite`);
      expect(cliJson<Summary>(fresh, ['import', out])).toMatchObject({ added: 3, rejected: 0 });
      expect(cliJson<{ id: string }>(fresh, ['show', recordId]).id).toBe(recordId);
    }
  });

  it('rebuild replays the log; verify passes; a checkpoint verifies and a doctored one does not', () => {
    expect(cliJson<{ entries: number; projections: string[] }>(archive, ['rebuild']).projections).toContain('records');
    const verify = cli(archive, ['verify']);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/^ok: \d+ entries, head \d+ [0-9a-f]{64}/);
    const cpFile = join(tmp.dir, 'cp.json');
    expect(cli(archive, ['checkpoint', '--out', cpFile]).status).toBe(0);
    expect(cli(archive, ['verify', '--checkpoint', cpFile]).status).toBe(0);
    const cp = JSON.parse(readFileSync(cpFile, 'utf8')) as { headHash: string };
    writeFileSync(cpFile, JSON.stringify({ ...cp, headHash: cp.headHash.replace(/^./, (c) => (c === '0' ? '1' : '0')) }));
    const doctored = cli(archive, ['verify', '--checkpoint', cpFile]);
    expect(doctored.status).toBe(1);
    expect(doctored.stderr).toContain('bad checkpoint signature');
  });

  it('sources lists the sources with their record counts', () => {
    const list = cliJson<{ citation: string; records: number }[]>(archive, ['sources']);
    expect(list).toContainEqual(expect.objectContaining({ citation: 'Тестовый список (синтетический)', records: 2 }));
  });

  it('redact removes a payload, leaves a tombstone, and the chain still verifies', () => {
    const log = cliJson<{ seq: number; kind: string; payload?: { fields: { surname: { text: string } } } }[]>(archive, ['log', '--limit', '50']);
    const add = log.find((e) => e.kind === 'record.add' && e.payload?.fields.surname.text === 'Ковальский')!;
    const redaction = cliJson<{ seq: number; kind: string }>(archive, ['redact', String(add.seq), '--reason', 'test of privacy redaction', '--actor', 'moderator']);
    expect(redaction.kind).toBe('redact');
    const entry = cliJson<{ payload?: unknown; redaction: { actor: string; reason: string } }>(archive, ['show', String(add.seq)]);
    expect(entry.payload).toBeUndefined();
    expect(entry.redaction).toMatchObject({ actor: 'moderator', reason: 'test of privacy redaction' });
    expect(cli(archive, ['verify']).status).toBe(0);
  });

  it('verify fails naming the entry whose payload had a byte flipped in the file', () => {
    const seq = cliJson<{ seq: number }[]>(archive, ['log', recordId])[0]!.seq;
    expect(existsSync(`${archive}-wal`)).toBe(false); // closed cleanly: everything is in the main file
    const bytes = readFileSync(archive);
    const marker = Buffer.from('Zyxwvut');
    let flipped = 0;
    for (let at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1)) {
      bytes[at + 6] = 'u'.charCodeAt(0); // Zyxwvut → Zyxwvuu, wherever the text is stored
      flipped += 1;
    }
    expect(flipped).toBeGreaterThan(0);
    writeFileSync(archive, bytes);
    const result = cli(archive, ['verify']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`FAILED at entry ${seq}: entry ${seq} (record.add): payload does not match its hash (tampered payload)`);
    const json = JSON.parse(cli(archive, ['verify', '--json']).stdout) as { ok: boolean; firstBad: { seq: number } };
    expect(json).toMatchObject({ ok: false, firstBad: { seq } });
  });

  it('lists every archive command in --help', () => {
    const help = cli(archive, ['--help']);
    expect(help.status).toBe(0);
    for (const command of ['init', 'import', 'show', 'log', 'export', 'verify', 'rebuild', 'checkpoint']) {
      expect(help.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });
});
