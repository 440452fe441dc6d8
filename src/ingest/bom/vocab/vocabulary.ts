/**
 * A vocabulary: stable keys (slugs) for the things records are counted by, each with the
 * patterns of the forms the sources print. Keys never change once published: other layers
 * (apparatus entities, stats, search facets) refer to them.
 */
export interface VocabularyEntry {
  /** Stable slug, e.g. "nkvd-troika", "latvian", "butovo". */
  key: string;
  /** Russian label for display. */
  label: string;
  /** English label for display. */
  labelEn: string;
  /** Forms as printed; tested in order, first entry to match wins. */
  pattern: RegExp;
}

/** The key of the first entry whose pattern matches the text, or undefined. */
export function matchVocabulary(entries: readonly VocabularyEntry[], text: string): string | undefined {
  for (const entry of entries) if (entry.pattern.test(text)) return entry.key;
  return undefined;
}

/** Ensures keys are unique slugs; called by each vocabulary's tests. */
export function checkKeys(entries: readonly VocabularyEntry[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { key } of entries) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(key)) problems.push(`not a slug: ${key}`);
    if (seen.has(key)) problems.push(`duplicate: ${key}`);
    seen.add(key);
  }
  return problems;
}
