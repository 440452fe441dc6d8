/**
 * The blocks of every rule, laid out so each record's candidates can be listed on their own:
 * blocks as one array of members (per block, ascending record index; a large block in its
 * sorted-neighbourhood order), and per record the positions it holds in them. Listing the
 * candidates record by record, with a stamp array to drop the pairs several rules propose,
 * gives every pair once, in order, without building and sorting the whole list of proposals
 * (70 M numbers at a million records). All typed arrays, so workers can share them.
 */
import { BLOCKING_RULES, MAX_ID, MAX_RECORDS, type BlockingRule } from './blocking.ts';
import type { EncodedRecords } from './encode.ts';

/**
 * A block up to this size is compared in full (at most 780 pairs). Blocks grow with the
 * archive: above this size, full comparison would make the cost quadratic in the archive.
 */
export const FULL_BLOCK_MAX = 40;

/**
 * Larger blocks (Иванов Иван…) are sorted by birth year, given name and patronymic, and each
 * record is compared with this many neighbours: a sorted neighbourhood keeps the cost linear
 * while the records of one person, which share those, stay adjacent.
 */
export const NEIGHBOUR_WINDOW = 12;

/** Block sizes: compared in full up to fullBlockMax, else each record with `window` neighbours each side. */
export interface BlockShape {
  fullBlockMax: number;
  window: number;
}

export const DEFAULT_BLOCK_SHAPE: BlockShape = { fullBlockMax: FULL_BLOCK_MAX, window: NEIGHBOUR_WINDOW };

export interface CandidateIndex {
  count: number;
  shape: BlockShape;
  /** Members of every block of every rule, block after block. */
  members: Int32Array;
  /** Block b holds members[blockStart[b] .. blockStart[b + 1]). */
  blockStart: Int32Array;
  /** The block of each member position. */
  blockOf: Int32Array;
  /** Record i holds member positions entries[entryStart[i] .. entryStart[i + 1]). */
  entryStart: Int32Array;
  entries: Int32Array;
  perRule: { rule: string; blocks: number; largestBlock: number; pairs: number }[];
}

/** Pairs a block of `size` records proposes (all of them, or the sorted neighbourhood's). */
export function pairsProposed(size: number, shape: BlockShape = DEFAULT_BLOCK_SHAPE): number {
  if (size <= shape.fullBlockMax) return (size * (size - 1)) / 2;
  // Each position meets the next `window` (fewer near the end).
  const w = Math.min(shape.window, size - 1);
  return (size - w) * w + (w * (w - 1)) / 2;
}

/** Builds the blocks of `rules` over the encoded records. */
export function buildCandidateIndex(r: EncodedRecords, rules: readonly BlockingRule[], shape: BlockShape = DEFAULT_BLOCK_SHAPE): CandidateIndex {
  const n = r.count;
  const scratch = new BlockScratch(n);
  const perRuleBlocks = rules.map((rule) => blockKeysOf(r, rule, scratch));
  let total = 0;
  let blocks = 0;
  for (const b of perRuleBlocks) {
    total += b.members.length;
    blocks += b.offsets.length - 1;
  }
  const members = new Int32Array(total);
  const blockStart = new Int32Array(blocks + 1);
  const blockOf = new Int32Array(total);
  const entryStart = new Int32Array(n + 1);
  const perRule: CandidateIndex['perRule'] = [];
  let at = 0;
  let block = 0;
  perRuleBlocks.forEach(({ offsets, members: m }, ruleIndex) => {
    let largest = 0;
    let pairs = 0;
    const count = offsets.length - 1;
    for (let b = 0; b < count; b++) {
      const from = offsets[b]!;
      const to = offsets[b + 1]!;
      const size = to - from;
      blockStart[block] = at;
      const slice = m.subarray(from, to);
      if (size > shape.fullBlockMax) sortNeighbourhood(r, slice);
      members.set(slice, at);
      blockOf.fill(block, at, at + size);
      for (let q = 0; q < size; q++) entryStart[slice[q]! + 1]!++;
      at += size;
      block++;
      if (size >= 2) {
        largest = Math.max(largest, size);
        pairs += pairsProposed(size, shape);
      }
    }
    perRule.push({ rule: rules[ruleIndex]!.name, blocks: count, largestBlock: largest, pairs });
  });
  blockStart[block] = at;
  for (let i = 0; i < n; i++) entryStart[i + 1]! += entryStart[i]!;
  const fill = entryStart.slice(0, n);
  const entries = new Int32Array(total);
  for (let p = 0; p < total; p++) entries[fill[members[p]!]!++] = p;
  return { count: n, shape, members, blockStart, blockOf, entryStart, entries, perRule };
}

