/**
 * The index's documents held in memory, column by column, for ranking, filtering and facets.
 * A query scores thousands of candidates; reading each one's row from SQLite cost more than
 * everything else a search does. Here a candidate is a few array reads: text columns are
 * interned (a surname sound or a nationality is shared by thousands of records, so each
 * distinct string is held once) and numbers live in typed arrays indexed by doc id.
 *
 * The store follows the table: doc ids only grow (AUTOINCREMENT), a refiled record gets a new
 * doc, and the store loads the rows past the last one it holds before each search. A removed
 * doc stays in the store but is never a candidate again (its keys are gone from search_postings).
 *
 * The rows of a full build are thin: their columns are only in the store's snapshot
 * (doc-store-snapshot.ts), which a store restores before anything else. A store that meets a
 * thin row past what it holds (another connection rebuilt the index) restores the snapshot.
 */
import type Database from 'better-sqlite3';
import { cachedPerDb } from '../archive/index.ts';
import type { RankableDoc } from './rank.ts';
import { StringTable } from '../domain/dictionary.ts';
import type { SearchDoc } from './document.ts';
import { readStoreSnapshot, savedBuildOf } from './doc-store-snapshot.ts';

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
/** Rows loaded per step: a step takes ~0.2 s, so a server loading in the background stays responsive. */
const LOAD_CHUNK = 25_000;
/** Marks a missing year in the Int16 columns (years are 1600–2100). */
const NO_YEAR = -32768;

/** The columns a search reads, in the order of the loading query. */
const LOAD_COLUMNS = `doc, surname, given, patronymic, surname_norm, surname_latin, surname_keys, given_keys,
  patronymic_keys, birth_min, birth_max, place, region, nationality, sentence, arrest_year, operation,
  source_id, synthetic`;
export type LoadRow = [number, string, string, string, string, string, string, string, string, number | null, number | null, string, string, string, string, number | null, string, string, number];
/** A thin row of the loading query (a full build's: every column NULL but the doc). */
const isThin = (row: LoadRow): boolean => (row[1] as string | null) === null;

/** Bits of the `flags` column. */
const PRESENT = 1;
const SYNTHETIC = 2;

/**
 * The interned text columns, in the order they are held: one Int32Array row of STRIDE cells a
 * doc, read together when a candidate is ranked.
 */
const SURNAME = 0, GIVEN = 1, PATRONYMIC = 2, SURNAME_NORM = 3, SURNAME_LATIN = 4, SURNAME_KEYS = 5, GIVEN_KEYS = 6;
const PATRONYMIC_KEYS = 7, PLACE = 8, REGION = 9, NATIONALITY = 10, SENTENCE = 11, OPERATION = 12, SOURCE = 13;
/** Text columns a doc (doc-batch.ts makes a batch's columns in this order). */
export const STRIDE = 14;

export class DocStore {
  /**
   * One table for all text: names, keys and facet values overlap little. A store restored from
   * a snapshot indexes only the strings put since (a serving process reads strings by id and
   * never needs the others found: indexing millions of them cost it ~3 s and hundreds of MB).
   */
  private strings: StringTable;
  private capacity = 0;
  private cells: Int32Array = new Int32Array(0);
  private birthMin: Int16Array = new Int16Array(0);
  private birthMax: Int16Array = new Int16Array(0);
  private arrestYear: Int16Array = new Int16Array(0);
  private flags: Uint8Array = new Uint8Array(0);
  /** Highest doc id loaded. */
  private loadedTo = 0;
  /** A background load is under way (warmInBackground). */
  private warming = false;

