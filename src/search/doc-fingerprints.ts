/**
 * The docs a build has filed, by a 52-bit fingerprint of their record id (keys.ts hashKey): while
 * a build into an empty index inserts search_docs rows without the record-id index (made once
 * at its end), this is how it still files a record.add repeated in the log once. A fingerprint
 * met again only names a candidate: the caller compares the record ids themselves.
 *
 * Open addressing in typed arrays: 12 bytes a slot, under 50 MB at 3M records, where a Set of
 * the ids themselves would hold ~300 MB of strings.
 */

/**
 * The first slot to probe: both halves of the fingerprint's bits, mixed. Taking its low bits
 * alone (fingerprint % slots) put fingerprints a multiple of the table size apart into one run
 * of slots, which linear probing then walks end to end on every insert.
 */
function slotOf(fingerprint: number, mask: number): number {
  const high = Math.floor(fingerprint / 0x1_0000_0000);
  const mixed = Math.imul((fingerprint >>> 0) ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1);
  return (mixed ^ (mixed >>> 16)) & mask;
}

/** Fullest the table gets before it doubles. */
const MAX_LOAD = 0.75;
const INITIAL_SLOTS = 1 << 16;

export class DocFingerprints {
  private fingerprints = new Float64Array(INITIAL_SLOTS);
  /** 0: an empty slot (doc ids start at 1). */
  private docs = new Int32Array(INITIAL_SLOTS);
  private held = 0;

  get size(): number {
    return this.held;
  }

  /** The doc filed under `fingerprint`, or 0. */
  get(fingerprint: number): number {
    const mask = this.docs.length - 1;
    for (let slot = slotOf(fingerprint, mask); ; slot = (slot + 1) & mask) {
      const doc = this.docs[slot]!;
      if (doc === 0 || this.fingerprints[slot] === fingerprint) return doc;
    }
  }

  /** Files `doc` (at least 1) under `fingerprint` (one not filed yet). */
  set(fingerprint: number, doc: number): void {
    if (this.held + 1 > this.docs.length * MAX_LOAD) this.grow();
    this.place(fingerprint, doc);
    this.held++;
  }

  private place(fingerprint: number, doc: number): void {
    const mask = this.docs.length - 1;
    let slot = slotOf(fingerprint, mask);
    while (this.docs[slot] !== 0) slot = (slot + 1) & mask;
    this.fingerprints[slot] = fingerprint;
    this.docs[slot] = doc;
  }

  private grow(): void {
    const { fingerprints, docs } = this;
    this.fingerprints = new Float64Array(docs.length * 2);
    this.docs = new Int32Array(docs.length * 2);
    for (let slot = 0; slot < docs.length; slot++) if (docs[slot] !== 0) this.place(fingerprints[slot]!, docs[slot]!);
  }
}
