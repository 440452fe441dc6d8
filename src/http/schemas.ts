/**
 * The zod schemas that validate API requests. The OpenAPI document is generated from these
 * same objects (via @hono/zod-openapi), and the HTML search form is parsed with them too, so
 * the documentation, the API and the pages cannot drift apart.
 */
import { z } from '@hono/zod-openapi';
import { MAX_PAGE_SIZE, searchQuerySchema } from '../search/index.ts';

/** Deepest page of results: beyond this a search should be narrowed, not paged. */
export const MAX_PAGE = 500;
/** Longest id accepted in a path (record, source, person, entity ids are far shorter). */
export const MAX_ID_CHARS = 200;

/** A query-string number: "1937" → 1937; anything else is left for the schema to refuse. */
function toNumber(value: unknown): unknown {
  return typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
}

/** A query-string boolean: true/false/1/0. */
function toBoolean(value: unknown): unknown {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
}

const shape = searchQuerySchema.shape;

/** The engine's bounds of a number field, for the OpenAPI document (preprocessing hides them). */
function bounds(schema: { unwrap(): unknown }): { minimum?: number; maximum?: number } {
  let inner = schema.unwrap() as { unwrap?: () => unknown; minValue?: number | null; maxValue?: number | null };
  while (inner.minValue === undefined && inner.unwrap) inner = inner.unwrap() as typeof inner;
  const out: { minimum?: number; maximum?: number } = {};
  if (typeof inner.minValue === 'number' && Number.isFinite(inner.minValue)) out.minimum = inner.minValue;
  if (typeof inner.maxValue === 'number' && Number.isFinite(inner.maxValue)) out.maximum = inner.maxValue;
  return out;
}

/**
 * The search engine's own query schema (src/search), read from a query string: numbers and
 * booleans arrive as text and are converted before the engine's own rules check them, so the
 * limits (lengths, years, page size) are exactly the engine's.
 */
export const SearchQuerySchema = searchQuerySchema
  .extend({
    arrestedFrom: z.preprocess(toNumber, shape.arrestedFrom).openapi({ type: 'integer', ...bounds(shape.arrestedFrom), description: 'year of arrest, from' }),
    arrestedTo: z.preprocess(toNumber, shape.arrestedTo).openapi({ type: 'integer', ...bounds(shape.arrestedTo), description: 'year of arrest, to' }),
    exact: z.preprocess(toBoolean, shape.exact).openapi({ type: 'boolean', description: 'match the surname exactly as spelt' }),
    facets: z.preprocess(toBoolean, shape.facets).openapi({ type: 'boolean', description: 'count facets (default true)' }),
    page: z.preprocess(toNumber, shape.page.unwrap().max(MAX_PAGE).default(1)).openapi({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1, description: `page of results, 1–${MAX_PAGE}` }),
    pageSize: z.preprocess(toNumber, shape.pageSize).openapi({ type: 'integer', ...bounds(shape.pageSize), description: `hits per page, 1–${MAX_PAGE_SIZE}` }),
  })
  .refine((q) => q.arrestedFrom === undefined || q.arrestedTo === undefined || q.arrestedFrom <= q.arrestedTo, {
    message: 'arrestedFrom must not be after arrestedTo',
    path: ['arrestedFrom'],
  })
  .openapi('SearchQuery');

export type SearchQuery = z.output<typeof searchQuerySchema>;

/** True when a search asks for something (text or any field). */
export function hasCriteria(q: SearchQuery): boolean {
  return Boolean(
    q.q?.trim() || q.surname || q.givenName || q.patronymic || q.born || q.place || q.nationality || q.sentence ||
      q.arrestedFrom || q.arrestedTo || q.source || q.operation,
  );
}

export const IdParamSchema = z.object({
  id: z.string().min(1).max(MAX_ID_CHARS).openapi({ param: { name: 'id', in: 'path' }, example: 'rec_3f2a…' }),
});

export const ErrorSchema = z
  .object({
    error: z.string().openapi({ description: 'A short machine-readable code.', example: 'not_found' }),
    message: z.string().openapi({ description: 'What went wrong, for a person.', example: 'no record with id rec_x' }),
    issues: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'For invalid input: which parameter and why.' }),
  })
  .openapi('Error');

/** A JSON object whose shape is documented in prose (records carry the Book-of-Memory fields). */
export const ObjectSchema = z.record(z.string(), z.unknown());

export const FieldValueSchema = z
  .object({ text: z.string(), norm: z.string().optional(), span: z.tuple([z.number(), z.number()]).optional() })
  .openapi('FieldValue');

export const RecordSchema = z
  .object({
    id: z.string(),
    personId: z.string().optional(),
    sourceId: z.string(),
    locator: z.string().optional(),
    synthetic: z.boolean().openapi({ description: 'Generated test data, never a real person.' }),
    fields: z.record(z.string(), FieldValueSchema).openapi({ description: 'Book-of-Memory fields: text as written, and the normalised value.' }),
    originalText: z.string().optional(),
  })
  .openapi('Record');

export const SearchResultSchema = z
  .object({
    total: z.number().int(),
    truncated: z.boolean().openapi({ description: 'True when total is a lower bound.' }),
    understood: z.record(z.string(), z.string().optional()).openapi({ description: 'How the free text was read.' }),
    page: z.number().int(),
    pageSize: z.number().int(),
    hits: z.array(z.object({ record: RecordSchema, score: z.number(), reasons: z.array(z.string()) })),
    facets: z.record(z.string(), z.array(z.object({ value: z.string(), count: z.number().int() }))),
  })
  .openapi('SearchResult');

export const LogEntrySchema = z
  .object({
    seq: z.number().int(),
    time: z.string(),
    actor: z.string(),
    kind: z.string(),
    payloadHash: z.string(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi('LogEntry');

export const CountSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int() });

export const ExportQuerySchema = z.object({
  format: z.enum(['jsonl', 'csv']).default('jsonl').openapi({ description: 'JSON Lines (one record a line) or CSV.' }),
});
