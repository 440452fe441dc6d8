export { Dictionary } from '../domain/dictionary.ts';

/** A table presized beyond this (2^25 slots, 256 MiB) grows only when it has to. */
const MAX_INITIAL_SLOTS = 2 ** 25;

/** Values a PairCache holds: 0..7 (3 bits beside the larger id). */
const VALUE_BITS = 3;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
/** Ids below 2^28, so the larger id and the value share one 32-bit int. */
const MAX_CACHED_ID = 2 ** (31 - VALUE_BITS);

/**
 * Caches a small function (a level, 0..7) of two interned ids: open addressing over one
 * Int32Array, two ints a slot (the smaller id + 1, 0 for empty; the larger id and the value),
 * so a lookup touches one cache line. A Map keyed by numbers above 2^31 boxes every key, which
 * made the comparison loop several times slower at a million records.
 */
export class PairCache<T extends number = number> {
  private slots: Int32Array;
  private count = 0;

  /**
   * `expected`: roughly how many distinct pairs will be asked for. The table starts at twice
   * that, so it rarely grows: each doubling allocates anew, and large allocations make V8
   * collect the whole heap.
   */
  constructor(private readonly compute: (a: number, b: number) => T, expected = 0) {
    let slots = 1 << 16;
    while (slots < 2 * expected && slots < MAX_INITIAL_SLOTS) slots *= 2;
    this.slots = new Int32Array(2 * slots);
  }

  get(a: number, b: number): T {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const tag = lo + 1;
    const table = this.slots;
    const mask = (table.length >> 1) - 1;
    let slot = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca6b)) & mask;
    for (;;) {
      const at = slot << 1;
      const k = table[at]!;
      if (k === tag && table[at + 1]! >>> VALUE_BITS === hi) return (table[at + 1]! & VALUE_MASK) as T;
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
    if (hi >= MAX_CACHED_ID) throw new Error(`linkage: id ${hi} is beyond what the pair cache holds`);
    const value = this.compute(lo, hi);
    if (value < 0 || value > VALUE_MASK) throw new Error(`linkage: the pair cache holds 0..${VALUE_MASK}, got ${value}`);
    const at = slot << 1;
    table[at] = tag;
    table[at + 1] = (hi << VALUE_BITS) | value;
    if (++this.count * 2 > mask + 1) this.grow();
    return value;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = (this.slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      const tag = old[at]!;
      if (tag === 0) continue;
      const hi = old[at + 1]! >>> VALUE_BITS;
      let slot = (Math.imul(tag - 1, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca6b)) & mask;
      while (this.slots[slot << 1] !== 0) slot = (slot + 1) & mask;
      this.slots[slot << 1] = tag;
      this.slots[(slot << 1) + 1] = old[at + 1]!;
    }
  }

  get size(): number {
    return this.count;
  }
}
