/**
 * A crash midway: the import process is killed with SIGKILL while it is writing a large file.
 * The archive must verify afterwards and hold nothing of that import.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { countRecords, listSources, openArchive, verify } from '../../src/archive/index.ts';
import { importFile } from '../../src/ingest/index.ts';
import { tempDir } from '../archive/helpers.ts';
import { cliSpawn } from './run-cli.ts';

/** Rows in the file being killed: far more than can be written before the kill. */
const BIG_ROWS = 200_000;
/** WAL bytes that show the import is well under way (pages spilled from its transaction). */
const UNDER_WAY_BYTES = 1024 * 1024;

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

it('leaves the archive verified and without any part of the killed import', async () => {
  const archivePath = join(tmp.dir, 'a.sqlite');
  const small = join(tmp.dir, 'small.csv');
  writeFileSync(small, 'Фамилия,Имя,Год рождения\nКрон,Арнольд,1884\nКовальский,Ян,1898\n');
  const before = openArchive(archivePath);
  await importFile(before, small, { source: { citation: 'Маленький список' } });
  const head = before.head();
  before.close();

  const lines = ['Фамилия,Имя,Отчество,Год рождения,Место рождения,Дата ареста,Приговор,Дата расстрела'];
  for (let i = 0; i < BIG_ROWS; i++) lines.push(`Иванов${i},Пётр,Сергеевич,${1880 + (i % 40)},д. Заречье Минской губ.,12.08.1937,ВМН,20.09.1937`);
  const big = join(tmp.dir, 'big.csv');
  writeFileSync(big, `${lines.join('\n')}\n`);

  const child = cliSpawn(archivePath, ['import', big, '--source', 'Большой список (синтетический)', '--synthetic']);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let finished = false;
  void exited.then(() => {
    finished = true;
  });
  const wal = `${archivePath}-wal`;
  while (!finished && !(existsSync(wal) && statSync(wal).size > UNDER_WAY_BYTES)) await new Promise((r) => setTimeout(r, 50));
  expect(finished).toBe(false); // still importing: the kill lands midway
  child.kill('SIGKILL');
  expect((await exited).signal).toBe('SIGKILL');

  const after = openArchive(archivePath);
  try {
    expect(verify(after)).toMatchObject({ ok: true, count: head.seq, headHash: head.hash });
    expect(countRecords(after)).toBe(2);
    expect(listSources(after).map((s) => s.citation)).toEqual(['Маленький список']);
  } finally {
    after.close();
  }
}, 180_000);
