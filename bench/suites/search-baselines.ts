/**
 * The two baselines of the search benchmark, built in the same archive file (their tables
 * stay in it, so that a serving process can measure their memory too):
 *   exact    — surname and given name equal after normalisation (case, accents, punctuation),
 *              ordered by distance of the birth year: what a plain database query gives.
 *   trigram  — SQLite FTS5 with the trigram tokenizer over the raw names, any query trigram
 *              matching, ordered by bm25: the usual "fuzzy" search a developer reaches for.
 */
import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { normalizeName } from '../../src/names/index.ts';
import type { BenchQuery } from './search.bench.ts';

/** What a baseline reads of a query. */
export type BaselineQuery = Pick<BenchQuery, 'surname' | 'givenName' | 'year'>;

export interface BaselineBuild {
  exactSeconds: number;
  trigramSeconds: number;
  /** What each baseline's tables and index add to the archive file. */
  exactBytes: number;
  trigramBytes: number;
}

interface FieldsRow {
  id: string;
  fields: string;
}

function birthYear(text: string | undefined): number | null {
  const m = text ? /\b(1[89]\d\d)\b/.exec(text) : null;
  return m ? Number(m[1]) : null;
}

/** The archive file's size with everything written back from the WAL. */
function fileBytes(db: Database.Database): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(db.name).size;
}

export function buildBaselines(db: Database.Database): BaselineBuild {
  db.exec(`
    DROP TABLE IF EXISTS bench_exact; DROP TABLE IF EXISTS bench_trigram;
    CREATE TABLE bench_exact (surname TEXT, given TEXT, birth INTEGER, record_id TEXT);
    CREATE VIRTUAL TABLE bench_trigram USING fts5(name, record_id UNINDEXED, tokenize = 'trigram');
  `);
  const rows = db.prepare('SELECT id, fields FROM records').iterate() as IterableIterator<FieldsRow>;
  const parsed: { id: string; surname: string; given: string; patronymic: string; birth: number | null }[] = [];
  for (const row of rows) {
    const f = JSON.parse(row.fields) as Record<string, { text: string } | undefined>;
    parsed.push({ id: row.id, surname: f.surname?.text ?? '', given: f.givenName?.text ?? '', patronymic: f.patronymic?.text ?? '', birth: birthYear(f.birthDate?.text) });
  }
  const bytes0 = fileBytes(db);
  let t = performance.now();
  const insertExact = db.prepare('INSERT INTO bench_exact VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const r of parsed) insertExact.run(normalizeName(r.surname), normalizeName(r.given), r.birth, r.id);
    db.exec('CREATE INDEX bench_exact_names ON bench_exact (surname, given)');
  })();
  const exactSeconds = (performance.now() - t) / 1000;
  const bytes1 = fileBytes(db);
  t = performance.now();
  const insertTrigram = db.prepare('INSERT INTO bench_trigram (name, record_id) VALUES (?, ?)');
  db.transaction(() => {
    for (const r of parsed) insertTrigram.run(`${r.surname} ${r.given} ${r.patronymic}`, r.id);
  })();
  const trigramSeconds = (performance.now() - t) / 1000;
  return { exactSeconds, trigramSeconds, exactBytes: bytes1 - bytes0, trigramBytes: fileBytes(db) - bytes1 };
}

export function exactBaseline(db: Database.Database, q: BaselineQuery): string[] {
  const rows = db
    .prepare('SELECT record_id, birth FROM bench_exact WHERE surname = ? AND given = ?')
    .all(normalizeName(q.surname), normalizeName(q.givenName)) as { record_id: string; birth: number | null }[];
  const off = (b: number | null) => (b === null ? 99 : Math.abs(b - q.year));
  return rows.sort((a, b) => off(a.birth) - off(b.birth)).map((r) => r.record_id);
}

export function trigramBaseline(db: Database.Database, q: BaselineQuery): string[] {
  const trigrams = new Set<string>();
  for (const word of `${q.surname} ${q.givenName}`.toLowerCase().split(/\s+/)) {
    for (let i = 0; i + 3 <= word.length; i++) trigrams.add(word.slice(i, i + 3).replace(/"/g, '""'));
  }
  if (trigrams.size === 0) return [];
  const match = [...trigrams].map((t) => `"${t}"`).join(' OR ');
  return db.prepare('SELECT record_id FROM bench_trigram WHERE bench_trigram MATCH ? ORDER BY rank LIMIT 10').pluck().all(match) as string[];
}
