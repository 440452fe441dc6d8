/**
 * How many pairs have each comparison vector: an open-addressing table over typed arrays. The
 * vectors are 32-bit integers above V8's small-integer range, so a Map keyed by them boxes a
 * number per pair (44 M at a million records) and the garbage collector took a fifth of the run.
 */

/** Slots to start with; the table doubles when half full. */
const INITIAL_SLOTS = 1 << 14;

export class VectorCounts {
  /** Two ints a slot: vector + 1 (0 = empty; vectors fit 32 bits with room for the +1) and its count, side by side so an add touches one cache line. */
  private slots: Uint32Array = new Uint32Array(2 * INITIAL_SLOTS);
  size = 0;

  /** Adds `n` pairs with vector `v` (counts stay below 2^32: a run holds fewer pairs). */
  add(v: number, n = 1): void {
    const at = this.slotOf(v) << 1;
    if (this.slots[at] === 0) {
      this.slots[at] = v + 1;
      this.slots[at + 1] = n;
      if (++this.size * 4 > this.slots.length) this.grow();
    } else this.slots[at + 1]! += n;
  }

  /** Pairs counted with vector `v` (0 when none). */
  get(v: number): number {
    const at = this.slotOf(v) << 1;
    return this.slots[at] === 0 ? 0 : this.slots[at + 1]!;
  }

  /** Adds every count of `other`. */
  merge(other: VectorCounts): void {
    other.forEach((v, n) => this.add(v, n));
  }

  forEach(visit: (vector: number, count: number) => void): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += 2) if (slots[at] !== 0) visit(slots[at]! - 1, slots[at + 1]!);
  }

  toMap(): Map<number, number> {
    const out = new Map<number, number>();
    this.forEach((v, n) => out.set(v, n));
    return out;
  }

  /** The table as a transferable array (to send from a worker thread). */
  toTransfer(): { slots: Uint32Array; size: number } {
    return { slots: this.slots, size: this.size };
  }

  static fromTransfer(t: { slots: Uint32Array; size: number }): VectorCounts {
    const c = new VectorCounts();
    c.slots = t.slots;
    c.size = t.size;
    return c;
  }

  /** The slot holding `v`, or the empty slot where it would go. */
  private slotOf(v: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const key = v + 1;
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    for (;;) {
      const k = slots[slot << 1]!;
      if (k === key || k === 0) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] === 0) continue;
      const to = this.slotOf(old[at]! - 1) << 1;
      this.slots[to] = old[at]!;
      this.slots[to + 1] = old[at + 1]!;
    }
  }
}

/**
 * A value per distinct vector (its match weight), looked up per pair without boxing: the same
 * table layout, filled once from a VectorCounts.
 */
export class VectorTable {
  private readonly keys: Uint32Array;
  private readonly values: Float64Array;

  constructor(vectors: VectorCounts, valueOf: (vector: number) => number) {
    let slots = INITIAL_SLOTS;
    while (slots < vectors.size * 2) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.values = new Float64Array(slots);
    const mask = slots - 1;
    vectors.forEach((v) => {
      const key = v + 1;
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.values[slot] = valueOf(v);
    });
  }

  /** The value of vector `v`; NaN when it was not in the table. */
  get(v: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    const key = v + 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === 0) return NaN;
      slot = (slot + 1) & mask;
    }
  }
}
