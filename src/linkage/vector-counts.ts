/**
 * How many pairs have each comparison vector: an open-addressing table over typed arrays. The
 * vectors are 32-bit integers above V8's small-integer range, so a Map keyed by them boxes a
 * number per pair (44 M at a million records) and the garbage collector took a fifth of the run.
 */

/** Slots to start with; the table doubles when half full. */
const INITIAL_SLOTS = 1 << 14;

export class VectorCounts {
  /** Vector + 1 per slot (0 = empty; vectors fit 32 bits with room for the +1). */
  private keys: Uint32Array = new Uint32Array(INITIAL_SLOTS);
  private values: Float64Array = new Float64Array(INITIAL_SLOTS);
  size = 0;

  /** Adds `n` pairs with vector `v`. */
  add(v: number, n = 1): void {
    const slot = this.slotOf(v);
    if (this.keys[slot] === 0) {
      this.keys[slot] = v + 1;
      this.values[slot] = n;
      if (++this.size * 2 > this.keys.length) this.grow();
    } else this.values[slot]! += n;
  }

  /** Pairs counted with vector `v` (0 when none). */
  get(v: number): number {
    const slot = this.slotOf(v);
    return this.keys[slot] === 0 ? 0 : this.values[slot]!;
  }

  /** Adds every count of `other`. */
  merge(other: VectorCounts): void {
    other.forEach((v, n) => this.add(v, n));
  }

  forEach(visit: (vector: number, count: number) => void): void {
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0) visit(this.keys[s]! - 1, this.values[s]!);
  }

  toMap(): Map<number, number> {
    const out = new Map<number, number>();
    this.forEach((v, n) => out.set(v, n));
    return out;
  }

  /** The table as transferable arrays (to send from a worker thread). */
  toTransfer(): { keys: Uint32Array; values: Float64Array; size: number } {
    return { keys: this.keys, values: this.values, size: this.size };
  }

  static fromTransfer(t: { keys: Uint32Array; values: Float64Array; size: number }): VectorCounts {
    const c = new VectorCounts();
    c.keys = t.keys;
    c.values = t.values;
    c.size = t.size;
    return c;
  }

  /** The slot holding `v`, or the empty slot where it would go. */
  private slotOf(v: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    const key = v + 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[slot]!;
      if (k === key || k === 0) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.values = new Float64Array(oldKeys.length * 2);
    for (let s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] === 0) continue;
      const slot = this.slotOf(oldKeys[s]! - 1);
      this.keys[slot] = oldKeys[s]!;
      this.values[slot] = oldValues[s]!;
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
