/**
 * The archive view over a real archive file: the archive core for records, sources and
 * history, the search engine, linkage for persons, and the apparatus tables for entities.
 * Statistics are computed in one pass over the records and cached until the log grows.
 */
import { countRecords, getRecord, getRecords, getSource, historyOf, listRecords, MAX_PAGE_SIZE, type Archive, type StoredRecord } from '../archive/index.ts';
import type { RecordData, SourceData } from '../domain/record.ts';
import { countRecordsForOperation } from '../apparatus/index.ts';
import { showPerson } from '../linkage/person-view.ts';
import { canCompare, moreLikeThis, search, type SearchResult } from '../search/index.ts';
import { Aggregator, type Statistics } from '../stats/aggregate.ts';
import { apparatusReads } from './apparatus-reads.ts';
import type { ArchiveView, RecordView, SearchResultView } from './archive-view.ts';

function recordData(stored: StoredRecord): RecordData {
  const data: RecordData = { sourceId: stored.sourceId, fields: stored.fields, synthetic: stored.synthetic };
  if (stored.locator !== undefined) data.locator = stored.locator;
  if (stored.originalText !== undefined) data.originalText = stored.originalText;
  return data;
}

/** Records read per chunk when computing statistics (between chunks, other requests are served). */
const STATS_CHUNK = 20_000;
/** Least time between two full recounts of the records while the log keeps growing. */
const RECOUNT_AFTER_MS = 60_000;

