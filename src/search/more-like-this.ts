/**
 * "More like this": the records most like one record: same surname sound, given name,
 * patronymic and birth year (± MORE_LIKE_THIS_YEARS), the record itself left out.
 */
import { cachedPerDb, type Archive } from '../archive/index.ts';
import type { SearchQuery } from './query.ts';
import { requireIndex, search, type SearchResult } from './search.ts';

/** Birth-year tolerance for similar records: sources disagree by a year or two. */
export const MORE_LIKE_THIS_YEARS = 2;

const statements = cachedPerDb((db) => ({
  doc: db.prepare('SELECT surname, given, patronymic, birth_min, birth_max FROM search_docs WHERE record_id = ?'),
}));

export function moreLikeThis(archive: Archive, recordId: string, paging: Pick<SearchQuery, 'page' | 'pageSize' | 'facets'> = {}): SearchResult {
  requireIndex(archive.db);
  const row = statements(archive.db).doc.get(recordId) as
    | { surname: string; given: string; patronymic: string; birth_min: number | null; birth_max: number | null }
    | undefined;
  if (!row) throw new Error(`no record ${recordId} in the search index`);
  if (!row.surname) throw new Error(`record ${recordId} has no surname to compare by`);
  const query: SearchQuery = { surname: row.surname, ...paging };
  if (row.given) query.givenName = row.given;
  if (row.patronymic) query.patronymic = row.patronymic;
  if (row.birth_min !== null && row.birth_max !== null) {
    const middle = Math.round((row.birth_min + row.birth_max) / 2);
    const tolerance = Math.min(20, Math.ceil((row.birth_max - row.birth_min) / 2) + MORE_LIKE_THIS_YEARS);
    query.born = `${middle}~${tolerance}`;
  }
  return search(archive, query, { excludeRecord: recordId });
}
