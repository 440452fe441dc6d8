/**
 * Candidate pairs and their comparison vectors, listed and compared record by record in chunks
 * of consecutive records: a chunk is the unit a worker thread takes. Every chunk writes into its
 * own region of one store allocated up front (sized by the most pairs its records' blocks can
 * propose), shared between threads: no per-chunk arrays, nothing copied back, and no stream of
 * allocations that makes V8 collect a heap of a million input records again and again (that was
 * 40 s of a 1M-record run). Untouched pages of the store cost no memory. Pairs come out ordered
 * by (i, j), i < j.
 */
import { CandidateLister, type CandidateIndex } from './candidate-index.ts';
import type { RecordComparator } from './compare.ts';
import { VectorCounts } from './vector-counts.ts';

/** Records per chunk: small enough to share work between threads evenly, large enough that a
 * chunk's bookkeeping is negligible next to its pairs (~30 a record). */
export const CHUNK_RECORDS = 8192;

/** Records from..to-1, whose pairs start at `start` in the store. */
export interface PairChunk {
  from: number;
  to: number;
  start: number;
}

/** Where the compared pairs live: record i's partners are partner[start(i) .. ends[i]). */
export interface PairStore {
  chunks: PairChunk[];
  /** End (exclusive) of each record's pairs in partner/vector. */
  ends: Int32Array;
  partner: Int32Array;
  vector: Uint32Array;
}

/** Every compared pair, with the vector counts EM learns from. */
export interface ComparedPairs extends PairStore {
  length: number;
  /** Pairs per distinct comparison vector. */
  counts: VectorCounts;
  /** The same, over pairs whose records were both born on one known day (to train the names on). */
  sameBirthDay: VectorCounts;
}

/** Calls `visit` for every pair in order. */
export function forEachPair(pairs: PairStore, visit: (i: number, j: number, vector: number) => void): void {
  for (const c of pairs.chunks) {
    let q = c.start;
    for (let i = c.from; i < c.to; i++) {
      const end = pairs.ends[i]!;
      for (; q < end; q++) visit(i, pairs.partner[q]!, pairs.vector[q]!);
    }
  }
}

/**
 * Chunks of `chunkRecords` records, each with room for every pair its records' blocks can
 * propose, and the store to hold them (on SharedArrayBuffers when threads share it).
 */
export function allocatePairStore(index: CandidateIndex, chunkRecords: number, shared: boolean): PairStore {
  const bounds = candidateBounds(index);
  const chunks: PairChunk[] = [];
  let total = 0;
  for (let from = 0; from < index.count; from += chunkRecords) {
    const to = Math.min(index.count, from + chunkRecords);
    chunks.push({ from, to, start: total });
    for (let i = from; i < to; i++) total += bounds[i]!;
  }
  if (total > 2 ** 31 - 1) throw new Error(`linkage: blocking proposes up to ${total} pairs, more than one run holds (2^31)`);
  const buffer = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  return {
    chunks,
    ends: new Int32Array(buffer(index.count * 4)),
    partner: new Int32Array(buffer(Math.max(1, total) * 4)),
    vector: new Uint32Array(buffer(Math.max(1, total) * 4)),
  };
}

/** The most candidates each record can have: its blocks' members after it, or its window. */
function candidateBounds(index: CandidateIndex): Int32Array {
  const { blockStart, blockOf, entryStart, entries, shape } = index;
  const bounds = new Int32Array(index.count);
  for (let i = 0; i < index.count; i++) {
    let sum = 0;
    for (let e = entryStart[i]!; e < entryStart[i + 1]!; e++) {
      const pos = entries[e]!;
      const b = blockOf[pos]!;
      const from = blockStart[b]!;
      const to = blockStart[b + 1]!;
      sum += to - from <= shape.fullBlockMax ? to - pos - 1 : Math.min(shape.window, to - pos - 1) + Math.min(shape.window, pos - from);
    }
    bounds[i] = sum;
  }
  return bounds;
}

/**
 * Lists and compares the pairs of a chunk of records (each with its larger partners) into the
 * store, counting vectors into `counts` and, for pairs born on one known day, `sameBirthDay`.
 */
export class ChunkComparer {
  private readonly lister: CandidateLister;
  private readonly scratch: Int32Array;

  constructor(index: CandidateIndex, private readonly comparator: RecordComparator, private readonly birthDay: Int32Array, private readonly store: PairStore, readonly counts = new VectorCounts(), readonly sameBirthDay = new VectorCounts()) {
    this.lister = new CandidateLister(index);
    this.scratch = new Int32Array(this.lister.maxCandidates());
  }

  /** Compares chunk `c`; returns how many pairs it holds. */
  compareChunk(c: PairChunk): number {
    const { partner, vector, ends } = this.store;
    const out = this.scratch;
    const day = this.birthDay;
    let q = c.start;
    for (let i = c.from; i < c.to; i++) {
      const count = this.lister.candidatesOf(i, out);
      const dayI = day[i]!;
      for (let k = 0; k < count; k++) {
        const j = out[k]!;
        const v = this.comparator.compare(i, j);
        partner[q] = j;
        vector[q++] = v;
        this.counts.add(v);
        if (dayI !== 0 && dayI === day[j]) this.sameBirthDay.add(v);
      }
      ends[i] = q;
    }
    return q - c.start;
  }
}

/** Compares every candidate pair in this thread. */
export function compareAllPairs(index: CandidateIndex, comparator: RecordComparator, birthDay: Int32Array, onChunk?: (done: number, total: number) => void): ComparedPairs {
  const store = allocatePairStore(index, CHUNK_RECORDS, false);
  const comparer = new ChunkComparer(index, comparator, birthDay, store);
  let length = 0;
  for (const chunk of store.chunks) {
    length += comparer.compareChunk(chunk);
    onChunk?.(chunk.to, index.count);
  }
  return { ...store, length, counts: comparer.counts, sameBirthDay: comparer.sameBirthDay };
}
