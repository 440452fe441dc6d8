/**
 * From scored pairs to persons. A pair at or above the link threshold joins two records into
 * one person, but only when something beyond the name agrees (birth year, place, dates): two
 * people are never joined silently on a name alone. Pairs between the thresholds, and
 * name-only pairs above the link threshold, go to the review queue for an editor.
 */
import { F, FIELD_COUNT, levelOf } from './comparison-fields.ts';
import { UnionFind } from './union-find.ts';

/**
 * Match probability from which a pair is linked without review. A wrong join hides a person
 * inside another, while a missed one only waits in the review queue, so precision comes first;
 * but the model's probabilities are conservative: on 197,222 synthetic records 0.95 links at a
 * measured pairwise precision of 99.81 % (0.99: 99.92 %) and recall 96.6 % (0.99: 95.6 %): of
 * the pairs between 0.95 and 0.99, 94 % were one person, so sending them all to an editor
 * costs more than the few wrong joins it prevents (BENCHMARKS.md, linkage).
 */
export const LINK_PROBABILITY = 0.95;

/**
 * Match probability from which a pair is shown to an editor. Below 0.5 a pair is more likely two
 * people than one, and showing every such pair would bury the queue.
 */
export const REVIEW_PROBABILITY = 0.5;

/**
 * Bits the fields other than the names must add for a link without review: a birth year
 * within a year, or a shared place or date, each gives more than this on its own; nationality
 * alone does not.
 */
export const BEYOND_NAME_MIN_BITS = 2;

/** Fields that are not the name: the evidence a silent link needs. */
const NON_NAME_FIELDS = [F.birthYear, F.birthPlace, F.residence, F.nationality, F.arrestDate, F.deathDate, F.sentenceDate, F.rehabilitationDate, F.sex, F.occupation, F.sentence];

export function weightOfProbability(p: number): number {
  return Math.log2(p / (1 - p));
}

/** Bits the non-name fields of a vector contribute. */
export function beyondNameBits(code: number, table: readonly Float64Array[]): number {
  let bits = 0;
  for (const f of NON_NAME_FIELDS) {
    if (f >= FIELD_COUNT) continue;
    bits += table[f]![levelOf(code, f)]!;
  }
  return bits;
}

export interface ScoredPairs {
  left: Int32Array;
  right: Int32Array;
  weight: Float32Array;
  vector: Uint32Array;
  length: number;
}

export interface Clustering {
  /** Cluster label per record (the index of one of its records). */
  labels: Int32Array;
  /** Indexes (into the scored pairs) of pairs linked without review. */
  links: number[];
  /** Indexes of pairs for an editor, best first. */
  review: number[];
}

export interface Thresholds {
  linkProbability: number;
  reviewProbability: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { linkProbability: LINK_PROBABILITY, reviewProbability: REVIEW_PROBABILITY };

/**
 * Pairs are taken best first; a link that would put two records of one source into one person
 * goes to review instead: a source rarely lists one person twice, and this stops one doubtful
 * link from chaining two whole clusters of namesakes together.
 */
export function clusterPairs(count: number, pairs: ScoredPairs, table: readonly Float64Array[], thresholds: Thresholds = DEFAULT_THRESHOLDS, source?: Int32Array): Clustering {
  const linkWeight = weightOfProbability(thresholds.linkProbability);
  const reviewWeight = weightOfProbability(thresholds.reviewProbability);
  const order = Array.from({ length: pairs.length }, (_, k) => k).sort((a, b) => pairs.weight[b]! - pairs.weight[a]!);
  const sets = new UnionFind(count);
  const sourcesOf = new Map<number, Set<number>>();
  const sourcesAt = (root: number, record: number): Set<number> => {
    let found = sourcesOf.get(root);
    if (!found) {
      found = new Set([source![record]!]);
      sourcesOf.set(root, found);
    }
    return found;
  };
  const links: number[] = [];
  const pending: number[] = [];
  for (const k of order) {
    const w = pairs.weight[k]!;
    if (w < reviewWeight) break;
    if (w >= linkWeight && beyondNameBits(pairs.vector[k]!, table) >= BEYOND_NAME_MIN_BITS) {
      const a = pairs.left[k]!;
      const b = pairs.right[k]!;
      const ra = sets.find(a);
      const rb = sets.find(b);
      if (ra === rb) continue;
      if (source) {
        const sa = sourcesAt(ra, a);
        const sb = sourcesAt(rb, b);
        const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
        let clash = false;
        for (const s of small) if (large.has(s)) clash = true;
        if (clash) {
          pending.push(k);
          continue;
        }
        sets.union(a, b);
        for (const s of small) large.add(s);
        sourcesOf.delete(ra);
        sourcesOf.delete(rb);
        sourcesOf.set(sets.find(a), large);
      } else sets.union(a, b);
      links.push(k);
    } else pending.push(k);
  }
  // A pending pair whose records were joined by other links needs no editor.
  const review = pending.filter((k) => sets.find(pairs.left[k]!) !== sets.find(pairs.right[k]!));
  return { labels: sets.labels(), links, review };
}
