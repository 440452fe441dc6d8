/**
 * Search: fuzzy, cross-script search of the archive's records, with reasons and facets.
 *
 *   openArchive(path, { projections: [searchProjection] })  — keeps the index current
 *   search(archive, query: SearchQuery): SearchResult        — query validated by searchQuerySchema
 *   warmSearch(archive): number                              — load the index's documents into memory now
 *   warmSearchInBackground(archive): Promise<number>          — the same in steps, serving meanwhile
 *   moreLikeThis(archive, recordId, paging?): SearchResult
 *   canCompare(archive, recordId): boolean                   — filed with a surname (moreLikeThis needs one)
 */
export { searchProjection, SEARCH_INDEX_VERSION } from './projection.ts';
export { search, warmSearch, warmSearchInBackground, MAX_FILTER_SCAN, type SearchHit, type SearchResult } from './search.ts';
export { moreLikeThis, canCompare, MORE_LIKE_THIS_YEARS } from './more-like-this.ts';
export {
  searchQuerySchema,
  parseQuery,
  parseBirth,
  DEFAULT_YEAR_TOLERANCE,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type SearchQuery,
  type ParsedQuery,
} from './query.ts';
export { WEIGHTS, MIN_SCORE, type ScorePart } from './rank.ts';
export { FACET_FIELDS, type Facets, type Facet, type FacetField } from './facets.ts';
