/** `unerased parse`, spawned as a process: an entry, a statement, a file, and bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/unerased.js', import.meta.url));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'parse', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Moscow shooting lists (mos.memo.ru), as published.
const KRON =
  'Крон Арнольд Фрицевич — род. 1884, Лифляндская губ. (Пальцамская волость), Валкский уезд, усадьбы Стражас, латыш, б/п, Кирижский лесохимкомбинат: начальник обследовательской партии. Адрес: 1-я Авиамоторная ул., д.1, кв. 1. Рассстрелян 17.05.1938. Место захоронения: Бутово.';

describe('unerased parse (spawned)', () => {
  it('prints each field with its norm and span', () => {
    const r = run(KRON);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^executionDate\s+17\.05\.1938 {2}→ 1938-05-17 {2}\[\d+–\d+\)$/mu);
    expect(r.out).toMatch(/^nationality\s+латыш {2}→ latvian/mu);
    expect(r.out).toMatch(/^burialPlace\s+Бутово {2}→ butovo/mu);
  });

  it('--json gives the ParsedEntry', () => {
    const r = run('--json', KRON);
    expect(r.code).toBe(0);
    const entry = JSON.parse(r.out) as { fields: Record<string, { text: string; norm?: string; span: [number, number] }>; unparsed: string[] };
    expect(entry.fields.birthDate).toEqual({ text: '1884', norm: '1884', span: [29, 33] });
    expect(KRON.slice(29, 33)).toBe('1884');
    expect(entry.unparsed).toEqual([]);
  });

  it('--statement reads one statement', () => {
    const r = run('--json', '--statement', 'sentenced', 'тройкой УНКВД КК 12 ноября 1937 г., обв.: КРА.');
    expect(r.code).toBe(0);
    const entry = JSON.parse(r.out) as { fields: Record<string, { norm?: string }> };
    expect(entry.fields.sentencingBody!.norm).toBe('nkvd-troika');
    expect(entry.fields.charge!.norm).toBe('KRA');
  });

  it('--file summarises a book, one entry per paragraph', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unerased-parse-'));
    const file = join(dir, 'book.txt');
    writeFileSync(file, `${KRON}\n\n${KRON.replace('Бутово', 'Неизвестно')}\n\nпросто строка без дат\n`);
    const r = run('--json', '--file', file);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out) as { entries: number; fields: { field: string; parsed: number; leftAsText: number }[] };
    expect(summary.entries).toBe(3);
    expect(summary.fields.find((f) => f.field === 'burialPlace')).toEqual({ field: 'burialPlace', parsed: 1, leftAsText: 1 });
    const text = run('--file', file);
    expect(text.out).toMatch(/3 entries/u);
    expect(text.out).toMatch(/commonest fragments left unparsed:\n\s+1 {2}просто строка без дат/u);
  });

  it('refuses an unknown statement kind and an empty entry with clear messages', () => {
    const bad = run('--statement', 'nope', 'x');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/unknown --statement "nope"; known: arrested/u);
    const empty = run();
    expect(empty.code).not.toBe(0);
    expect(empty.err).toMatch(/give the entry as arguments, or a file with --file/u);
  });
});
