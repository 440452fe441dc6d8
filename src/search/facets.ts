/**
 * Facet counts over a result set: how many hits per nationality, sentence, year of arrest,
 * region and source, most frequent first.
 */

export const FACET_FIELDS = ['nationality', 'sentence', 'arrestYear', 'region', 'source'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** Values listed per facet (the rest are summed in `other`). */
export const MAX_FACET_VALUES = 20;

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facet {
  values: FacetValue[];
  /** Hits with a value outside the listed ones. */
  other: number;
  /** Hits whose record does not give this field. */
  missing: number;
}

export type Facets = Record<FacetField, Facet>;

export interface FacetSource {
  nationality: string;
  sentence: string;
  arrest_year: number | null;
  region: string;
  source_id: string;
}

const valueOf = (doc: FacetSource, field: FacetField): string => {
  switch (field) {
    case 'nationality':
      return doc.nationality;
    case 'sentence':
      return doc.sentence;
    case 'arrestYear':
      return doc.arrest_year === null ? '' : String(doc.arrest_year);
    case 'region':
      return doc.region;
    case 'source':
      return doc.source_id;
  }
};

export function countFacets(docs: Iterable<FacetSource>): Facets {
  const counts = Object.fromEntries(FACET_FIELDS.map((f) => [f, new Map<string, number>()])) as Record<FacetField, Map<string, number>>;
  for (const doc of docs) {
    for (const field of FACET_FIELDS) {
      const value = valueOf(doc, field);
      const map = counts[field];
      map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  const facets = {} as Facets;
  for (const field of FACET_FIELDS) {
    const map = counts[field];
    const missing = map.get('') ?? 0;
    map.delete('');
    const sorted = [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const values = sorted.slice(0, MAX_FACET_VALUES).map(([value, count]) => ({ value, count }));
    const other = sorted.slice(MAX_FACET_VALUES).reduce((n, [, c]) => n + c, 0);
    facets[field] = { values, other, missing };
  }
  return facets;
}
