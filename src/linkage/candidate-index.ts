/**
 * The blocks of every rule, laid out so each record's candidates can be listed on their own:
 * blocks as one array of members (per block, ascending record index; a large block in its
 * sorted-neighbourhood order), and per record the positions it holds in them. Listing the
 * candidates record by record, with a stamp array to drop the pairs several rules propose,
 * gives every pair once, in order, without building and sorting the whole list of proposals
 * (70 M numbers at a million records). All typed arrays, so workers can share them.
 */
import { FULL_BLOCK_MAX, NEIGHBOUR_WINDOW, blockKeysOf, type BlockingRule } from './blocking.ts';
import type { EncodedRecords } from './encode.ts';

export interface CandidateIndex {
  count: number;
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
export function pairsProposed(size: number): number {
  if (size <= FULL_BLOCK_MAX) return (size * (size - 1)) / 2;
  // Each position meets the next NEIGHBOUR_WINDOW (fewer near the end).
  const w = Math.min(NEIGHBOUR_WINDOW, size - 1);
  return (size - w) * w + (w * (w - 1)) / 2;
}

/** Builds the blocks of `rules` over the encoded records. */
export function buildCandidateIndex(r: EncodedRecords, rules: readonly BlockingRule[]): CandidateIndex {
  const n = r.count;
  const perRuleBlocks = rules.map((rule) => blockKeysOf(r, rule));
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
      if (size > FULL_BLOCK_MAX) sortNeighbourhood(r, slice);
      members.set(slice, at);
      blockOf.fill(block, at, at + size);
      for (let q = 0; q < size; q++) entryStart[slice[q]! + 1]!++;
      at += size;
      block++;
      if (size >= 2) {
        largest = Math.max(largest, size);
        pairs += pairsProposed(size);
      }
    }
    perRule.push({ rule: rules[ruleIndex]!.name, blocks: count, largestBlock: largest, pairs });
  });
  blockStart[block] = at;
  for (let i = 0; i < n; i++) entryStart[i + 1]! += entryStart[i]!;
  const fill = entryStart.slice(0, n);
  const entries = new Int32Array(total);
  for (let p = 0; p < total; p++) entries[fill[members[p]!]!++] = p;
  return { count: n, members, blockStart, blockOf, entryStart, entries, perRule };
}

/**
 * Orders a large block by birth year, given name, patronymic and surname, so the records of one
 * person (which share those) sit within a few places of each other.
 */
function sortNeighbourhood(r: EncodedRecords, block: Int32Array): void {
  const sorted = Array.from(block).sort((a, c) => r.birthMin[a]! - r.birthMin[c]! || r.givenGroup[a]! - r.givenGroup[c]! || r.patronymicGroup[a]! - r.patronymicGroup[c]! || r.surname[a]! - r.surname[c]! || a - c);
  block.set(sorted);
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
    let count = 0;
    for (let e = entryStart[i]!; e < entryStart[i + 1]!; e++) {
      const pos = entries[e]!;
      const b = blockOf[pos]!;
      const from = blockStart[b]!;
      const to = blockStart[b + 1]!;
      // A full block is in ascending order: the members after i's position are the larger ones.
      const lo = to - from <= FULL_BLOCK_MAX ? pos + 1 : Math.max(from, pos - NEIGHBOUR_WINDOW);
      const hi = to - from <= FULL_BLOCK_MAX ? to : Math.min(to, pos + NEIGHBOUR_WINDOW + 1);
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
    let most = 0;
    for (let i = 0; i < this.index.count; i++) {
      let sum = 0;
      for (let e = entryStart[i]!; e < entryStart[i + 1]!; e++) {
        const b = blockOf[entries[e]!]!;
        const size = blockStart[b + 1]! - blockStart[b]!;
        sum += size <= FULL_BLOCK_MAX ? size : 2 * NEIGHBOUR_WINDOW + 1;
      }
      most = Math.max(most, sum);
    }
    return most;
  }
}