export function openArchiveView(archive: Archive): ArchiveView {
  const db = archive.db;
  const apparatus = apparatusReads(db);
  const personOf = db.prepare('SELECT person_id FROM persons_members WHERE record_id = ?').pluck();
  const countSynthetic = db.prepare('SELECT count(*) FROM records WHERE synthetic = 1').pluck();

  /** The hits of a search result as record views, in rank order. */
  const hitsOf = (result: SearchResult): SearchResultView['hits'] => {
    const records = new Map(getRecords(archive, result.hits.map((h) => h.recordId)).map((r) => [r.id, r]));
    return result.hits.flatMap((hit) => {
      const stored = records.get(hit.recordId);
      if (!stored) return [];
      const reasons = hit.parts.length > 0 ? hit.parts.map((p) => p.how) : [hit.explanation];
      return [{ record: toView(stored), score: hit.score, reasons }];
    });
  };

  const toView = (stored: StoredRecord): RecordView => {
    const view: RecordView = { id: stored.id, data: recordData(stored) };
    const personId = personOf.get(stored.id) as string | undefined;
    if (personId) view.personId = personId;
    return view;
  };

  function* allRecords(): Generator<RecordView> {
    let afterSeq: number | undefined = 0;
    while (afterSeq !== undefined) {
      const page = listRecords(archive, { afterSeq, limit: MAX_PAGE_SIZE });
      for (const stored of page.records) yield toView(stored);
      afterSeq = page.next;
    }
  }

  /**
   * Only the fields statistics count, extracted by SQLite, a chunk of records at a time with
   * the event loop free between chunks: a million records take many seconds, and the server
   * keeps answering other requests meanwhile.
   */
  const STAT_FIELDS = ['operation', 'nationality', 'sentence', 'residence', 'arrestDate'] as const;
  const statChunk = db.prepare(
    `SELECT seq, synthetic, ${STAT_FIELDS.map((f) => `json_extract(fields, '$.${f}.text') AS ${f}_text, json_extract(fields, '$.${f}.norm') AS ${f}_norm`).join(', ')}
     FROM records WHERE seq > ? ORDER BY seq LIMIT ${STATS_CHUNK}`,
  );

  async function computeStatistics(): Promise<Statistics> {
    const aggregator = new Aggregator();
    let after = 0;
    for (;;) {
      const rows = statChunk.all(after) as Record<string, string | number | null>[];
      for (const row of rows) {
        const fields: RecordData['fields'] = {};
        for (const field of STAT_FIELDS) {
          const text = row[`${field}_text`];
          if (typeof text !== 'string') continue;
          const norm = row[`${field}_norm`];
          fields[field] = typeof norm === 'string' ? { text, norm } : { text };
        }
        aggregator.add({ sourceId: '', fields, synthetic: row.synthetic === 1 });
      }
      if (rows.length < STATS_CHUNK) return aggregator.result();
      after = rows[rows.length - 1]!.seq as number;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Statistics by log head: the finished result, and the computation under way (shared by every caller). */
  let cached: { seq: number; stats: Statistics } | undefined;
  let pending: { seq: number; promise: Promise<Statistics> } | undefined;
  const statistics = (): Promise<Statistics> => {
    const seq = archive.head().seq;
    if (cached?.seq === seq) return Promise.resolve(cached.stats);
    if (pending?.seq === seq) return pending.promise;
    const promise = computeStatistics().then(
      (stats) => {
        cached = { seq, stats };
        if (pending?.seq === seq) pending = undefined;
        return stats;
      },
      (error: unknown) => {
        if (pending?.seq === seq) pending = undefined;
        throw error;
      },
    );
    pending = { seq, promise };
    return promise;
  };

  /** Record counts are recounted at most this often while the log grows (a full count costs a scan). */
  let countsCache: { seq: number; at: number; counts: { records: number; synthetic: number } } | undefined;

  return {
    head: () => archive.head(),

    search(query): SearchResultView {
      const result = search(archive, query);
      const facets: SearchResultView['facets'] = {};
      for (const [field, facet] of Object.entries(result.facets ?? {})) facets[field] = facet.values;
      return { total: result.total, truncated: result.truncated, understood: result.understood, hits: hitsOf(result), facets, page: result.page, pageSize: result.pageSize };
    },

    similar(recordId, limit) {
      // A record without a surname, or not in the index, has nothing to compare by.
      if (!canCompare(archive, recordId)) return [];
      return hitsOf(moreLikeThis(archive, recordId, { pageSize: limit, facets: false }));
    },

    record(id) {
      const stored = getRecord(archive, id);
      return stored && toView(stored);
    },

    source(id) {
      const stored = getSource(archive, id);
      if (!stored) return undefined;
      const data: SourceData = { citation: stored.citation, synthetic: stored.synthetic };
      if (stored.kind !== undefined) data.kind = stored.kind;
      if (stored.detail !== undefined) data.detail = stored.detail;
      return { id: stored.id, data };
    },

    person(id) {
      if (!id.startsWith('per_')) return undefined;
      const person = showPerson(archive, id);
      if (!person) return undefined;
      const records = person.records.map(toView);
      const first = records[0]?.data.fields;
      const displayName = [first?.surname?.text, first?.givenName?.text, first?.patronymic?.text].filter(Boolean).join(' ');
      const links = person.links
        .filter((l) => l.undoneSeq === null)
        .map((l) => ({ left: l.left, right: l.right, reason: l.reason, author: l.actor, time: l.time, ...(l.probability !== null ? { score: l.probability } : {}) }));
      return { id: person.personId, displayName, records, links };
    },

    entity(id) {
      const entity = apparatus.entity(id);
      if (!entity) return undefined;
      const view = { entity, claims: apparatus.claims(id), relations: apparatus.relationsFrom(id), incoming: apparatus.relationsTo(id) };
      if (entity.kind !== 'operation') return view;
      return { ...view, recordCount: countRecordsForOperation(archive, id) };
    },

    entities: (kind) => apparatus.entities(kind),
    entitiesByKeys: (keys) => apparatus.byKeys(keys),
    entityName: (id, lang) => {
      const entity = apparatus.entity(id);
      return entity ? (entity.names[lang] ?? entity.names.en) : undefined;
    },
    claims: (subject) => apparatus.claims(subject),

    history: (subjectId) =>
      historyOf(archive, subjectId).map(({ payload: _payload, redaction, ...entry }) =>
        redaction ? { ...entry, redaction: { time: redaction.time, actor: redaction.actor, reason: redaction.reason } } : entry,
      ),

    statistics,
    counts() {
      // The front page asks on every visit; a count over a million records is not free.
      const seq = archive.head().seq;
      const now = Date.now();
      if (!countsCache || (countsCache.seq !== seq && now - countsCache.at > RECOUNT_AFTER_MS)) {
        const records = countRecords(archive);
        const synthetic = cached?.seq === seq ? cached.stats.synthetic : (countSynthetic.get() as number);
        countsCache = { seq, at: now, counts: { records, synthetic } };
      }
      return countsCache.counts;
    },
    allRecords,
    close: () => archive.close(),
  };
}