  constructor(private readonly db: Database.Database) {
    // Id 0 is the empty string: the value of every cell of a row not loaded yet.
    this.strings = new StringTable();
    this.strings.intern('');
    this.grow(INITIAL_CAPACITY);
  }

  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Int16Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.cells = copy(this.cells, new Int32Array(capacity * STRIDE));
    this.birthMin = copy(this.birthMin, new Int16Array(capacity));
    this.birthMax = copy(this.birthMax, new Int16Array(capacity));
    this.arrestYear = copy(this.arrestYear, new Int16Array(capacity));
    this.flags = copy(this.flags, new Uint8Array(capacity));
    this.capacity = capacity;
  }

  /** Loads the rows added since the last call; returns how many. */
  refresh(): number {
    let loaded = 0;
    for (let chunk = this.load(LOAD_CHUNK); chunk > 0; chunk = this.load(LOAD_CHUNK)) loaded += chunk;
    return loaded;
  }

  /**
   * Loads everything in chunks, letting other work (a server's requests) run between them.
   * Until it is done, searches read the rows not yet loaded from SQLite (slower, same results).
   */
  async warmInBackground(step = LOAD_CHUNK): Promise<number> {
    this.warming = true;
    let loaded = 0;
    try {
      for (;;) {
        const chunk = this.db.inTransaction ? 0 : this.load(step);
        loaded += chunk;
        if (chunk < step && !this.db.inTransaction) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.warming = false;
    }
    return loaded;
  }

  /** Loads at most `limit` rows past the last one held; returns how many (or how many the snapshot added). */
  private load(limit: number): number {
    const rows = statements(this.db).since.raw().iterate(this.loadedTo, limit) as IterableIterator<LoadRow>;
    let loaded = 0;
    let thin: number | undefined;
    for (const row of rows) {
      if (isThin(row)) {
        thin = row[0];
        break;
      }
      this.put(row);
      loaded++;
    }
    if (thin === undefined) return loaded;
    const before = this.loadedTo;
    this.restoreSaved(thin);
    return Math.max(1, this.loadedTo - before);
  }

  /**
   * Takes the saved snapshot in place of what this store holds: it was made before a full
   * build (on another connection) that emptied the index and left thin rows up to `doc`.
   */
  private restoreSaved(doc: number): void {
    const snapshot = readStoreSnapshot(this.db);
    if (!snapshot || snapshot.lastDoc < doc) {
      throw new Error(`search index: document ${doc} has only its record id, and no saved document store holds the rest (rebuild the index)`);
    }
    this.hold(snapshot);
  }

  /**
   * A doc whose row is thin, held: restores the saved snapshot first when this store was made
   * before the build that wrote it.
   */
  savedRow(doc: number): StoredRow {
    if (!this.has(doc)) this.restoreSaved(doc);
    return this.row(doc);
  }

  /**
   * Holds one row (the columns of the loading query, in its order): loaded from SQLite, or put
   * by a build as it files the doc (docs come in ascending order either way).
   */
  put(row: LoadRow): void {
    const doc = row[0];
    if (doc >= this.capacity) this.grow(Math.max(this.capacity * 2, doc + 1));
    const c = this.cells;
    const s = this.strings;
    const base = doc * STRIDE;
    c[base + SURNAME] = s.intern(row[1]);
    c[base + GIVEN] = s.intern(row[2]);
    c[base + PATRONYMIC] = s.intern(row[3]);
    c[base + SURNAME_NORM] = s.intern(row[4]);
    c[base + SURNAME_LATIN] = s.intern(row[5]);
    c[base + SURNAME_KEYS] = s.intern(row[6]);
    c[base + GIVEN_KEYS] = s.intern(row[7]);
    c[base + PATRONYMIC_KEYS] = s.intern(row[8]);
    this.birthMin[doc] = row[9] ?? NO_YEAR;
    this.birthMax[doc] = row[10] ?? NO_YEAR;
    c[base + PLACE] = s.intern(row[11]);
    c[base + REGION] = s.intern(row[12]);
    c[base + NATIONALITY] = s.intern(row[13]);
    c[base + SENTENCE] = s.intern(row[14]);
    this.arrestYear[doc] = row[15] ?? NO_YEAR;
    c[base + OPERATION] = s.intern(row[16]);
    c[base + SOURCE] = s.intern(row[17]);
    this.flags[doc] = PRESENT | (row[18] === 1 ? SYNTHETIC : 0);
    this.loadedTo = doc;
  }

  /**
   * The id of a string in the store's table (added when new): for putInterned. `hash` is its
   * stringHash (domain/dictionary.ts), when the caller has it (a build's batch does).
   */
  intern(text: string, hash?: number): number {
    return this.strings.intern(text, hash);
  }

  /**
   * Holds one doc a build files, its text columns already interned (STRIDE ids from `ids`,
   * starting at `from`, in the store's column order: doc-batch.ts makes them in that order).
   * The same as `put` of the doc's row.
   */
  putInterned(doc: number, ids: ArrayLike<number>, from: number, birthMin: number | null, birthMax: number | null, arrestYear: number | null, synthetic: boolean): void {
    if (doc >= this.capacity) this.grow(Math.max(this.capacity * 2, doc + 1));
    const base = doc * STRIDE;
    for (let c = 0; c < STRIDE; c++) this.cells[base + c] = ids[from + c]!;
    this.birthMin[doc] = birthMin ?? NO_YEAR;
    this.birthMax[doc] = birthMax ?? NO_YEAR;
    this.arrestYear[doc] = arrestYear ?? NO_YEAR;
    this.flags[doc] = PRESENT | (synthetic ? SYNTHETIC : 0);
    this.loadedTo = doc;
  }

  /** How many documents the store holds (restored from a snapshot or loaded). */
  get size(): number {
    let held = 0;
    for (let doc = 0; doc <= this.loadedTo && doc < this.capacity; doc++) if (this.flags[doc]! & PRESENT) held++;
    return held;
  }

  /** Highest doc id held (0 when none). */
  get lastDoc(): number {
    return this.loadedTo;
  }

  /** What the store holds, as arrays (to persist it: doc-store-snapshot.ts). */
  toSnapshot(): StoreSnapshot {
    const docs = this.loadedTo + 1;
    return {
      lastDoc: this.loadedTo,
      strings: this.strings.values,
      cells: this.cells.subarray(0, docs * STRIDE),
      birthMin: this.birthMin.subarray(0, docs),
      birthMax: this.birthMax.subarray(0, docs),
      arrestYear: this.arrestYear.subarray(0, docs),
      flags: this.flags.subarray(0, docs),
    };
  }

  /** A store holding what a snapshot held; it goes on loading the rows filed since. */
  static fromSnapshot(db: Database.Database, snapshot: StoreSnapshot): DocStore {
    const store = new DocStore(db);
    store.hold(snapshot);
    return store;
  }

  /** Holds what a snapshot holds, and nothing else. */
  private hold(snapshot: StoreSnapshot): void {
    if (snapshot.strings[0] !== '') throw new Error('search document snapshot: its first string is not the empty string');
    // The strings are copied (a snapshot may be another store's live arrays) but not indexed.
    const strings = new StringTable(snapshot.strings.slice());
    const docs = snapshot.lastDoc + 1;
    const lengths = [snapshot.cells.length, snapshot.birthMin.length, snapshot.birthMax.length, snapshot.arrestYear.length, snapshot.flags.length];
    if (lengths.some((n, i) => n !== (i === 0 ? docs * STRIDE : docs))) throw new Error('search document snapshot: its arrays do not match its last doc');
    for (const cell of snapshot.cells) if (cell < 0 || cell >= strings.size) throw new Error('search document snapshot: a cell refers to no string');
    this.strings = strings;
    const own = (array: Int32Array | Int16Array | Uint8Array): boolean => array.byteOffset === 0 && array.byteLength === array.buffer.byteLength;
    if ([snapshot.cells, snapshot.birthMin, snapshot.birthMax, snapshot.arrestYear, snapshot.flags].every(own)) {
      // Arrays that own their memory (a snapshot read from its table) are held as they are: a
      // copy doubled the store's memory while it loaded. Sharing them is safe, since a held doc
      // is never written again and a new one past them grows the store into new arrays first.
      this.cells = snapshot.cells;
      this.birthMin = snapshot.birthMin;
      this.birthMax = snapshot.birthMax;
      this.arrestYear = snapshot.arrestYear;
      this.flags = snapshot.flags;
      this.capacity = docs;
    } else {
      this.capacity = 0;
      this.cells = new Int32Array(0);
      this.birthMin = new Int16Array(0);
      this.birthMax = new Int16Array(0);
      this.arrestYear = new Int16Array(0);
      this.flags = new Uint8Array(0);
      this.grow(Math.max(INITIAL_CAPACITY, docs));
      this.cells.set(snapshot.cells);
      this.birthMin.set(snapshot.birthMin);
      this.birthMax.set(snapshot.birthMax);
      this.arrestYear.set(snapshot.arrestYear);
      this.flags.set(snapshot.flags);
    }
    this.loadedTo = snapshot.lastDoc;
  }

  /**
   * Loads new rows unless a write transaction is open on this connection (its rows may yet roll
   * back) or a background load is under way (it will reach them).
   */
  current(): this {
    if (!this.db.inTransaction && !this.warming) this.refresh();
    return this;
  }

  has(doc: number): boolean {
    return doc < this.capacity && (this.flags[doc]! & PRESENT) !== 0;
  }

  /**
   * The docs held past `after` whose columns pass `filter`, in doc order, at most `limit`
   * (read from the arrays: a scan of millions makes no row objects). Removed docs are among
   * them: the caller checks them against the table.
   */
  matching(filter: DocFilter, after: number, limit: number): number[] {
    const v = this.strings.values;
    const c = this.cells;
    const text = (doc: number, column: number): string => v[c[doc * STRIDE + column]!]!;
    const year = (array: Int16Array, doc: number): number | undefined => (array[doc] === NO_YEAR ? undefined : array[doc]);
    const { nationality, sentence, source, operation, arrestedFrom, arrestedTo, bornFrom, bornTo } = filter;
    const found: number[] = [];
    const last = Math.min(this.loadedTo, this.capacity - 1);
    for (let doc = after + 1; doc <= last && found.length < limit; doc++) {
      if ((this.flags[doc]! & PRESENT) === 0) continue;
      if (nationality !== undefined && text(doc, NATIONALITY) !== nationality) continue;
      if (sentence !== undefined && text(doc, SENTENCE) !== sentence) continue;
      if (source !== undefined && text(doc, SOURCE) !== source) continue;
      if (operation !== undefined && text(doc, OPERATION) !== operation) continue;
      if (arrestedFrom !== undefined || arrestedTo !== undefined) {
        const arrest = year(this.arrestYear, doc);
        if (arrest === undefined || arrest < (arrestedFrom ?? -Infinity) || arrest > (arrestedTo ?? Infinity)) continue;
      }
      if (bornFrom !== undefined && bornTo !== undefined) {
        const min = year(this.birthMin, doc);
        const max = year(this.birthMax, doc);
        if (min === undefined || max === undefined || max < bornFrom || min > bornTo) continue;
      }
      found.push(doc);
    }
    return found;
  }

  /** A doc as the store holds it (the strings are the interned ones: nothing is copied). */
  row(doc: number): StoredRow {
    const v = this.strings.values;
    const c = this.cells;
    const base = doc * STRIDE;
    const min = this.birthMin[doc]!;
    const max = this.birthMax[doc]!;
    const arrest = this.arrestYear[doc]!;
    return {
      doc,
      surname: v[c[base + SURNAME]!]!,
      given: v[c[base + GIVEN]!]!,
      patronymic: v[c[base + PATRONYMIC]!]!,
      surname_norm: v[c[base + SURNAME_NORM]!]!,
      surname_latin: v[c[base + SURNAME_LATIN]!]!,
      surname_keys: v[c[base + SURNAME_KEYS]!]!,
      given_keys: v[c[base + GIVEN_KEYS]!]!,
      patronymic_keys: v[c[base + PATRONYMIC_KEYS]!]!,
      birth_min: min === NO_YEAR ? null : min,
      birth_max: max === NO_YEAR ? null : max,
      place: v[c[base + PLACE]!]!,
      region: v[c[base + REGION]!]!,
      source_id: v[c[base + SOURCE]!]!,
      nationality: v[c[base + NATIONALITY]!]!,
      sentence: v[c[base + SENTENCE]!]!,
      arrest_year: arrest === NO_YEAR ? null : arrest,
      operation: v[c[base + OPERATION]!]!,
      synthetic: (this.flags[doc]! & SYNTHETIC) !== 0 ? 1 : 0,
    };
  }
}