/**
 * Orders a large block by birth year, given name, patronymic and surname, so the records of one
 * person (which share those) sit within a few places of each other.
 */
function sortNeighbourhood(r: EncodedRecords, block: Int32Array): void {
  block.sort((a, c) => r.birthMin[a]! - r.birthMin[c]! || r.givenGroup[a]! - r.givenGroup[c]! || r.patronymicGroup[a]! - r.patronymicGroup[c]! || r.surname[a]! - r.surname[c]! || a - c);
}

/**
 * Lists candidates record by record. Not shared between threads: each has its own stamps.
 */
export class CandidateLister {
  /** seen[j] === i when j is already a candidate of i. */
  private readonly seen: Int32Array;

  constructor(private readonly index: CandidateIndex) {
    this.seen = new Int32Array(index.count).fill(-1);
  }

  /**
   * Writes the candidates j > i of record i into `out` (ascending, each once) and returns how
   * many; `out` must hold at least maxCandidates(i).
   */
  candidatesOf(i: number, out: Int32Array): number {
    const { members, blockStart, blockOf, entryStart, entries } = this.index;
    const seen = this.seen;
    const { fullBlockMax, window } = this.index.shape;
    let count = 0;
    for (let e = entryStart[i]!; e < entryStart[i + 1]!; e++) {
      const pos = entries[e]!;
      const b = blockOf[pos]!;
      const from = blockStart[b]!;
      const to = blockStart[b + 1]!;
      // A full block is in ascending order: the members after i's position are the larger ones.
      const lo = to - from <= fullBlockMax ? pos + 1 : Math.max(from, pos - window);
      const hi = to - from <= fullBlockMax ? to : Math.min(to, pos + window + 1);
      for (let q = lo; q < hi; q++) {
        const j = members[q]!;
        if (j <= i || seen[j] === i) continue;
        seen[j] = i;
        out[count++] = j;
      }
    }
    if (count > 1) out.subarray(0, count).sort();
    return count;
  }

  /** An upper bound on the candidates of any record (the size of `out`). */
  maxCandidates(): number {
    const { blockStart, blockOf, entryStart, entries } = this.index;
    const { fullBlockMax, window } = this.index.shape;
    let most = 0;
    for (let i = 0; i < this.index.count; i++) {
      let sum = 0;
      for (let e = entryStart[i]!; e < entryStart[i + 1]!; e++) {
        const b = blockOf[entries[e]!]!;
        const size = blockStart[b + 1]! - blockStart[b]!;
        sum += size <= fullBlockMax ? size : 2 * window + 1;
      }
      most = Math.max(most, sum);
    }
    return most;
  }
}

export interface BlockingResult {
  /** Candidate pairs, i * MAX_RECORDS + j with i < j, sorted, no duplicates. */
  pairs: Float64Array;
  /** Pairs each rule proposed (before removing duplicates across rules). */
  perRule: CandidateIndex['perRule'];
}

/**
 * The candidate pairs of the encoded records under `rules`, packed and sorted: for tests and
 * small archives. The pipeline lists them record by record instead (./candidate-index.ts),
 * never holding them all at once.
 */
