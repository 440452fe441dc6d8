/**
 * The zod schemas that validate API requests. The OpenAPI document is generated from these
 * same objects (via @hono/zod-openapi), and the HTML search form is parsed with them too, so
 * the documentation, the API and the pages cannot drift apart.
 */
import { z } from '@hono/zod-openapi';

/** Longest query text: a full name with patronymic and variants fits many times over. */
export const MAX_QUERY_CHARS = 200;
/** Longest value of a single optional field (place, nationality, sentence). */
export const MAX_FIELD_CHARS = 100;
/** Deepest page of results: beyond this a search should be narrowed, not paged. */
export const MAX_PAGE = 500;
/** Most hits per page. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Years outside this range are typing errors, not dates of the terror or of a birth. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;
/** Longest id accepted in a path (record, source, person, entity ids are far shorter). */
export const MAX_ID_CHARS = 200;

const optionalText = (description: string, example: string) =>
  z.string().trim().max(MAX_FIELD_CHARS).optional().openapi({ description, example });

const year = (description: string) =>
  z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().openapi({ description, type: 'integer' });

export const SearchQuerySchema = z
  .object({
    q: z.string().trim().max(MAX_QUERY_CHARS).default('').openapi({
      description: 'A name or words in any spelling and any script (Ежов, Yezhov, Jeżow).',
      example: 'Yezhov',
    }),
    born: z
      .string()
      .trim()
      .max(20)
      .regex(/^(\d{4}|\d{3}X|\d{4}[?~%]?)?$/, 'born is a year like 1898, optionally uncertain (1898?) or a decade (189X)')
      .optional()
      .openapi({ description: 'Year of birth; may be uncertain (1898?) or a decade (189X).', example: '1898' }),
    place: optionalText('Birthplace or residence, in any script.', 'Минск'),
    nationality: optionalText('Nationality as a word or vocabulary key.', 'поляк'),
    sentence: optionalText('Sentence, e.g. a vocabulary key or the words of the record.', 'ВМН'),
    yearFrom: year('Earliest year of arrest, sentence or death.'),
    yearTo: year('Latest year of arrest, sentence or death.'),
    page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1).openapi({ type: 'integer', example: 1 }),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).openapi({ type: 'integer', example: 20 }),
  })
  .refine((q) => q.yearFrom === undefined || q.yearTo === undefined || q.yearFrom <= q.yearTo, {
    message: 'yearFrom must not be after yearTo',
    path: ['yearFrom'],
  })
  .openapi('SearchQuery');

export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** True when a search asks for something (text or any field). */
export function hasCriteria(q: SearchQuery): boolean {
  return Boolean(q.q || q.born || q.place || q.nationality || q.sentence || q.yearFrom || q.yearTo);
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