/**
 * What a filter-only search asks of a doc (search.ts): the facet values it must have, the
 * years its arrest and its birth must fall in (a birth range overlapping bornFrom..bornTo).
 */
export interface DocFilter {
  nationality?: string;
  sentence?: string;
  source?: string;
  operation?: string;
  arrestedFrom?: number;
  arrestedTo?: number;
  bornFrom?: number;
  bornTo?: number;
}

const statements = cachedPerDb((db) => ({
  since: db.prepare(`SELECT ${LOAD_COLUMNS} FROM search_docs WHERE doc > ? ORDER BY doc LIMIT ?`),
  one: db.prepare(`SELECT ${LOAD_COLUMNS} FROM search_docs WHERE doc = ?`),
}));

/** A row of the loading query as the store gives it. */
function storedRowOfLoad(row: LoadRow): StoredRow {
  return {
    doc: row[0], surname: row[1], given: row[2], patronymic: row[3], surname_norm: row[4], surname_latin: row[5],
    surname_keys: row[6], given_keys: row[7], patronymic_keys: row[8], birth_min: row[9], birth_max: row[10], place: row[11],
    region: row[12], nationality: row[13], sentence: row[14], arrest_year: row[15], operation: row[16], source_id: row[17],
    synthetic: row[18],
  };
}

