/**
 * How views become JSON: one shape per concept, shared by every endpoint that returns it.
 */
import type { PersonView, RecordView, SearchResultView } from '../archive-view.ts';

export function recordJson(record: RecordView) {
  const { data } = record;
  return {
    id: record.id,
    ...(record.personId ? { personId: record.personId } : {}),
    sourceId: data.sourceId,
    ...(data.locator ? { locator: data.locator } : {}),
    synthetic: data.synthetic,
    fields: data.fields as Record<string, { text: string; norm?: string; span?: [number, number] }>,
    ...(data.originalText ? { originalText: data.originalText } : {}),
  };
}

export function personJson(person: PersonView) {
  return {
    id: person.id,
    displayName: person.displayName,
    records: person.records.map(recordJson),
    links: person.links,
  };
}

export function searchJson(result: SearchResultView) {
  return {
    total: result.total,
    truncated: result.truncated,
    understood: result.understood,
    page: result.page,
    pageSize: result.pageSize,
    hits: result.hits.map((hit) => ({ record: recordJson(hit.record), score: hit.score, reasons: hit.reasons })),
    facets: result.facets,
  };
}
