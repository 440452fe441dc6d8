/**
 * Interning: each distinct string held once and referred to by a small integer. Search's
 * in-memory documents and linkage's encoded records both compare integers in their hot loops
 * and cache work per distinct string (names repeat a lot).
 */
/** Interns strings as small integers, ids given in order of first sight from 0. */
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

/**
 * A 32-bit hash of a string (FNV-1a over its UTF-16 code units, then mixed so that its low bits
 * are as good as its high ones). Pure: any thread gives the same hash for the same string, so
 * one thread can hash the strings it hands to another (search's build, doc-batch.ts).
 */
export function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/** Fullest a StringTable's slots get before they double. */
const TABLE_MAX_LOAD = 0.5;
const TABLE_INITIAL_SLOTS = 1 << 16;

/**
 * Interning for millions of strings: ids index `values`, as in Dictionary, but the strings are
 * found through an open-addressing table of (hash, id) pairs in one Int32Array instead of a
 * Map. A Map of ~8M strings cost a build ~15 s and ~250 MB (more while it rehashed); here a
 * string not held yet is usually told apart by its hash alone, at one memory read.
 *
 * The table may start from values it does not index (a store restored from a snapshot, which
 * only reads them by id): those ids stay valid, and a value interned later gets a new id even
 * if it equals one of them. Only values interned here are held once.
 */
export class StringTable {
  /** (hash, id + 1) pairs; id + 1 = 0 marks an empty slot. */
  private slots = new Int32Array(0);
  private held = 0;

  /** `values`: strings held by id but not indexed (taken, not copied). */
  constructor(readonly values: string[] = []) {}

  /** The id of `value` (added when new); `hash` is stringHash(value), when the caller has it. */
  intern(value: string, hash = stringHash(value)): number {
    if (this.held + 1 > (this.slots.length >>> 1) * TABLE_MAX_LOAD) this.grow();
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 1;
      const id = slots[at + 1]! - 1;
      if (id < 0) {
        const added = this.values.length;
        this.values.push(value);
        slots[at] = hash;
        slots[at + 1] = added + 1;
        this.held++;
        return added;
      }
      if (slots[at] === hash && this.values[id] === value) return id;
    }
  }

  get size(): number {
    return this.values.length;
  }

  private grow(): void {
    const old = this.slots;
    const count = Math.max(TABLE_INITIAL_SLOTS, old.length); // old.length / 2 slots → twice as many
    const slots = new Int32Array(count * 2);
    const mask = count - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let slot = old[at]! & mask;
      while (slots[(slot << 1) + 1] !== 0) slot = (slot + 1) & mask;
      slots[slot << 1] = old[at]!;
      slots[(slot << 1) + 1] = old[at + 1]!;
    }
    this.slots = slots;
  }
}
