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

/** Caches a symmetric function of two interned ids; the key packs both ids in one number. */
export class PairCache<T> {
  private readonly cache = new Map<number, T>();
  constructor(private readonly compute: (a: number, b: number) => T) {}

  get(a: number, b: number): T {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    // 2^26 distinct strings per dictionary is far beyond any archive (3M records).
    const key = lo * 67108864 + hi;
    let value = this.cache.get(key);
    if (value === undefined) {
      value = this.compute(lo, hi);
      this.cache.set(key, value);
    }
    return value;
  }

  get size(): number {
    return this.cache.size;
  }
}
