/**
 * Counts how often each record id has been seen during one import, without a JavaScript object
 * per id. A `Map<string, number>` of a million ids keeps a million strings (each holding on to
 * its 64-digit parent hash) alive in the old generation, and the garbage collector walks them
 * again and again while the import runs; here the ids live in two typed arrays.
 *
 * Keys are the 24 hex digits a record id is made of (see ids.ts), split into two exact
 * doubles (13 + 11 hex digits = 52 + 44 bits), so equal keys are equal ids: no false matches.
 */

/** Hex digits of the key kept in the first double (52 bits: exact in a double). */
const HIGH_DIGITS = 13;
/** Hex digits of the key kept in the second double (44 bits). */
const LOW_DIGITS = 11;
/** Slots allocated at first: grows by doubling, so a small import stays small. */
const INITIAL_SLOTS = 1 << 12;
/** Grow when more than this share of slots is used: open addressing slows down past ~0.7. */
const MAX_LOAD = 0.5;

export class OccurrenceCounter {
  private high = new Float64Array(INITIAL_SLOTS);
  private low = new Float64Array(INITIAL_SLOTS);
  /** How often the key in each slot was seen; 0 marks an empty slot. */
  private counts = new Uint32Array(INITIAL_SLOTS);
  private used = 0;

  /** Ids counted so far. */
  get size(): number {
    return this.used;
  }

  /**
   * Counts one more sighting of the key given as hex digits (at least 24; a payload hash) and
   * returns how many times it was seen before (0 the first time).
   */
  next(hexHash: string): number {
    if (hexHash.length < HIGH_DIGITS + LOW_DIGITS) throw new Error(`occurrence key needs ${HIGH_DIGITS + LOW_DIGITS} hex digits, got "${hexHash}"`);
    const high = Number.parseInt(hexHash.slice(0, HIGH_DIGITS), 16);
    const low = Number.parseInt(hexHash.slice(HIGH_DIGITS, HIGH_DIGITS + LOW_DIGITS), 16);
    if (Number.isNaN(high) || Number.isNaN(low)) throw new Error(`occurrence key is not hex: "${hexHash}"`);
    const slot = this.find(high, low);
    const before = this.counts[slot]!;
    if (before === 0) {
      this.high[slot] = high;
      this.low[slot] = low;
      this.used += 1;
    }
    this.counts[slot] = before + 1;
    if (before === 0 && this.used > this.counts.length * MAX_LOAD) this.grow();
    return before;
  }

  /** The slot holding (high, low), or the empty slot where it belongs (linear probing). */
  private find(high: number, low: number): number {
    const mask = this.counts.length - 1;
    // The key is a hash already: its low bits are as good a bucket as any.
    let slot = high % (mask + 1);
    while (this.counts[slot] !== 0 && (this.high[slot] !== high || this.low[slot] !== low)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { high, low, counts } = this;
    this.high = new Float64Array(counts.length * 2);
    this.low = new Float64Array(counts.length * 2);
    this.counts = new Uint32Array(counts.length * 2);
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      const slot = this.find(high[i]!, low[i]!);
      this.high[slot] = high[i]!;
      this.low[slot] = low[i]!;
      this.counts[slot] = counts[i]!;
    }
  }
}
