/**
 * Blocking: which pairs of records are compared at all. Four rules, each a key built from the
 * names layer's keys and the birth year; two records are candidates when they share a key under
 * any rule. Comparing only these pairs turns 4.5 trillion pairs (3M records) into tens of
 * millions, at the cost of the true pairs no rule brings together (measured as pair
 * completeness against the synthetic archive's truth).
 */
import type { EncodedRecords } from './encode.ts';
import { buildCandidateIndex, CandidateLister, type CandidateIndex } from './candidate-index.ts';

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

/** Records are numbered below 2^22 (4.2M) so a pair packs exactly into one double. */
export const MAX_RECORDS = 2 ** 22;

/** Ids (key, group) below 2^20 so a rule's composite key stays an exact integer. */
const MAX_ID = 2 ** 20;
const YEAR_BASE = 1700;
const YEAR_SPAN = 512;

export interface BlockingRule {
  name: string;
  /** The keys record i has under this rule (composite integers), or none. */
  keys(r: EncodedRecords, i: number, out: number[]): void;
}

function year(r: EncodedRecords, i: number): number {
  const y = r.birthMin[i]!;
  return y === 0 ? -1 : Math.min(YEAR_SPAN - 2, Math.max(0, y - YEAR_BASE));
}

/**
 * Birth years a record is filed under: its year and the next, so two records a year apart
 * (a common disagreement between sources) share a key, at the price of twice the pairs.
 */
function yearKeys(y: number): [number, number] {
  return [y, y + 1];
}

export const BLOCKING_RULES: readonly BlockingRule[] = [
  {
    name: 'surname sound × given name',
    keys(r, i, out) {
      const s = r.surname[i]!;
      const g = r.given[i]!;
      if (s < 0 || g < 0) return;
      for (const k of r.surnameKeyIds[s]!) for (const gk of r.givenKeyIds[g]!) out.push(k * MAX_ID + gk);
    },
  },
  {
    name: 'surname sound × patronymic',
    keys(r, i, out) {
      const s = r.surname[i]!;
      const p = r.patronymicGroup[i]!;
      if (s < 0 || p < 0) return;
      for (const k of r.surnameKeyIds[s]!) out.push(k * MAX_ID + p);
    },
  },
  {
    name: 'surname sound × birth year',
    keys(r, i, out) {
      const s = r.surname[i]!;
      const y = year(r, i);
      if (s < 0 || y < 0) return;
      // The exact year only: a year's difference is caught by the prefix rule below, and
      // doubling this, the largest rule, would double the whole cost.
      for (const k of r.surnameKeyIds[s]!) out.push(k * YEAR_SPAN + y);
    },
  },
  {
    name: 'given name × patronymic × birth year',
    keys(r, i, out) {
      const g = r.given[i]!;
      const p = r.patronymicGroup[i]!;
      const y = year(r, i);
      if (g < 0 || p < 0 || y < 0) return;
      for (const gk of r.givenKeyIds[g]!) for (const yk of yearKeys(y)) out.push((gk * MAX_ID + p) * YEAR_SPAN + yk);
    },
  },
  {
    name: 'surname first letters × given initial × birth year',
    keys(r, i, out) {
      const p = r.surnamePrefix[i]!;
      const g = r.givenInitial[i]!;
      const y = year(r, i);
      if (p < 0 || g === 0 || y < 0) return;
      for (const yk of yearKeys(y)) out.push((p * 65536 + g) * YEAR_SPAN + yk);
    },
  },
  {
    // Catches a misread first letter (Нетров, Знмин) that changes the surname's sound and prefix.
    name: 'surname last letters × given name × birth year',
    keys(r, i, out) {
      const x = r.surnameSuffix[i]!;
      const g = r.givenGroup[i]!;
      const y = year(r, i);
      if (x < 0 || g < 0 || y < 0) return;
      for (const yk of yearKeys(y)) out.push((x * MAX_ID + g) * YEAR_SPAN + yk);
    },
  },
  {
    name: 'birth date to the day × surname initial',
    keys(r, i, out) {
      const d = r.birthDay[i]!;
      const s = r.surnameInitial[i]!;
      if (d === 0 || s === 0) return;
      out.push(d * 65536 + s);
    },
  },
];

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

/** Groups records by key: members of block b are members[offsets[b]..offsets[b+1]), ascending. */
export function blockKeysOf(r: EncodedRecords, rule: BlockingRule): { offsets: Int32Array; members: Int32Array } {
  const dense = new DenseIds();
  let keyOf = new Int32Array(r.count + 16);
  let recordOf = new Int32Array(r.count + 16);
  let length = 0;
  const scratch: number[] = [];
  for (let i = 0; i < r.count; i++) {
    scratch.length = 0;
    rule.keys(r, i, scratch);
    for (const key of scratch) {
      if (length === keyOf.length) {
        const k2 = new Int32Array(length * 2);
        k2.set(keyOf);
        keyOf = k2;
        const r2 = new Int32Array(length * 2);
        r2.set(recordOf);
        recordOf = r2;
      }
      keyOf[length] = dense.idOf(key);
      recordOf[length] = i;
      length++;
    }
  }
  const offsets = new Int32Array(dense.size + 1);
  for (let k = 0; k < length; k++) offsets[keyOf[k]! + 1]!++;
  for (let b = 0; b < dense.size; b++) offsets[b + 1]! += offsets[b]!;
  const fill = offsets.slice(0, dense.size);
  const members = new Int32Array(length);
  for (let k = 0; k < length; k++) members[fill[keyOf[k]!]!++] = recordOf[k]!;
  return { offsets, members };
}

/** The two records of a packed pair. */
export function unpackPair(pair: number): [number, number] {
  const i = Math.floor(pair / MAX_RECORDS);
  return [i, pair - i * MAX_RECORDS];
}
