/**
 * Posting lists (key → the docs filed under it) stored as packed blobs. A country-sized
 * archive files ~16 keys a record; one B-tree row per (key, doc) made 48M rows at 3M records,
 * and inserting them was most of what building the index cost. A bulk build (a replay, an
 * import) collects its pairs in typed arrays, sorts them by key and writes them in two kinds of
 * row:
 *
 * - a key's own rows: up to MAX_DOCS_PER_ROW ascending doc ids of one key, `first` the lowest
 *   (a list longer than PACK_MAX_DOCS; and a record filed alone gets a row of one doc per key);
 * - packs: the short lists of every key of one bucket (the keys sharing their top 20 bits),
 *   one row per bucket and write, filed under the bucket's lowest key with `first` the negated
 *   lowest doc it holds. Most keys are a surname's rare spelling with one to four docs: one row
 *   each made 17M rows at 3M records, packed they make ~1M.
 *
 * Reading a key reads its own rows and its bucket's packs (the packs sit just before its own
 * rows in the B-tree, mostly on the same page). Docs only grow, so every row written later
 * holds larger docs: own rows in `first` order, and packs in their lowest doc's order, each
 * give a key's docs ascending, and the two are merged.
 *
 * Blob formats (part of SEARCH_INDEX_VERSION), little-endian: an own row is its doc ids as
 * 32-bit integers; a pack is entries of a key's low 32 bits, a one-byte count and that many
 * doc ids, in key order. Plain rather than delta-varint: most lists hold one to four docs, and
 * decoding stays a few reads per doc on a query's path.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { cachedPerDb } from '../archive/index.ts';

export const POSTINGS_SCHEMA = `
CREATE TABLE IF NOT EXISTS search_postings (
  key INTEGER NOT NULL,
  first INTEGER NOT NULL,
  docs BLOB NOT NULL,
  PRIMARY KEY (key, first)
) WITHOUT ROWID;
`;

/**
 * Most docs in one row: 512 bytes, well under SQLite's advice for WITHOUT ROWID rows (less
 * than ~1/20 of a 16 KiB page, so no overflow pages), and a capped read of a long list (a
 * common surname) stops after a few rows instead of decoding the whole list.
 */
export const MAX_DOCS_PER_ROW = 128;
const DOC_BYTES = 4;
/** 2^20: hashKey's keys are a 32-bit hash × 2^20 + a 20-bit one (keys.ts). */
const LOW_SPAN = 0x100000;
/**
 * Longest list of one write that goes into a pack: lists of at most 16 docs were 16.5M of the
 * 17M rows at 3M records; longer ones keep their own rows, so that reading a rare key never
 * decodes a common one's list.
 */
export const PACK_MAX_DOCS = 16;
/** 2^32: a key's bucket is its top 20 bits (keys are 52-bit), its place in a pack the low 32. */
const BUCKET_SPAN = 0x100000000;
/** A pack entry's header: the key's low 32 bits and a one-byte count. */
const ENTRY_HEADER_BYTES = 5;

/** The key a pack is filed under: its bucket's lowest key. */
const bucketBase = (key: number): number => key - (key % BUCKET_SPAN);

/** Rows inserted per statement by a bulk write (fewer calls into SQLite). */
const ROWS_PER_INSERT = 32;

const statements = cachedPerDb((db) => ({
  insertMany: db.prepare(`INSERT INTO search_postings (key, first, docs) VALUES ${Array.from({ length: ROWS_PER_INSERT }, () => '(?, ?, ?)').join(', ')}`),
  // `first > 0`: a key that is its bucket's base also files the bucket's packs (first < 0).
  rows: db.prepare('SELECT docs FROM search_postings WHERE key = ? AND first > 0 ORDER BY first').pluck(),
  // A bucket's packs by their lowest doc, ascending.
  packs: db.prepare('SELECT docs FROM search_postings WHERE key = ? AND first < 0 ORDER BY first DESC').pluck(),
  insert: db.prepare('INSERT INTO search_postings (key, first, docs) VALUES (?, ?, ?)'),
  holding: db.prepare('SELECT first, docs FROM search_postings WHERE key = ? AND first > 0 AND first <= ? ORDER BY first DESC LIMIT 1'),
  // The pack of a bucket that would hold `doc`: the one with the greatest lowest doc ≤ it.
  packHolding: db.prepare('SELECT first, docs FROM search_postings WHERE key = ? AND first < 0 AND first >= ? ORDER BY first LIMIT 1'),
  update: db.prepare('UPDATE search_postings SET docs = ? WHERE key = ? AND first = ?'),
  remove: db.prepare('DELETE FROM search_postings WHERE key = ? AND first = ?'),
  all: db.prepare('SELECT key, first, docs FROM search_postings').raw(),
}));

