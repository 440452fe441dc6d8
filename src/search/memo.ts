/**
 * A bounded memo of a function of a string: names, key lists and places repeat far more than
 * they differ (a surname sound is shared by hundreds of records), so what is worked out of
 * each is remembered rather than redone. Cleared when full, so a long-running server or a
 * rebuild of millions of records does not grow without end.
 */

/** Entries a memo holds before it starts again (a few tens of MB at most). */
export const MEMO_LIMIT = 200_000;

export function memo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= MEMO_LIMIT) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}
