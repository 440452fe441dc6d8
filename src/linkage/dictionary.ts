/**
 * Interns strings as small integers, so the hot loop compares integers and caches work per
 * distinct string (surnames repeat a lot: a 3M-record archive has far fewer distinct names).
 */
export class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of `value`, adding it when new. */
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The id of `value`, or -1 when it was never interned. */
  lookup(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}

/** A table presized beyond this (2^25 slots, 288 MiB) grows only when it has to. */
const MAX_INITIAL_SLOTS = 2 ** 25;

/**
 * Caches a small non-negative integer function (a level, 0..254) of two interned ids. An
 * open-addressing table over typed arrays: a Map keyed by numbers above 2^31 boxes every key,
 * which made the comparison loop several times slower at a million records.
 */
export class PairCache<T extends number = number> {
  private keys: Float64Array;
  private values: Uint8Array;
  private count = 0;

  /**
   * `expected`: roughly how many distinct pairs will be asked for. The table starts at twice
   * that, so it rarely grows: each doubling allocates anew, and large allocations make V8
   * collect the whole heap.
   */
  constructor(private readonly compute: (a: number, b: number) => T, expected = 0) {
    let slots = 1 << 16;
    while (slots < 2 * expected && slots < MAX_INITIAL_SLOTS) slots *= 2;
    this.keys = new Float64Array(slots);
    this.values = new Uint8Array(slots);
  }

  get(a: number, b: number): T {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    // 2^26 distinct strings per dictionary is far beyond any archive (3M records); +1 so 0 = empty.
    const key = lo * 67108864 + hi + 1;
    const mask = this.keys.length - 1;
    let slot = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca6b)) & mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return this.values[slot]! as T;
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
    const value = this.compute(lo, hi);
    this.keys[slot] = key;
    this.values[slot] = value;
    if (++this.count * 2 > this.keys.length) this.grow();
    return value;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.values = new Uint8Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s]!;
      if (key === 0) continue;
      const lo = Math.floor((key - 1) / 67108864);
      const hi = key - 1 - lo * 67108864;
      let slot = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca6b)) & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.values[slot] = oldValues[s]!;
    }
  }

  get size(): number {
    return this.count;
  }
}
