/**
 * Linking a record's place text to Gulag camps of the gazetteer, by their names in Russian,
 * English or German: the whole text equals a name ("Vishersky ITL"), or a long enough name
 * appears whole inside it ("отбывал в Вишерский ИТЛ, ..."). Inflected forms ("в Вишерском
 * ИТЛ") are not matched: a missed link can be added, a false one misleads.
 */
import type { Archive } from '../archive/index.ts';
import { foldName } from '../domain/entity.ts';

/**
 * Names shorter than this are not searched for inside longer texts: short names ("ИТЛ",
 * "Lager") would match almost any place text.
 */
export const MIN_CONTAINED_NAME_LENGTH = 8;

export interface CampMatcher {
  /** Camp ids whose name equals the text, or whose name appears whole inside it. */
  match(text: string): string[];
}

/** Builds a matcher over the camps in the archive (read once; reuse it across many records). */
export function campMatcher(archive: Archive): CampMatcher {
  const rows = archive.db
    .prepare(
      `SELECT n.folded, n.entity_id FROM entities_names n JOIN entities e ON e.id = n.entity_id WHERE e.subtype = 'camp'`,
    )
    .all() as { folded: string; entity_id: string }[];
  const byName = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = byName.get(row.folded) ?? new Set<string>();
    set.add(row.entity_id);
    byName.set(row.folded, set);
  }
  const long = [...byName.keys()].filter((name) => name.length >= MIN_CONTAINED_NAME_LENGTH);
  const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  return {
    match(text) {
      const folded = foldName(text);
      const exact = byName.get(folded);
      if (exact) return [...exact].sort();
      const found = new Set<string>();
      for (const name of long) {
        const at = folded.indexOf(name);
        if (at >= 0 && !isLetter(folded[at - 1]) && !isLetter(folded[at + name.length])) {
          for (const id of byName.get(name)!) found.add(id);
        }
      }
      return [...found].sort();
    },
  };
}
