/**
 * Index keys: the strings under which a record is filed, hashed to integers so that the key
 * table stays small (two integers a row) and lookups are one B-tree probe each. A hash
 * collision only adds a candidate that ranking then scores low; it never loses one.
 *
 * Families (a record gets a few of each):
 *   s    surname sound (Daitch–Mokotoff code of any Latin form of the surname's base)
 *   sg   surname sound + given-name group: the usual way in, short posting lists
 *   dd   DM code with any one digit deleted + given-name group + five-year birth bucket: finds
 *        a surname with one letter misread, dropped or doubled (OCR, hand copying), wherever
 *        the typo is; the bucket keeps these coarse lists short in a country-sized archive
 *   sy   surname sound + birth year: finds records whose given name is garbled or missing
 *   gpy  given name + patronymic + birth year: finds surnames garbled beyond recognition
 *   x    the surname exactly as spelt (normalised): the "exact spelling" switch
 */
import type { SearchDoc } from './document.ts';
import { memo } from './memo.ts';
import { filedGivenKey } from './name-keys.ts';

/** Widest birth-year range filed year by year in `gpy` keys (wider ranges say too little). */
export const MAX_FILED_YEAR_SPAN = 3;
/**
 * Shortest DM digit string filed in `dd` keys: two digits ("47") are shared by so many
 * surnames that a query would read thousands of candidates; three keep the lists short.
 */
export const MIN_DELETION_DIGITS = 3;
/**
 * The same for a code of only three digits (Лапин 876, Ким 56, Мазайло 648): without it a
 * short surname with one letter misread (Лапип 877, Кнм 566) had no variant to meet by. Its
 * two-digit variants are filed only with the given name and birth bucket (`dd`), which keeps
 * those lists short.
 */
export const MIN_SHORT_CODE_DELETION_DIGITS = 2;

/** A 52-bit integer key (exact in a double and in SQLite's INTEGER): two FNV-1a hashes over UTF-16 units, in one pass. */
export function hashKey(key: string): number {
  let high = 0x811c9dc5;
  let low = 0x2545f491;
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    high = Math.imul(high ^ unit, 0x01000193);
    low = Math.imul(low ^ unit, 0x01000193);
  }
  return (high >>> 0) * 0x100000 + ((low >>> 0) & 0xfffff);
}

export const surnameKey = (dm: string): string => `s|${dm}`;
export const surnameGivenKey = (dm: string, given: string): string => `sg|${dm}|${given}`;
/** Years per birth bucket of `dd` keys: wider than a source's usual error, narrow enough to split lists. */
export const YEAR_BUCKET = 5;
/** The bucket of a record without a usable birth year. */
export const UNKNOWN_BUCKET = 'u';
export const yearBucket = (year: number): string => String(Math.floor(year / YEAR_BUCKET));
export const deletionGivenKey = (digits: string, given: string, bucket: string): string => `dd|${digits}|${given}|${bucket}`;

/** The birth buckets a record is filed under (one, two at a boundary, or the unknown bucket). */
export function docBuckets(doc: Pick<SearchDoc, 'birthMin' | 'birthMax'>): string[] {
  if (doc.birthMin === undefined || doc.birthMax === undefined || doc.birthMax - doc.birthMin >= MAX_FILED_YEAR_SPAN) return [UNKNOWN_BUCKET];
  return [...new Set([yearBucket(doc.birthMin), yearBucket(doc.birthMax)])];
}

/**
 * A DM code without its padding zeros, and every string with one digit deleted: two codes one
 * edit apart (a digit changed, added or lost) always share one of these (470 ~ 4700 ~ 4780).
 */
export function deletionVariants(dm: string): string[] {
  const digits = dm.replace(/0+$/, '') || dm.slice(0, 1);
  const out = new Set<string>([digits]);
  const shortest = digits.length <= MIN_DELETION_DIGITS ? MIN_SHORT_CODE_DELETION_DIGITS : MIN_DELETION_DIGITS;
  for (let i = 0; i < digits.length; i++) {
    const variant = digits.slice(0, i) + digits.slice(i + 1);
    if (variant.length >= shortest) out.add(variant);
  }
  return [...out];
}
export const surnameYearKey = (dm: string, year: number): string => `sy|${dm}|${year}`;
export const givenPatronymicYearKey = (given: string, patronymic: string, year: number): string => `gpy|${given}|${patronymic}|${year}`;
export const exactKey = (surnameNorm: string): string => `x|${surnameNorm}`;

/** The fields of a document its keys are made from. */
export type KeyedDoc = Pick<SearchDoc, 'surnameKeys' | 'givenKeys' | 'patronymicKeys' | 'birthMin' | 'birthMax' | 'surnameNorm'>;

/** Deletion variants of a DM code, remembered (a few thousand codes cover an archive). */
const variantsOf = memo(deletionVariants);

/** Every key a document is filed under (as strings; hash with hashKey). */
export function docKeys(doc: KeyedDoc): string[] {
  const keys = new Set<string>();
  const buckets = docBuckets(doc);
  // A repaired given name (name-keys.ts) is filed as the group it was read as.
  const givenKeys = doc.givenKeys.map(filedGivenKey);
  for (const dm of doc.surnameKeys) {
    keys.add(surnameKey(dm));
    for (const g of givenKeys) {
      keys.add(surnameGivenKey(dm, g));
      for (const variant of variantsOf(dm)) for (const b of buckets) keys.add(deletionGivenKey(variant, g, b));
    }
  }
  if (doc.birthMin !== undefined && doc.birthMax !== undefined && doc.birthMax - doc.birthMin < MAX_FILED_YEAR_SPAN) {
    for (const dm of doc.surnameKeys) for (let year = doc.birthMin; year <= doc.birthMax; year++) keys.add(surnameYearKey(dm, year));
    for (const g of givenKeys) {
      for (const p of doc.patronymicKeys) {
        for (let year = doc.birthMin; year <= doc.birthMax; year++) keys.add(givenPatronymicYearKey(g, p, year));
      }
    }
  }
  if (doc.surnameNorm) keys.add(exactKey(doc.surnameNorm));
  return [...keys];
}

/** The hashed keys of a document, each once (two keys of a document could share a hash). */
export function docKeyHashes(doc: KeyedDoc): number[] {
  return [...new Set(docKeys(doc).map(hashKey))];
}