/**
 * The columns of a doc of search_docs (found there by its record id), wherever they are: in
 * the connection's store, in its row (filed since the store was loaded, maybe in a transaction
 * still open), or, for a thin row the store does not hold yet, in the saved snapshot.
 */
export function storedRowOf(db: Database.Database, doc: number): StoredRow | undefined {
  const store = docStore(db).current();
  if (store.has(doc)) return store.row(doc);
  const row = statements(db).one.raw().get(doc) as LoadRow | undefined;
  if (!row) return undefined;
  return isThin(row) ? store.savedRow(doc) : storedRowOfLoad(row);
}

/** The arrays of a store (doc-store-snapshot.ts persists them). */
export interface StoreSnapshot {
  lastDoc: number;
  /** The interned strings, by id (id 0 is ''). */
  strings: readonly string[];
  /** STRIDE string ids a doc, docs 0..lastDoc. */
  cells: Int32Array;
  birthMin: Int16Array;
  birthMax: Int16Array;
  arrestYear: Int16Array;
  flags: Uint8Array;
}

/** A doc as a row of the loading query (what a build puts in the store as it files it). */
export function loadRowOf(doc: number, d: SearchDoc): LoadRow {
  return [
    doc, d.surname, d.givenName, d.patronymic, d.surnameNorm, d.surnameLatin, d.surnameKeys.join(' '), d.givenKeys.join(' '),
    d.patronymicKeys.join(' '), d.birthMin ?? null, d.birthMax ?? null, d.place, d.region, d.nationality, d.sentence,
    d.arrestYear ?? null, d.operation, d.sourceId, d.synthetic ? 1 : 0,
  ];
}

