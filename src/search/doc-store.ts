/**
 * The index's documents held in memory, column by column, for ranking, filtering and facets.
 * A query scores thousands of candidates; reading each one's row from SQLite cost more than
 * everything else a search does. Here a candidate is a few array reads: text columns are
 * interned (a surname sound or a nationality is shared by thousands of records, so each
 * distinct string is held once) and numbers live in typed arrays indexed by doc id.
 *
 * The store follows the table: doc ids only grow (AUTOINCREMENT), a refiled record gets a new
 * doc, and the store loads the rows past the last one it holds before each search. A removed
 * doc stays in the store but is never a candidate again (its keys are gone from search_keys).
 */
import type Database from 'better-sqlite3';
import { cachedPerDb } from '../archive/index.ts';
import type { RankableDoc } from './rank.ts';

/** A row of search_docs. */
export interface DocRow extends RankableDoc {
  doc: number;
  record_id: string;
  source_id: string;
  nationality: string;
  sentence: string;
  arrest_year: number | null;
  operation: string;
  synthetic: number;
}

/**
 * What the store holds of a row: all that ranking (without its reasons), filters and facets
 * read. The record id and the birth date as written are left in SQLite: each is nearly unique,
 * so holding them would cost most of the memory and loading time, and only the page of hits
 * shown needs them.
 */
export type StoredRow = Omit<DocRow, 'record_id' | 'birth_text'>;

/** Doc ids the arrays make room for at first; they double when full. */
const INITIAL_CAPACITY = 1 << 16;
/** Marks a missing year in the Int16 columns (years are 1600–2100). */
const NO_YEAR = -32768;

/** Interned strings: each distinct value once, referred to by a small integer. */
class Strings {
  readonly values: string[] = [''];
  private readonly ids = new Map<string, number>([['', 0]]);
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/** The columns a search reads, in the order of the loading query. */
const LOAD_COLUMNS = `doc, surname, given, patronymic, surname_norm, surname_latin, surname_keys, given_keys,
  patronymic_keys, birth_min, birth_max, place, region, nationality, sentence, arrest_year, operation,
  source_id, synthetic`;
type LoadRow = [number, string, string, string, string, string, string, string, string, number | null, number | null, string, string, string, string, number | null, string, string, number];

/** Bits of the `flags` column. */
const PRESENT = 1;
const SYNTHETIC = 2;

/** Which text columns are interned, and into which table (names and keys share one). */
const TEXT_COLUMNS = ['surname', 'given', 'patronymic', 'surnameNorm', 'surnameLatin', 'surnameKeys', 'givenKeys', 'patronymicKeys', 'place', 'region', 'nationality', 'sentence', 'operation', 'source'] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];

export class DocStore {
  /** One table for all text: names, keys and facet values overlap little, and one Map is simplest. */
  readonly strings = new Strings();
  private capacity = 0;
  private text = {} as Record<TextColumn, Int32Array>;
  private birthMin = new Int16Array(0);
  private birthMax = new Int16Array(0);
  private arrestYear = new Int16Array(0);
  private flags = new Uint8Array(0);
  /** Highest doc id loaded. */
  private loadedTo = 0;

  constructor(private readonly db: Database.Database) {
    this.grow(INITIAL_CAPACITY);
  }

  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Int16Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    for (const column of TEXT_COLUMNS) this.text[column] = copy(this.text[column] ?? new Int32Array(0), (n) => new Int32Array(n));
    this.birthMin = copy(this.birthMin, (n) => new Int16Array(n));
    this.birthMax = copy(this.birthMax, (n) => new Int16Array(n));
    this.arrestYear = copy(this.arrestYear, (n) => new Int16Array(n));
    this.flags = copy(this.flags, (n) => new Uint8Array(n));
    this.capacity = capacity;
  }

  /** Loads the rows added since the last call; returns how many. */
  refresh(): number {
    const rows = statements(this.db).since.raw().iterate(this.loadedTo) as IterableIterator<LoadRow>;
    let loaded = 0;
    for (const row of rows) {
      const doc = row[0];
      if (doc >= this.capacity) this.grow(Math.max(this.capacity * 2, doc + 1));
      const t = this.text;
      const s = this.strings;
      t.surname[doc] = s.id(row[1]);
      t.given[doc] = s.id(row[2]);
      t.patronymic[doc] = s.id(row[3]);
      t.surnameNorm[doc] = s.id(row[4]);
      t.surnameLatin[doc] = s.id(row[5]);
      t.surnameKeys[doc] = s.id(row[6]);
      t.givenKeys[doc] = s.id(row[7]);
      t.patronymicKeys[doc] = s.id(row[8]);
      this.birthMin[doc] = row[9] ?? NO_YEAR;
      this.birthMax[doc] = row[10] ?? NO_YEAR;
      t.place[doc] = s.id(row[11]);
      t.region[doc] = s.id(row[12]);
      t.nationality[doc] = s.id(row[13]);
      t.sentence[doc] = s.id(row[14]);
      this.arrestYear[doc] = row[15] ?? NO_YEAR;
      t.operation[doc] = s.id(row[16]);
      t.source[doc] = s.id(row[17]);
      this.flags[doc] = PRESENT | (row[18] === 1 ? SYNTHETIC : 0);
      this.loadedTo = doc;
      loaded++;
    }
    return loaded;
  }

  /** Loads new rows unless a write transaction is open on this connection (its rows may yet roll back). */
  current(): this {
    if (!this.db.inTransaction) this.refresh();
    return this;
  }

  has(doc: number): boolean {
    return doc < this.capacity && (this.flags[doc]! & PRESENT) !== 0;
  }

  private textOf(doc: number, column: TextColumn): string {
    return this.strings.values[this.text[column][doc]!]!;
  }

  /** A doc as the store holds it (the strings are the interned ones: nothing is copied). */
  row(doc: number): StoredRow {
    const min = this.birthMin[doc]!;
    const max = this.birthMax[doc]!;
    const arrest = this.arrestYear[doc]!;
    return {
      doc,
      source_id: this.textOf(doc, 'source'),
      nationality: this.textOf(doc, 'nationality'),
      sentence: this.textOf(doc, 'sentence'),
      arrest_year: arrest === NO_YEAR ? null : arrest,
      operation: this.textOf(doc, 'operation'),
      synthetic: (this.flags[doc]! & SYNTHETIC) !== 0 ? 1 : 0,
      surname: this.textOf(doc, 'surname'),
      given: this.textOf(doc, 'given'),
      patronymic: this.textOf(doc, 'patronymic'),
      surname_norm: this.textOf(doc, 'surnameNorm'),
      surname_latin: this.textOf(doc, 'surnameLatin'),
      surname_keys: this.textOf(doc, 'surnameKeys'),
      given_keys: this.textOf(doc, 'givenKeys'),
      patronymic_keys: this.textOf(doc, 'patronymicKeys'),
      birth_min: min === NO_YEAR ? null : min,
      birth_max: max === NO_YEAR ? null : max,
      place: this.textOf(doc, 'place'),
      region: this.textOf(doc, 'region'),
    };
  }
}

const statements = cachedPerDb((db) => ({
  since: db.prepare(`SELECT ${LOAD_COLUMNS} FROM search_docs WHERE doc > ? ORDER BY doc`),
}));

/** The store of a connection, created (and filled) on first use. */
export const docStore = cachedPerDb((db) => new DocStore(db));
