/**
 * The JSON API under /api: every route is declared with zod schemas (createRoute), which both
 * validate the request and generate /api/openapi.json.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ArchiveView } from '../archive-view.ts';
import { HttpError, notFound, validationErrorBody, type ErrorLogger } from '../errors.ts';
import { mayBeAlive } from '../privacy.ts';
import type { RateLimiter } from '../rate-limit.ts';
import {
  CountSchema,
  ErrorSchema,
  hasCriteria,
  IdParamSchema,
  LogEntrySchema,
  ObjectSchema,
  RecordSchema,
  SearchQuerySchema,
  SearchResultSchema,
} from '../schemas.ts';
import { personJson, recordJson, searchJson } from './serialize.ts';
import { registerExport } from './export.ts';
import { clientOf } from '../client.ts';

export interface ApiDeps {
  view: ArchiveView;
  /** Limits searches per client; absent = unlimited (benchmarks, tests of other things). */
  searchLimiter?: RateLimiter;
  logError: ErrorLogger;
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const errors = {
  400: json(ErrorSchema, 'Invalid input: which parameter and why.'),
  404: json(ErrorSchema, 'No such thing.'),
};

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  summary: 'Search records by name in any spelling and script, with optional fields',
  request: { query: SearchQuerySchema },
  responses: {
    200: json(SearchResultSchema, 'Hits with the reasons they matched, facets and paging.'),
    400: errors[400],
    429: json(ErrorSchema, 'Too many searches from this client; see Retry-After.'),
  },
});

const recordRoute = createRoute({
  method: 'get',
  path: '/records/{id}',
  summary: 'One record: what one source says about one person',
  request: { params: IdParamSchema },
  responses: { 200: json(RecordSchema, 'The record, fields as written and normalised.'), ...errors },
});

const similarRoute = createRoute({
  method: 'get',
  path: '/records/{id}/similar',
  summary: 'More like this: records with a similar name and year of birth (the same person or a namesake)',
  request: {
    params: IdParamSchema,
    query: z.object({ limit: z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v), z.number().int().min(1).max(50).default(10)).openapi({ type: 'integer', description: 'how many, 1–50 (default 10)' }) }),
  },
  responses: { 200: json(z.object({ hits: SearchResultSchema.shape.hits }), 'Similar records, most alike first.'), ...errors },
});

const sourceRoute = createRoute({
  method: 'get',
  path: '/sources/{id}',
  summary: 'A source: the document records and claims cite',
  request: { params: IdParamSchema },
  responses: { 200: json(ObjectSchema.openapi('Source'), 'The source with its citation.'), ...errors },
});

const personRoute = createRoute({
  method: 'get',
  path: '/persons/{id}',
  summary: 'A person: the records judged to describe one human, with why they were joined',
  request: { params: IdParamSchema },
  responses: { 200: json(ObjectSchema.openapi('Person'), 'The person and every record about them.'), ...errors },
});

const EntityParamsSchema = z.object({
  kind: z.string().min(1).max(40).openapi({ param: { name: 'kind', in: 'path' }, example: 'operation' }),
  slug: z.string().min(1).max(200).openapi({ param: { name: 'slug', in: 'path' }, example: 'polish-operation' }),
});

const entityRoute = createRoute({
  method: 'get',
  path: '/entities/{kind}/{slug}',
  summary: 'An entity (organisation, operation, trial, place, event, artefact) with its claims and relations',
  request: { params: EntityParamsSchema },
  responses: { 200: json(ObjectSchema.openapi('Entity'), 'The entity, claims with sources, relations.'), ...errors },
});

const entitiesRoute = createRoute({
  method: 'get',
  path: '/entities',
  summary: 'List entities, optionally of one kind',
  request: {
    query: z.object({
      kind: z.enum(['organisation', 'operation', 'trial', 'place', 'event', 'artefact', 'person']).optional(),
    }),
  },
  responses: { 200: json(z.object({ entities: z.array(ObjectSchema) }), 'Entities.'), 400: errors[400] },
});

const claimsRoute = createRoute({
  method: 'get',
  path: '/claims',
  summary: 'Claims about a subject, each with its source and locator; conflicting claims side by side',
  request: {
    query: z.object({
      subject: z.string().min(1).max(200).openapi({ description: 'Id of an entity, record or person.', example: 'operation/polish-operation' }),
    }),
  },
  responses: { 200: json(z.object({ claims: z.array(ObjectSchema) }), 'Claims.'), 400: errors[400] },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/history/{id}',
  summary: 'Every log entry that shaped a subject: who, when, what, and the hashes',
  request: { params: IdParamSchema },
  responses: { 200: json(z.object({ subject: z.string(), entries: z.array(LogEntrySchema) }), 'Log entries, oldest first.'), ...errors },
});

