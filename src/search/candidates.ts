/**
 * Which records to score: the union of the posting lists of the query's keys. Reading a few
 * short lists instead of the whole archive is what keeps a query in milliseconds at millions
 * of records.
 */
import type Database from 'better-sqlite3';
import { cachedPerDb } from '../archive/index.ts';
import { deletionGivenKey, deletionVariants, UNKNOWN_BUCKET, yearBucket, exactKey, givenPatronymicYearKey, hashKey, surnameGivenKey, surnameKey, surnameYearKey } from './keys.ts';
import type { PreparedQuery } from './rank.ts';
import { enlargeIndexCache } from './projection.ts';
import { readPosting } from './postings.ts';

/** Most candidates scored for one query: bounds the latency of a vague query ("Иванов"). */
export const MAX_CANDIDATES = 5_000;

const enlargedCache = cachedPerDb((db) => {
  enlargeIndexCache(db);
  return true;
});

/** Reads the first `limit` docs (ascending) of the posting list of a hashed key. */
export type PostingReader = (key: number, limit: number) => number[];

/**
 * When the query has a given name, a surname's whole list is read as well (for records whose
 * given name is missing or garbled) only if it is at most this long: for common surnames the
 * surname+given keys are precise enough, and scoring tens of thousands would be slow.
 */
export const SURNAME_ONLY_BUDGET = 500;

/** The key strings a query reads (before hashing), most specific first; `broad` are the surname-only keys. */
export function queryKeys(q: PreparedQuery): { precise: string[]; broad: string[] } {
  const keys = new Set<string>();
  const { parsed } = q;
  if (parsed.exact) {
    if (q.surnameNorm) keys.add(exactKey(q.surnameNorm));
    return { precise: [...keys], broad: [] };
  }
  // One-edit keys only with a birth year: without one they would read every bucket.
  const buckets = new Set<string>();
  if (parsed.birth) {
    for (let y = parsed.birth.year - parsed.birth.tolerance; y <= parsed.birth.year + parsed.birth.tolerance; y++) buckets.add(yearBucket(y));
    buckets.add(UNKNOWN_BUCKET);
  }
  if (q.givenKeys.length > 0) {
    for (const dm of q.surnameKeys) {
      for (const g of q.givenLookupKeys) {
        keys.add(surnameGivenKey(dm, g));
        for (const variant of deletionVariants(dm)) for (const b of buckets) keys.add(deletionGivenKey(variant, g, b));
      }
    }
    if (parsed.birth) {
      // Records whose given name is garbled or missing: same surname sound, born within the tolerance.
      for (const dm of q.surnameKeys) {
        for (let y = parsed.birth.year - parsed.birth.tolerance; y <= parsed.birth.year + parsed.birth.tolerance; y++) keys.add(surnameYearKey(dm, y));
      }
    }
    if (parsed.birth && q.patronymicKeys.length > 0) {
      for (const g of q.givenKeys) {
        for (const p of q.patronymicKeys) {
          for (let y = parsed.birth.year - parsed.birth.tolerance; y <= parsed.birth.year + parsed.birth.tolerance; y++) {
            keys.add(givenPatronymicYearKey(g, p, y));
          }
        }
      }
    }
  }
  // Records whose given name is missing or unknown are reached through the surname alone —
  // unless a birth year was given: then the surname+year keys above already reach them.
  const broad = keys.size > 0 && parsed.birth ? [] : q.surnameKeys.map(surnameKey);
  return keys.size > 0 ? { precise: [...keys], broad } : { precise: broad, broad: [] };
}

/** Candidate doc ids (deduplicated), at most MAX_CANDIDATES; the most specific keys are read first. */
export function candidateDocs(db: Database.Database, q: PreparedQuery, read?: PostingReader): { docs: number[]; truncated: boolean } {
  enlargedCache(db);
  const posting = read ?? ((key: number, limit: number) => readPosting(db, key, limit));
  const seen = new Set<number>();
  let truncated = false;
  const { precise, broad } = queryKeys(q);
  const broadLists = broad.map((key) => posting(hashKey(key), SURNAME_ONLY_BUDGET + 1));
  const broadTotal = broadLists.reduce((n, list) => n + list.length, 0);
  if (broadTotal <= SURNAME_ONLY_BUDGET) for (const list of broadLists) for (const doc of list) seen.add(doc);
  for (const key of precise) {
    const room = MAX_CANDIDATES - seen.size;
    if (room <= 0) {
      truncated = true;
      break;
    }
    const docs = posting(hashKey(key), room + 1);
    if (docs.length > room) truncated = true;
    for (const doc of docs) seen.add(doc);
  }
  return { docs: [...seen], truncated };
}