function encode(docs: ArrayLike<number>, from = 0, to = docs.length): Buffer {
  const blob = Buffer.allocUnsafe((to - from) * DOC_BYTES);
  for (let i = from; i < to; i++) blob.writeInt32LE(docs[i]!, (i - from) * DOC_BYTES);
  return blob;
}

/** Appends the docs of a blob to `out`, at most until it holds `limit`; returns false when it does. */
function decodeInto(blob: Buffer, out: number[], limit: number): boolean {
  for (let at = 0; at < blob.length; at += DOC_BYTES) {
    if (out.length >= limit) return false;
    out.push(blob.readInt32LE(at));
  }
  return out.length < limit;
}

/** Appends to `out` the docs a pack holds under `key` (ascending). */
function packedInto(pack: Buffer, key: number, out: number[]): void {
  const low = key % BUCKET_SPAN;
  for (let at = 0; at < pack.length; ) {
    const entryLow = pack.readUInt32LE(at);
    const count = pack[at + 4]!;
    at += ENTRY_HEADER_BYTES;
    if (entryLow === low) {
      for (let i = 0; i < count; i++) out.push(pack.readInt32LE(at + i * DOC_BYTES));
      return;
    }
    // Entries are in key order: past the key, it is not there.
    if (entryLow > low) return;
    at += count * DOC_BYTES;
  }
}

/** The docs the packs of a key's bucket hold under it, ascending. */
function packedDocs(db: Database.Database, key: number): number[] {
  const out: number[] = [];
  for (const pack of statements(db).packs.iterate(bucketBase(key)) as IterableIterator<Buffer>) packedInto(pack, key, out);
  return out;
}

/** The first `limit` docs of a key's list, ascending (what `SELECT doc … WHERE key = ? LIMIT ?` gave). */
export function readPosting(db: Database.Database, key: number, limit: number): number[] {
  const own: number[] = [];
  if (limit <= 0) return own;
  const packed = packedDocs(db, key);
  for (const blob of statements(db).rows.iterate(key) as IterableIterator<Buffer>) {
    if (!decodeInto(blob, own, limit)) break;
  }
  if (packed.length === 0) return own;
  if (own.length === 0) return packed.length > limit ? packed.slice(0, limit) : packed;
  // The first `limit` of the union are among the first `limit` of each.
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < own.length || j < packed.length)) {
    if (j >= packed.length || (i < own.length && own[i]! < packed[j]!)) out.push(own[i++]!);
    else out.push(packed[j++]!);
  }
  return out;
}

/** Files one doc under one key (a record filed alone: its own row). */
export function filePosting(db: Database.Database, key: number, doc: number): void {
  statements(db).insert.run(key, doc, encode([doc]));
}

/** Removes a doc from a key's list (the row holding it is rewritten, or deleted when emptied). */
export function unfilePosting(db: Database.Database, key: number, doc: number): void {
  const st = statements(db);
  const row = st.holding.get(key, doc) as { first: number; docs: Buffer } | undefined;
  if (row) {
    const docs: number[] = [];
    decodeInto(row.docs, docs, Infinity);
    const at = docs.indexOf(doc);
    if (at >= 0) {
      docs.splice(at, 1);
      // The row keeps its `first`: still at most every doc it holds, so the rows stay in order.
      if (docs.length === 0) st.remove.run(key, row.first);
      else st.update.run(encode(docs), key, row.first);
      return;
    }
  }
  unfilePacked(db, key, doc);
}