const stores = new WeakMap<Database.Database, DocStore>();
/**
 * Stores a build filled, not yet seen outside a transaction: the build that saved it, by name
 * (doc-store-snapshot.ts FormatPart.build). A transaction around the build may still roll it
 * back, and with it the docs the store holds, whose ids the next docs filed would take again.
 */
const unconfirmed = new WeakMap<DocStore, string>();

/**
 * The store of a connection, made on first use: from the snapshot the last full build left
 * (doc-store-snapshot.ts), then the rows filed since, or else from the table row by row.
 */
export function docStore(db: Database.Database): DocStore {
  let store = stores.get(db);
  const build = store && unconfirmed.get(store);
  if (build !== undefined) {
    if (savedBuildOf(db) !== build) store = undefined;
    else if (!db.inTransaction) unconfirmed.delete(store!);
  }
  if (!store) {
    const snapshot = readStoreSnapshot(db);
    store = snapshot ? DocStore.fromSnapshot(db, snapshot) : new DocStore(db);
    stores.set(db, store);
  }
  return store;
}

/**
 * Makes `store` the connection's store: one a build fills as it files the docs, then, given
 * `build`, the one it filled and saved under that name, trusted while the table holds that snapshot.
 */
export function useDocStore(db: Database.Database, store: DocStore, build?: string): void {
  stores.set(db, store);
  if (build !== undefined) unconfirmed.set(store, build);
}

/** Drops the connection's store (a build that filled it rolled back): the next use makes it again. */
export function forgetDocStore(db: Database.Database): void {
  stores.delete(db);
}
