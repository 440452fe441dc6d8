/**
 * Candidate pairs and their comparison vectors, listed and compared record by record in chunks
 * of consecutive records: a chunk is the unit a worker thread takes, and the pairs are never
 * held as one list of 8-byte numbers to sort. Pairs come out ordered by (i, j), i < j.
 */
import { CandidateLister, type CandidateIndex } from './candidate-index.ts';
import type { RecordComparator } from './compare.ts';
import { VectorCounts } from './vector-counts.ts';

/** Records per chunk: small enough to share work between threads evenly, large enough that a
 * chunk's bookkeeping is negligible next to its pairs (~30 a record). */
export const CHUNK_RECORDS = 8192;

/** The pairs of records from..to-1: record i's partners are partner[ends[i-from-1] .. ends[i-from]). */
export interface PairChunk {
  from: number;
  to: number;
  /** Cumulative pair count after each record of the chunk. */
  ends: Int32Array;
  partner: Int32Array;
  vector: Uint32Array;
}

/** Every compared pair, chunk after chunk in record order. */
export interface ComparedPairs {
  chunks: PairChunk[];
  length: number;
  /** Pairs per distinct comparison vector. */
  counts: VectorCounts;
  /** The same, over pairs whose records were both born on one known day (to train the names on). */
  sameBirthDay: VectorCounts;
}

/** Calls `visit` for every pair in order, with its global index k. */
export function forEachPair(pairs: Pick<ComparedPairs, 'chunks'>, visit: (i: number, j: number, vector: number, k: number) => void): void {
  let k = 0;
  for (const c of pairs.chunks) {
    let start = 0;
    for (let i = c.from; i < c.to; i++) {
      const end = c.ends[i - c.from]!;
      for (let q = start; q < end; q++) visit(i, c.partner[q]!, c.vector[q]!, k++);
      start = end;
    }
  }
}

/** Growable pair storage for one chunk. */
class ChunkBuilder {
  partner = new Int32Array(1 << 16);
  vector = new Uint32Array(1 << 16);
  length = 0;

  reserve(extra: number): void {
    if (this.length + extra <= this.partner.length) return;
    let size = this.partner.length * 2;
    while (size < this.length + extra) size *= 2;
    const p = new Int32Array(size);
    p.set(this.partner.subarray(0, this.length));
    this.partner = p;
    const v = new Uint32Array(size);
    v.set(this.vector.subarray(0, this.length));
    this.vector = v;
  }
}

/**
 * Lists and compares the pairs of records from..to-1 (each with its larger partners), counting
 * vectors into `counts` and, for pairs born on one known day, `sameBirthDay`.
 */
export class ChunkComparer {
  private readonly lister: CandidateLister;
  private readonly scratch: Int32Array;
  private readonly builder = new ChunkBuilder();

  constructor(index: CandidateIndex, private readonly comparator: RecordComparator, private readonly birthDay: Int32Array, readonly counts = new VectorCounts(), readonly sameBirthDay = new VectorCounts()) {
    this.lister = new CandidateLister(index);
    this.scratch = new Int32Array(this.lister.maxCandidates());
  }

  compareChunk(from: number, to: number): PairChunk {
    const b = this.builder;
    b.length = 0;
    const ends = new Int32Array(to - from);
    const out = this.scratch;
    const day = this.birthDay;
    for (let i = from; i < to; i++) {
      const count = this.lister.candidatesOf(i, out);
      b.reserve(count);
      const dayI = day[i]!;
      for (let c = 0; c < count; c++) {
        const j = out[c]!;
        const v = this.comparator.compare(i, j);
        b.partner[b.length] = j;
        b.vector[b.length++] = v;
        this.counts.add(v);
        if (dayI !== 0 && dayI === day[j]) this.sameBirthDay.add(v);
      }
      ends[i - from] = b.length;
    }
    return { from, to, ends, partner: b.partner.slice(0, b.length), vector: b.vector.slice(0, b.length) };
  }
}

/** Compares every candidate pair in this thread. */
export function compareAllPairs(index: CandidateIndex, comparator: RecordComparator, birthDay: Int32Array, onChunk?: (done: number, total: number) => void): ComparedPairs {
  const comparer = new ChunkComparer(index, comparator, birthDay);
  const chunks: PairChunk[] = [];
  let length = 0;
  for (let from = 0; from < index.count; from += CHUNK_RECORDS) {
    const chunk = comparer.compareChunk(from, Math.min(index.count, from + CHUNK_RECORDS));
    chunks.push(chunk);
    length += chunk.partner.length;
    onChunk?.(chunk.to, index.count);
  }
  return { chunks, length, counts: comparer.counts, sameBirthDay: comparer.sameBirthDay };
}