/** Removes a doc from the pack holding it under `key`, if one does. */
function unfilePacked(db: Database.Database, key: number, doc: number): void {
  const st = statements(db);
  const base = bucketBase(key);
  const pack = st.packHolding.get(base, -doc) as { first: number; docs: Buffer } | undefined;
  if (!pack) return;
  const entries = unpack(pack.docs);
  const docs = entries.get(key % BUCKET_SPAN);
  const at = docs ? docs.indexOf(doc) : -1;
  if (at < 0) return;
  docs!.splice(at, 1);
  if (docs!.length === 0) entries.delete(key % BUCKET_SPAN);
  // The pack keeps its `first` (its lowest doc is still at most every doc it holds).
  if (entries.size === 0) st.remove.run(base, pack.first);
  else st.update.run(repack(entries), base, pack.first);
}

/** A pack's entries: a key's low 32 bits → its docs, in key order. */
function unpack(pack: Buffer): Map<number, number[]> {
  const entries = new Map<number, number[]>();
  for (let at = 0; at < pack.length; ) {
    const low = pack.readUInt32LE(at);
    const count = pack[at + 4]!;
    at += ENTRY_HEADER_BYTES;
    const docs: number[] = [];
    for (let i = 0; i < count; i++) docs.push(pack.readInt32LE(at + i * DOC_BYTES));
    at += count * DOC_BYTES;
    entries.set(low, docs);
  }
  return entries;
}

function repack(entries: Map<number, number[]>): Buffer {
  const pack = new PackBuilder();
  for (const [low, docs] of entries) pack.add(low, docs);
  return pack.take();
}

/** A pack being written: its entries in key order. */
class PackBuilder {
  private bytes = Buffer.allocUnsafe(4096);
  private length = 0;
  /** The lowest doc of its entries (its row's `first`, negated). */
  lowest = Infinity;

  get empty(): boolean {
    return this.length === 0;
  }

  add(low: number, docs: ArrayLike<number>): void {
    const need = this.length + ENTRY_HEADER_BYTES + docs.length * DOC_BYTES;
    if (need > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.bytes.length * 2));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
    this.bytes.writeUInt32LE(low, this.length);
    this.bytes[this.length + 4] = docs.length;
    let at = this.length + ENTRY_HEADER_BYTES;
    for (let i = 0; i < docs.length; i++, at += DOC_BYTES) this.bytes.writeInt32LE(docs[i]!, at);
    this.length = at;
    if (docs[0]! < this.lowest) this.lowest = docs[0]!;
  }

  /** The pack's bytes (a copy); empties the builder. */
  take(): Buffer {
    const pack = Buffer.from(this.bytes.subarray(0, this.length));
    this.length = 0;
    this.lowest = Infinity;
    return pack;
  }
}

