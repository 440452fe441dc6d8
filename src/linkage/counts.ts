/**
 * How many distinct people the records describe, with the uncertainty the review queue leaves:
 * every pending pair may be one person or two. The low end accepts every pending pair, the
 * high end rejects every one, and the expected count takes each pair at its match probability.
 */
import { UnionFind } from './union-find.ts';

export interface PeopleCount {
  /** Persons as linked now (each unlinked record counts as one). */
  linked: number;
  /** If every pending review pair were accepted. */
  low: number;
  /** If every pending review pair were rejected (= linked). */
  high: number;
  /** Linked minus the probability mass of pending pairs that would join two persons. */
  expected: number;
  pendingReviews: number;
}

export interface PendingPair {
  left: number;
  right: number;
  probability: number;
}

/** `labels`: a person label per record; `pending`: review pairs between records. */
export function countPeople(labels: ArrayLike<number>, pending: readonly PendingPair[]): PeopleCount {
  const n = labels.length;
  const sets = new UnionFind(n);
  const firstOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const first = firstOf.get(labels[i]!);
    if (first === undefined) firstOf.set(labels[i]!, i);
    else sets.union(first, i);
  }
  const linked = firstOf.size;
  let low = linked;
  let expected = linked;
  for (const p of pending) {
    if (sets.union(p.left, p.right)) {
      low--;
      expected -= p.probability;
    }
  }
  return { linked, low, high: linked, expected: Math.round(expected * 10) / 10, pendingReviews: pending.length };
}