export function blockPairs(r: EncodedRecords, rules: readonly BlockingRule[] = BLOCKING_RULES): BlockingResult {
  checkBlockingLimits(r);
  const index = buildCandidateIndex(r, rules);
  const lister = new CandidateLister(index);
  const out = new Int32Array(lister.maxCandidates());
  const pairs: number[] = [];
  for (let i = 0; i < r.count; i++) {
    const count = lister.candidatesOf(i, out);
    for (let c = 0; c < count; c++) pairs.push(i * MAX_RECORDS + out[c]!);
  }
  return { pairs: Float64Array.from(pairs), perRule: index.perRule };
}

/** Refuses more records or keys than the packed integers hold. */
export function checkBlockingLimits(r: EncodedRecords): void {
  if (r.count >= MAX_RECORDS) throw new Error(`linkage: at most ${MAX_RECORDS - 1} records at once, got ${r.count}`);
  if (r.keys.size >= MAX_ID || r.groups.size >= MAX_ID) throw new Error('linkage: more than 2^20 distinct name keys');
}

/**
 * Dense ids for composite keys (exact integers up to 2^53): open addressing over typed arrays,
 * since a Map keyed by numbers above 2^31 boxes every key.
 */
class DenseIds {
  private keys = new Float64Array(1 << 16).fill(-1);
  private ids = new Int32Array(1 << 16);
  size = 0;

  /** Forgets every key, keeping the table's size. */
  clear(): void {
    this.keys.fill(-1);
    this.size = 0;
  }

  idOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = (Math.imul(key | 0, 0x9e3779b1) ^ Math.imul(Math.floor(key / 4294967296) | 0, 0x85ebca6b)) & mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return this.ids[slot]!;
      if (k === -1) break;
      slot = (slot + 1) & mask;
    }
    const id = this.size++;
    this.keys[slot] = key;
    this.ids[slot] = id;
    if (this.size * 2 > this.keys.length) this.grow();
    return id;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
    this.ids = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s]!;
      if (key === -1) continue;
      let slot = (Math.imul(key | 0, 0x9e3779b1) ^ Math.imul(Math.floor(key / 4294967296) | 0, 0x85ebca6b)) & mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.ids[slot] = oldIds[s]!;
    }
  }
}

/**
 * Working space for grouping records by key, reused rule after rule: allocating it afresh for
 * each rule made V8 collect the whole heap (every input record) several times per run.
 */
export class BlockScratch {
  readonly dense = new DenseIds();
  keyOf: Int32Array;
  recordOf: Int32Array;
  readonly keys: number[] = [];

  constructor(records: number) {
    // Most rules give a record one or two keys.
    this.keyOf = new Int32Array(2 * records + 16);
    this.recordOf = new Int32Array(2 * records + 16);
  }

  grow(): void {
    const keyOf = new Int32Array(this.keyOf.length * 2);
    keyOf.set(this.keyOf);
    this.keyOf = keyOf;
    const recordOf = new Int32Array(this.recordOf.length * 2);
    recordOf.set(this.recordOf);
    this.recordOf = recordOf;
  }
}

/** Groups records by key: members of block b are members[offsets[b]..offsets[b+1]), ascending. */
export function blockKeysOf(r: EncodedRecords, rule: BlockingRule, scratch = new BlockScratch(r.count)): { offsets: Int32Array; members: Int32Array } {
  const dense = scratch.dense;
  dense.clear();
  const keys = scratch.keys;
  let length = 0;
  for (let i = 0; i < r.count; i++) {
    keys.length = 0;
    rule.keys(r, i, keys);
    for (let k = 0; k < keys.length; k++) {
      if (length === scratch.keyOf.length) scratch.grow();
      scratch.keyOf[length] = dense.idOf(keys[k]!);
      scratch.recordOf[length] = i;
      length++;
    }
  }
  const { keyOf, recordOf } = scratch;
  const offsets = new Int32Array(dense.size + 1);
  for (let k = 0; k < length; k++) offsets[keyOf[k]! + 1]!++;
  for (let b = 0; b < dense.size; b++) offsets[b + 1]! += offsets[b]!;
  const fill = offsets.slice(0, dense.size);
  const members = new Int32Array(length);
  for (let k = 0; k < length; k++) members[fill[keyOf[k]!]!++] = recordOf[k]!;
  return { offsets, members };
}