const statisticsRoute = createRoute({
  method: 'get',
  path: '/statistics',
  summary: 'Counts of records by operation, nationality, year, month, region and sentence',
  responses: {
    200: json(
      z.object({
        total: z.number().int(),
        synthetic: z.number().int(),
        byOperation: z.array(CountSchema),
        byNationality: z.array(CountSchema),
        byYear: z.array(CountSchema),
        byMonth: z.array(CountSchema),
        byRegion: z.array(CountSchema),
        bySentence: z.array(CountSchema),
      }).openapi('Statistics'),
      'Counts computed from the records of this archive.',
    ),
  },
});

const headRoute = createRoute({
  method: 'get',
  path: '/head',
  summary: 'The newest log entry: compare with a signed checkpoint to verify a mirror',
  responses: { 200: json(z.object({ seq: z.number().int(), hash: z.string() }), 'Sequence number and hash.') },
});

export function createApi(deps: ApiDeps): OpenAPIHono {
  const { view } = deps;
  const api = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(validationErrorBody(result.error, result.target), 400);
      return undefined;
    },
  });

  /** A record, unless it may describe a living person. */
  const publicRecord = (id: string) => {
    const record = view.record(id);
    if (!record || mayBeAlive([record.data])) throw notFound('record', id);
    return record;
  };

  api.openapi(searchRoute, (c) => {
    const query = c.req.valid('query');
    if (deps.searchLimiter) {
      const wait = deps.searchLimiter.take(clientOf(c));
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return c.json({ error: 'too_many_requests', message: `too many searches; retry in ${wait} s` }, 429);
      }
    }
    if (!hasCriteria(query)) throw new HttpError(400, 'invalid_request', 'give q or at least one field (surname, born, place, nationality, sentence, arrestedFrom, arrestedTo, source, operation)');
    const result = view.search(query);
    result.hits = result.hits.filter((hit) => !mayBeAlive([hit.record.data]));
    return c.json(searchJson(result), 200);
  });

  api.openapi(recordRoute, (c) => c.json(recordJson(publicRecord(c.req.valid('param').id)), 200));

  api.openapi(similarRoute, (c) => {
    const { id } = c.req.valid('param');
    publicRecord(id);
    const hits = view.similar(id, c.req.valid('query').limit).filter((hit) => !mayBeAlive([hit.record.data]));
    return c.json({ hits: searchJson({ total: 0, truncated: false, understood: {}, hits, facets: {}, page: 1, pageSize: hits.length }).hits }, 200);
  });

  api.openapi(sourceRoute, (c) => {
    const { id } = c.req.valid('param');
    const source = view.source(id);
    if (!source) throw notFound('source', id);
    return c.json({ id: source.id, ...source.data }, 200);
  });

  api.openapi(personRoute, (c) => {
    const { id } = c.req.valid('param');
    const person = view.person(id);
    if (!person || mayBeAlive(person.records.map((r) => r.data))) throw notFound('person', id);
    return c.json(personJson(person), 200);
  });

  api.openapi(entityRoute, (c) => {
    const { kind, slug } = c.req.valid('param');
    const id = `${kind}/${slug}`;
    const found = view.entity(id);
    if (!found) throw notFound('entity', id);
    const body: Record<string, unknown> = { ...found.entity, claims: found.claims, relations: found.relations };
    if (found.recordCount !== undefined) body.recordCount = found.recordCount;
    return c.json(body, 200);
  });

  api.openapi(entitiesRoute, (c) => c.json({ entities: view.entities(c.req.valid('query').kind) as Record<string, unknown>[] }, 200));

  api.openapi(claimsRoute, (c) => c.json({ claims: view.claims(c.req.valid('query').subject) as unknown as Record<string, unknown>[] }, 200));

  api.openapi(historyRoute, (c) => {
    const { id } = c.req.valid('param');
    const record = view.record(id);
    if (record && mayBeAlive([record.data])) throw notFound('subject', id);
    const entries = view.history(id);
    if (entries.length === 0) throw notFound('subject', id);
    return c.json({ subject: id, entries: entries.map(({ seq, time, actor, kind, payloadHash, prevHash, hash }) => ({ seq, time, actor, kind, payloadHash, prevHash, hash })) }, 200);
  });

  api.openapi(statisticsRoute, async (c) => c.json(await view.statistics(), 200));

  api.openapi(headRoute, (c) => c.json(view.head(), 200));

  registerExport(api, view, deps.logError);

  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'unerased',
      version: '1',
      description:
        'The JSON API of an unerased archive: records of the victims of Soviet state terror, the machinery (organisations, operations, trials, camps), statistics and the history of every page. Read-only; changes are made through the append-only log.',
      license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
    },
    servers: [{ url: '/api' }],
  });

  return api;
}