/** Every (key, doc) pair of the index, by key then doc (for tests and checks). */
export function allPostings(db: Database.Database): [number, number][] {
  const out: [number, number][] = [];
  for (const [key, first, blob] of statements(db).all.iterate() as IterableIterator<[number, number, Buffer]>) {
    if (first < 0) {
      for (const [low, docs] of unpack(blob)) for (const doc of docs) out.push([key + low, doc]);
      continue;
    }
    const docs: number[] = [];
    decodeInto(blob, docs, Infinity);
    for (const doc of docs) out.push([key, doc]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Where posting rows made in key order go: key, first, docs (postings.ts's row format). */
export type RowSink = (key: number, first: number, docs: Uint8Array) => void;

/**
 * Makes posting rows a key at a time, in key order: a short list into its bucket's pack, a
 * longer one as rows of MAX_DOCS_PER_ROW docs. Pure: the rows go to `sink` (SQLite, or the
 * rows file of a merge on a worker: run-merge.ts).
 */
class RowMaker {
  private readonly pack = new PackBuilder();
  private packBase = -1;

  constructor(private readonly sink: RowSink) {}

  /** Makes a key's rows (docs ascending, all larger than any it already has rows for). */
  key(key: number, docs: readonly number[]): void {
    if (docs.length <= PACK_MAX_DOCS) {
      const base = bucketBase(key);
      if (base !== this.packBase) this.endPack();
      this.packBase = base;
      this.pack.add(key - base, docs);
      return;
    }
    for (let from = 0; from < docs.length; from += MAX_DOCS_PER_ROW) {
      const to = Math.min(docs.length, from + MAX_DOCS_PER_ROW);
      this.sink(key, docs[from]!, encode(docs, from, to));
    }
  }

  /** Makes the last pack. */
  end(): void {
    this.endPack();
  }

  private endPack(): void {
    if (this.pack.empty) return;
    const lowest = this.pack.lowest;
    this.sink(this.packBase, -lowest, this.pack.take());
  }
}

/** Inserts posting rows, many a statement. */
export class RowInserter {
  private readonly values: (number | Uint8Array)[] = [];
  private readonly st: ReturnType<typeof statements>;

  constructor(db: Database.Database) {
    this.st = statements(db);
  }

  row(key: number, first: number, docs: Uint8Array): void {
    this.values.push(key, first, docs);
    if (this.values.length === ROWS_PER_INSERT * 3) {
      this.st.insertMany.run(this.values);
      this.values.length = 0;
    }
  }

  /** Inserts the rows still held. */
  end(): void {
    const { values } = this;
    for (let at = 0; at < values.length; at += 3) this.st.insert.run(values[at], values[at + 1], values[at + 2]);
    values.length = 0;
  }
}

/** Writes posting rows a key at a time, in key order (RowMaker's rows, inserted). */
class RowWriter {
  private readonly inserter: RowInserter;
  private readonly maker: RowMaker;

  constructor(db: Database.Database) {
    const inserter = (this.inserter = new RowInserter(db));
    this.maker = new RowMaker((key, first, docs) => inserter.row(key, first, docs));
  }

  key(key: number, docs: readonly number[]): void {
    this.maker.key(key, docs);
  }

  end(): void {
    this.maker.end();
    this.inserter.end();
  }
}

/** Pairs a full buffer grows by: room for the keys of the doc that filled it (~16, rarely 100s). */
const OVERFLOW_PAIRS = 1024;

/**
 * (key, doc) pairs held while a bulk build files records (the key split in its high 32 and
 * low 20 bits, so that a radix sort reads 16-bit and 10-bit digits of integers).
 */
export class PostingBuffer {
  private high = new Uint32Array(0);
  private low = new Uint32Array(0);
  private docs = new Int32Array(0);
  private length = 0;

  constructor(private readonly capacityLimit: number) {}

  get size(): number {
    return this.length;
  }

  /** True when the buffer holds as many pairs as it may (write it out then). */
  get full(): boolean {
    return this.length >= this.capacityLimit;
  }

  add(key: number, doc: number): void {
    if (this.length === this.docs.length) this.grow();
    const high = Math.floor(key / LOW_SPAN);
    this.high[this.length] = high;
    this.low[this.length] = key - high * LOW_SPAN;
    this.docs[this.length] = doc;
    this.length++;
  }

  private grow(): void {
    // Doubling up to the limit; past it (the last doc's keys once the buffer is full) by a little.
    const capacity = Math.max(Math.min(this.capacityLimit, Math.max(1 << 16, this.docs.length * 2)), this.docs.length + OVERFLOW_PAIRS);
    const copy = <T extends Uint32Array | Int32Array>(old: T, next: T): T => (next.set(old), next);
    this.high = copy(this.high, new Uint32Array(capacity));
    this.low = copy(this.low, new Uint32Array(capacity));
    this.docs = copy(this.docs, new Int32Array(capacity));
  }

  /**
   * Writes the pairs as rows in key order (each key's docs are already ascending: they were
   * filed in doc order and the sort is stable), leaving out the docs in `unfiled`; empties the
   * buffer.
   */
  writeTo(db: Database.Database, unfiled: ReadonlySet<number>): void {
    const n = this.length;
    if (n === 0) return;
    const { high, low, docs } = this.sorted();
    const rows = new RowWriter(db);
    const run: number[] = [];
    for (let i = 0; i < n; i++) {
      const doc = docs[i]!;
      if (!unfiled.has(doc)) run.push(doc);
      const last = i + 1 === n || high[i + 1] !== high[i] || low[i + 1] !== low[i];
      if (last) {
        if (run.length > 0) rows.key(high[i]! * LOW_SPAN + low[i]!, run);
        run.length = 0;
      }
    }
    rows.end();
    this.length = 0;
  }

  /**
   * Sorts the pairs and appends them to `runs` (a temporary file) instead of writing rows,
   * leaving out the docs in `unfiled`; empties the buffer.
   */
  spillTo(runs: PostingRuns, unfiled: ReadonlySet<number>): void {
    const n = this.length;
    if (n === 0) return;
    const { high, low, docs } = this.sorted();
    let kept = n;
    if (unfiled.size > 0) {
      kept = 0;
      for (let i = 0; i < n; i++) {
        if (unfiled.has(docs[i]!)) continue;
        high[kept] = high[i]!;
        low[kept] = low[i]!;
        docs[kept] = docs[i]!;
        kept++;
      }
    }
    runs.append(high.subarray(0, kept), low.subarray(0, kept), docs.subarray(0, kept));
    this.length = 0;
  }

  /** The pairs sorted by key, stably: an LSD radix sort, two 10-bit digits then two 16-bit ones. */
  private sorted(): { high: Uint32Array; low: Uint32Array; docs: Int32Array } {
    const n = this.length;
    let high = this.high.subarray(0, n), low = this.low.subarray(0, n), docs = this.docs.subarray(0, n);
    let toHigh = new Uint32Array(n), toLow = new Uint32Array(n), toDocs = new Int32Array(n);
    const digit = new Uint16Array(n);
    for (let pass = 0; pass < 4; pass++) {
      // The digit of each pair, in a loop of its own (a function call per pair cost more than the sort).
      if (pass === 0) for (let i = 0; i < n; i++) digit[i] = low[i]! & 0x3ff;
      else if (pass === 1) for (let i = 0; i < n; i++) digit[i] = low[i]! >>> 10;
      else if (pass === 2) for (let i = 0; i < n; i++) digit[i] = high[i]! & 0xffff;
      else for (let i = 0; i < n; i++) digit[i] = high[i]! >>> 16;
      const buckets = pass < 2 ? 0x400 : 0x10000;
      const start = new Uint32Array(buckets + 1);
      for (let i = 0; i < n; i++) start[digit[i]! + 1]!++;
      for (let b = 1; b <= buckets; b++) start[b]! += start[b - 1]!;
      for (let i = 0; i < n; i++) {
        const at = start[digit[i]!]!++;
        toHigh[at] = high[i]!;
        toLow[at] = low[i]!;
        toDocs[at] = docs[i]!;
      }
      [high, toHigh] = [toHigh, high];
      [low, toLow] = [toLow, low];
      [docs, toDocs] = [toDocs, docs];
    }
    return { high, low, docs };
  }
}

/** Pairs read from a run at a time while merging. */
const MERGE_CHUNK = 1 << 16;
const PAIR_ARRAYS = 3;

/** One spilled run being read, a chunk at a time. */
class RunCursor {
  readonly high = new Uint32Array(MERGE_CHUNK);
  readonly low = new Uint32Array(MERGE_CHUNK);
  readonly docs = new Int32Array(MERGE_CHUNK);
  at = 0;
  held = 0;
  private read = 0;

  constructor(
    private readonly fd: number,
    private readonly offset: number,
    private readonly count: number,
  ) {
    this.refill();
  }

  get done(): boolean {
    return this.at >= this.held;
  }

  /** Moves to the next pair (reading the next chunk when the last is used up). */
  next(): void {
    if (++this.at >= this.held && this.read < this.count) this.refill();
  }

  private refill(): void {
    const take = Math.min(MERGE_CHUNK, this.count - this.read);
    const arrays = [this.high, this.low, this.docs];
    for (let a = 0; a < PAIR_ARRAYS; a++) {
      const bytes = new Uint8Array(arrays[a]!.buffer, 0, take * 4);
      const position = this.offset + (a * this.count + this.read) * 4;
      for (let got = 0; got < bytes.length; ) got += readSync(this.fd, bytes, got, bytes.length - got, position + got);
    }
    this.read += take;
    this.at = 0;
    this.held = take;
  }
}

/** Where a run lies in the runs file, and its pairs. */
export interface RunLayout {
  offset: number;
  count: number;
}

/**
 * Merges sorted runs of a runs file (open as `fd`) into posting rows, in key order, leaving
 * out the docs in `unfiled`; the rows go to `sink`.
 */
export function mergeRuns(fd: number, runs: readonly RunLayout[], unfiled: ReadonlySet<number>, sink: RowSink): void {
  const cursors = runs.map((run) => new RunCursor(fd, run.offset, run.count));
  const rows = new RowMaker(sink);
  const docs: number[] = [];
  for (;;) {
    // The smallest key at any cursor; its docs are taken run by run (ascending).
    let high = -1;
    let low = -1;
    for (const c of cursors) {
      if (c.done) continue;
      const h = c.high[c.at]!;
      const l = c.low[c.at]!;
      if (high < 0 || h < high || (h === high && l < low)) {
        high = h;
        low = l;
      }
    }
    if (high < 0) break;
    for (const c of cursors) {
      while (!c.done && c.high[c.at] === high && c.low[c.at] === low) {
        const doc = c.docs[c.at]!;
        if (!unfiled.has(doc)) docs.push(doc);
        c.next();
      }
    }
    if (docs.length > 0) rows.key(high * LOW_SPAN + low, docs);
    docs.length = 0;
  }
  rows.end();
}

/**
 * Sorted runs of (key, doc) pairs in a temporary file: a build into an empty index spills each
 * full buffer here and writes the posting table once, at its end, merging the runs in key
 * order. Merging each buffer into the table as it filled inserted rows all over a B-tree that
 * outgrew SQLite's page cache (at 3M records ~1 GB, 26M rows), which made a build slower
 * than linear; written in key order, each row is appended, and each key gets one row per
 * MAX_DOCS_PER_ROW docs instead of one per buffer. Runs hold docs in filing order, so a key's
 * docs, taken run after run, ascend.
 */
export class PostingRuns {
  private readonly dir = mkdtempSync(join(tmpdir(), 'unerased-postings-'));
  private readonly fd = openSync(join(this.dir, 'runs'), 'w+');
  private readonly runs: RunLayout[] = [];
  private end = 0;

  /** Pairs spilled so far. */
  get size(): number {
    return this.runs.reduce((sum, run) => sum + run.count, 0);
  }

  /** Appends one run (sorted by key, each key's docs ascending). */
  append(high: Uint32Array, low: Uint32Array, docs: Int32Array): void {
    if (docs.length === 0) return;
    const offset = this.end;
    for (const array of [high, low, docs]) {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let put = 0; put < bytes.length; ) put += writeSync(this.fd, bytes, put, bytes.length - put, this.end + put);
      this.end += bytes.length;
    }
    this.runs.push({ offset, count: docs.length });
  }

  /** Writes every run's pairs as posting rows in key order, leaving out the docs in `unfiled`. */
  writeTo(db: Database.Database, unfiled: ReadonlySet<number>): void {
    const rows = new RowInserter(db);
    mergeRuns(this.fd, this.runs, unfiled, (key, first, docs) => rows.row(key, first, docs));
    rows.end();
    this.runs.length = 0;
  }

  /** The file and its runs, for a thread that merges them (run-merge.ts) while this one does other work. */
  get layout(): { file: string; runs: readonly RunLayout[] } {
    return { file: join(this.dir, 'runs'), runs: [...this.runs] };
  }

  private closed = false;

  /** Deletes the temporary file (once). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
