/**
 * A document's hashed keys made without building the key strings: the same numbers as
 * `docKeyHashes` (keys.ts), for a build that files millions of records. Making ~40 strings a
 * record (`dd|4700|ivan|379`…), a Set of them and hashing each was 14 µs of a record's ~90;
 * here the FNV-1a state (keys.ts `hashKey`) runs over the parts as they are, and a prefix
 * shared by several keys (`dd|4700|ivan|`) is hashed once.
 *
 * keys.ts stays the definition: a test holds this equal to it on every synthetic record.
 */
import { MAX_FILED_YEAR_SPAN, UNKNOWN_BUCKET, YEAR_BUCKET, deletionVariants, type KeyedDoc } from './keys.ts';
import { memo } from './memo.ts';
import { filedGivenKey } from './name-keys.ts';

const FNV_PRIME = 0x01000193;
const HIGH_BASIS = 0x811c9dc5;
const LOW_BASIS = 0x2545f491;
const BAR = 0x7c; // '|'

/** The two 32-bit FNV states of keys.ts's hashKey, after some units (one pair, reused). */
let high = 0;
let low = 0;

function feed(text: string): void {
  let h = high;
  let l = low;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h = Math.imul(h ^ unit, FNV_PRIME);
    l = Math.imul(l ^ unit, FNV_PRIME);
  }
  high = h;
  low = l;
}

function feedBar(): void {
  high = Math.imul(high ^ BAR, FNV_PRIME);
  low = Math.imul(low ^ BAR, FNV_PRIME);
}

/** Starts a key: the basis, then `family|`. */
function start(family: string): void {
  high = HIGH_BASIS;
  low = LOW_BASIS;
  feed(family);
  feedBar();
}

/** The key hashed so far, as hashKey gives it. */
const finish = (): number => (high >>> 0) * 0x100000 + ((low >>> 0) & 0xfffff);

/** Deletion variants of a DM code (keys.ts), remembered: a few thousand codes cover an archive. */
const variantsOf = memo(deletionVariants);

/** Adds `hash` to `out` unless it is there (a document has a few dozen keys: a scan beats a Set). */
function add(out: number[], hash: number): void {
  for (let i = 0; i < out.length; i++) if (out[i] === hash) return;
  out.push(hash);
}

/** Every hashed key of a document, each once (the set docKeyHashes gives, in another order). */
export function docKeyHashesFast(doc: KeyedDoc, out: number[] = []): number[] {
  out.length = 0;
  const { birthMin, birthMax } = doc;
  const years = birthMin !== undefined && birthMax !== undefined && birthMax - birthMin < MAX_FILED_YEAR_SPAN;
  // keys.ts docBuckets: one bucket, two at a boundary, or the unknown bucket.
  const firstBucket = years ? String(Math.floor(birthMin / YEAR_BUCKET)) : UNKNOWN_BUCKET;
  const lastBucket = years ? String(Math.floor(birthMax / YEAR_BUCKET)) : UNKNOWN_BUCKET;
  const givens = doc.givenKeys;
  for (const dm of doc.surnameKeys) {
    start('s');
    feed(dm);
    add(out, finish());
    for (const marked of givens) {
      const g = filedGivenKey(marked);
      start('sg');
      feed(dm);
      feedBar();
      feed(g);
      add(out, finish());
      for (const variant of variantsOf(dm)) {
        start('dd');
        feed(variant);
        feedBar();
        feed(g);
        feedBar();
        const h = high;
        const l = low;
        feed(firstBucket);
        add(out, finish());
        if (lastBucket !== firstBucket) {
          high = h;
          low = l;
          feed(lastBucket);
          add(out, finish());
        }
      }
    }
  }
  if (years) {
    for (const dm of doc.surnameKeys) {
      for (let year = birthMin; year <= birthMax; year++) {
        start('sy');
        feed(dm);
        feedBar();
        feed(String(year));
        add(out, finish());
      }
    }
    for (const marked of givens) {
      const g = filedGivenKey(marked);
      for (const p of doc.patronymicKeys) {
        for (let year = birthMin; year <= birthMax; year++) {
          start('gpy');
          feed(g);
          feedBar();
          feed(p);
          feedBar();
          feed(String(year));
          add(out, finish());
        }
      }
    }
  }
  if (doc.surnameNorm) {
    start('x');
    feed(doc.surnameNorm);
    add(out, finish());
  }
  return out;
}
