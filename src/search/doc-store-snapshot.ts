/**
 * The in-memory document store (doc-store.ts) saved beside the index, so that a process
 * opening the archive holds every document in a second instead of reading millions of rows
 * (66 s at 3M records). A full build fills a store as it files the docs and saves it at its
 * end; a store made later reads the snapshot, then loads only the rows filed since (doc ids
 * only grow). Docs removed since the snapshot stay in the store, as they do in a live one:
 * they are never candidates again (their keys are gone).
 *
 * The table is one of the index's tables: emptied and refilled with it, so a snapshot always
 * describes the search_docs it sits beside. The rows of a full build hold only what the
 * snapshot does not (the record id, the birth date as written): it is the only copy of the rest.
 */
import { randomUUID } from 'node:crypto';
import { endianness } from 'node:os';
import type Database from 'better-sqlite3';
import { cachedPerDb } from '../archive/index.ts';
import type { StoreSnapshot } from './doc-store.ts';

export const STORE_SNAPSHOT_SCHEMA = `
CREATE TABLE IF NOT EXISTS search_store (
  part TEXT PRIMARY KEY,
  data BLOB NOT NULL
);
`;

/** Version of the snapshot's layout (parts and encodings below); bump on any change. */
export const STORE_SNAPSHOT_FORMAT = 1;

/**
 * Parts: `format` (JSON: format, lastDoc, strings), `lengths` (UTF-16 length of each string,
 * Uint32), `strings` (all strings joined, UTF-16LE: lone surrogates survive it), and the
 * typed arrays of the store as their bytes. Arrays are written in the host's byte order, so a
 * snapshot is read only on a little-endian host (all Node's common platforms); elsewhere the
 * store loads row by row.
 */
const LITTLE_ENDIAN = endianness() === 'LE';
/**
 * Whether this host saves snapshots: a full build leaves the columns a snapshot holds out of
 * search_docs only when it does (projection.ts, thin rows).
 */
export const STORE_SNAPSHOTS = LITTLE_ENDIAN;

interface FormatPart {
  format: number;
  lastDoc: number;
  strings: number;
  /**
   * Names the build that saved it: the store a build filled is trusted as the connection's
   * only while the table holds its snapshot (doc-store.ts), not after a transaction around
   * the build rolled it back.
   */
  build: string;
}

const bytesOf = (array: Int32Array | Int16Array | Uint32Array | Uint8Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** Saves a store's arrays (inside the build's transaction); returns the name of the build (FormatPart.build). */
export function writeStoreSnapshot(db: Database.Database, snapshot: StoreSnapshot): string | undefined {
  if (!LITTLE_ENDIAN) return undefined;
  const lengths = Uint32Array.from(snapshot.strings, (s) => s.length);
  const format: FormatPart = { format: STORE_SNAPSHOT_FORMAT, lastDoc: snapshot.lastDoc, strings: snapshot.strings.length, build: randomUUID() };
  const put = db.prepare('INSERT OR REPLACE INTO search_store (part, data) VALUES (?, ?)');
  db.prepare('DELETE FROM search_store').run();
  put.run('format', Buffer.from(JSON.stringify(format)));
  put.run('lengths', bytesOf(lengths));
  put.run('strings', Buffer.from(snapshot.strings.join(''), 'utf16le'));
  put.run('cells', bytesOf(snapshot.cells));
  put.run('birthMin', bytesOf(snapshot.birthMin));
  put.run('birthMax', bytesOf(snapshot.birthMax));
  put.run('arrestYear', bytesOf(snapshot.arrestYear));
  put.run('flags', bytesOf(snapshot.flags));
  return format.build;
}

const savedBuild = cachedPerDb((db) => db.prepare("SELECT data FROM search_store WHERE part = 'format'").pluck());

/** The name of the build whose snapshot the table holds (undefined: none). */
export function savedBuildOf(db: Database.Database): string | undefined {
  const blob = savedBuild(db).get() as Buffer | undefined;
  return blob && (JSON.parse(blob.toString()) as FormatPart).build;
}

/**
 * A blob's bytes as a typed array: a view of the blob when it has its memory to itself (a large
 * blob does: at 3M records the cells are 168 MB, and a copy doubled them while the store
 * loaded), else a copy (a small blob may sit at any offset of a shared pool).
 */
function arrayOf<T extends Int32Array | Int16Array | Uint32Array | Uint8Array>(
  blob: Buffer,
  make: (length: number) => T,
  view: (buffer: ArrayBuffer, length: number) => T,
): T {
  const length = blob.length / make(0).BYTES_PER_ELEMENT;
  if (blob.byteOffset === 0 && blob.byteLength === blob.buffer.byteLength && blob.buffer instanceof ArrayBuffer) return view(blob.buffer, length);
  const array = make(length);
  new Uint8Array(array.buffer).set(blob);
  return array;
}

/** The saved store, if there is one; throws on a snapshot of another format. */
export function readStoreSnapshot(db: Database.Database): StoreSnapshot | undefined {
  if (!LITTLE_ENDIAN) return undefined;
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_store'").get();
  if (!exists) return undefined;
  const parts = new Map((db.prepare('SELECT part, data FROM search_store').raw().all() as [string, Buffer][]).map(([part, data]) => [part, data]));
  const formatBlob = parts.get('format');
  if (!formatBlob) return undefined;
  const format = JSON.parse(formatBlob.toString()) as FormatPart;
  if (format.format !== STORE_SNAPSHOT_FORMAT) {
    throw new Error(`search document snapshot: format ${format.format}, this program reads format ${STORE_SNAPSHOT_FORMAT} (rebuild the index)`);
  }
  const part = (name: string): Buffer => {
    const blob = parts.get(name);
    if (!blob) throw new Error(`search document snapshot: part "${name}" is missing`);
    return blob;
  };
  const lengths = arrayOf(part('lengths'), (n) => new Uint32Array(n), (b, n) => new Uint32Array(b, 0, n));
  const joined = part('strings').toString('utf16le');
  if (lengths.length !== format.strings) throw new Error('search document snapshot: string count does not match');
  const strings: string[] = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    strings[i] = joined.slice(at, at + lengths[i]!);
    at += lengths[i]!;
  }
  if (at !== joined.length) throw new Error('search document snapshot: string lengths do not match the strings');
  return {
    lastDoc: format.lastDoc,
    strings,
    cells: arrayOf(part('cells'), (n) => new Int32Array(n), (b, n) => new Int32Array(b, 0, n)),
    birthMin: arrayOf(part('birthMin'), (n) => new Int16Array(n), (b, n) => new Int16Array(b, 0, n)),
    birthMax: arrayOf(part('birthMax'), (n) => new Int16Array(n), (b, n) => new Int16Array(b, 0, n)),
    arrestYear: arrayOf(part('arrestYear'), (n) => new Int16Array(n), (b, n) => new Int16Array(b, 0, n)),
    flags: arrayOf(part('flags'), (n) => new Uint8Array(n), (b, n) => new Uint8Array(b, 0, n)),
  };
}
