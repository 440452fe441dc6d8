/**
 * Linking a record's place text to Gulag camps of the gazetteer, by their names in Russian,
 * English or German: the whole text is a camp's name ("Vishersky ITL"), or a long enough name
 * appears as whole words inside it ("отбывал срок: Вишерский ИТЛ, Красновишерск"). Inflected
 * forms ("в Вишерском ИТЛ") are not matched: a missed link can be added, a false one misleads.
 */
import type { Archive } from '../archive/index.ts';
import type { RecordField } from '../domain/record.ts';
import { NameIndex } from './name-index.ts';

/** Record fields that may name the camp a person was held in, died in or was buried at. */
export const CAMP_FIELDS: readonly RecordField[] = ['sentence', 'deathPlace', 'burialPlace', 'residence', 'workplace', 'notes'];

export interface CampMatcher {
  /** Camp ids whose name equals the text, or appears as whole words inside it. */
  match(text: string): string[];
}

/** Builds a matcher over the camps in the archive (read once; reuse it across many records). */
export function campMatcher(archive: Archive): CampMatcher {
  const rows = archive.db
    .prepare(`SELECT n.name, n.entity_id FROM entities_names n JOIN entities e ON e.id = n.entity_id WHERE e.subtype = 'camp'`)
    .all() as { name: string; entity_id: string }[];
  const index = new NameIndex();
  for (const row of rows) index.add(row.entity_id, row.name);
  return index;
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
