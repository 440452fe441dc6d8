/**
 * "More like this": the records most like one record: same surname sound, given name,
 * patronymic and birth year (± MORE_LIKE_THIS_YEARS), the record itself left out.
 */
import type { Archive } from '../archive/index.ts';
import type { SearchQuery } from './query.ts';
import { indexedRecord, search, type SearchResult } from './search.ts';

/** Birth-year tolerance for similar records: sources disagree by a year or two. */
export const MORE_LIKE_THIS_YEARS = 2;

/** Whether a record is filed with a surname, which "more like this" compares by. */
export function canCompare(archive: Archive, recordId: string): boolean {
  return (indexedRecord(archive, recordId)?.surname ?? '') !== '';
}

export function moreLikeThis(archive: Archive, recordId: string, paging: Pick<SearchQuery, 'page' | 'pageSize' | 'facets'> = {}): SearchResult {
  const row = indexedRecord(archive, recordId);
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
