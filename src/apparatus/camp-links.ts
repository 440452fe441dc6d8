/**
 * Linking a record's place text to Gulag camps of the gazetteer, by their names in Russian,
 * English or German: the whole text is a camp's name ("Vishersky ITL"), or a long enough name
 * appears as whole words inside it ("отбывал срок: Вишерский ИТЛ, Красновишерск"). Inflected
 * forms ("в Вишерском ИТЛ") are not matched: a missed link can be added, a false one misleads.
 *
 * Texts and names are cut into the same word tokens, and every run of up to the longest name's
 * number of words is looked up in a map: linear in the text, whatever the number of camps.
 */
import type { Archive } from '../archive/index.ts';
import { foldName } from '../domain/entity.ts';
import type { RecordField } from '../domain/record.ts';

/**
 * Names shorter than this (in characters, tokens joined by spaces) are matched only as the
 * whole text, never inside a longer one: short names ("ИТЛ", "Lager") would match almost any
 * place text.
 */
export const MIN_CONTAINED_NAME_LENGTH = 8;

/** Record fields that may name the camp a person was held in, died in or was buried at. */
export const CAMP_FIELDS: readonly RecordField[] = ['sentence', 'deathPlace', 'burialPlace', 'residence', 'workplace', 'notes'];

export interface CampMatcher {
  /** Camp ids whose name equals the text, or appears as whole words inside it. */
  match(text: string): string[];
}

/** Folded word tokens: letters and digits, everything else a separator. */
function tokens(text: string): string[] {
  return foldName(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Builds a matcher over the camps in the archive (read once; reuse it across many records). */
export function campMatcher(archive: Archive): CampMatcher {
  const rows = archive.db
    .prepare(`SELECT n.name, n.entity_id FROM entities_names n JOIN entities e ON e.id = n.entity_id WHERE e.subtype = 'camp'`)
    .all() as { name: string; entity_id: string }[];
  const byKey = new Map<string, Set<string>>();
  let longest = 1;
  for (const row of rows) {
    const words = tokens(row.name);
    if (words.length === 0) continue;
    longest = Math.max(longest, words.length);
    const key = words.join(' ');
    const set = byKey.get(key) ?? new Set<string>();
    set.add(row.entity_id);
    byKey.set(key, set);
  }
  return {
    match(text) {
      const words = tokens(text);
      const exact = byKey.get(words.join(' '));
      if (exact) return [...exact].sort();
      const found = new Set<string>();
      for (let start = 0; start < words.length; start++) {
        let key = '';
        for (let end = start; end < Math.min(words.length, start + longest); end++) {
          key = key ? `${key} ${words[end]}` : words[end]!;
          if (key.length < MIN_CONTAINED_NAME_LENGTH) continue;
          for (const id of byKey.get(key) ?? []) found.add(id);
        }
      }
      return [...found].sort();
    },
  };
}

/** The records whose camp fields name `campId`, by id (one pass over the records). */
export function recordsNamingCamp(archive: Archive, campId: string, matcher: CampMatcher = campMatcher(archive)): { real: string[]; synthetic: string[] } {
  const extract = CAMP_FIELDS.map((f) => `json_extract(fields, '$.${f}.text')`).join(', ');
  const rows = archive.db.prepare(`SELECT id, synthetic, ${extract} FROM records`).raw().iterate() as Iterable<unknown[]>;
  const result = { real: [] as string[], synthetic: [] as string[] };
  for (const row of rows) {
    const [id, synthetic, ...texts] = row as [string, number, ...(string | null)[]];
    if (texts.some((text) => text !== null && matcher.match(text).includes(campId))) (synthetic ? result.synthetic : result.real).push(id);
  }
  return result;
}
