/**
 * Schemas (zod) of the payloads that enter the log: sources and records. The import checks
 * every row against them; an API that writes records uses the same ones.
 */
import { z } from 'zod';
import { RECORD_FIELDS, type RecordData, type SourceData } from './record.ts';

/**
 * Longest text one field may hold (characters). The longest Book-of-Memory entry we know is
 * a few thousand characters; a field a hundred times that is a broken file (an unclosed quote
 * that swallowed the rest), not a record.
 */
export const MAX_FIELD_CHARS = 100_000;

/** Longest original free text of one entry (characters), for the same reason. */
export const MAX_ORIGINAL_TEXT_CHARS = 200_000;

/** Longest citation or locator (characters). */
export const MAX_CITATION_CHARS = 2_000;

const text = (max: number) =>
  z
    .string()
    .max(max, { message: `longer than ${max.toLocaleString('en')} characters` })
    .refine((s) => !s.includes('\u0000'), { message: 'contains a NUL character' });

export const fieldValueSchema = z.strictObject({
  text: text(MAX_FIELD_CHARS).min(1, { message: 'empty text' }),
  norm: text(MAX_FIELD_CHARS).optional(),
  span: z.tuple([z.int().nonnegative(), z.int().nonnegative()]).optional(),
});

export const recordFieldsSchema = z.strictObject(
  Object.fromEntries(RECORD_FIELDS.map((field) => [field, fieldValueSchema.optional()])) as {
    [K in (typeof RECORD_FIELDS)[number]]: z.ZodOptional<typeof fieldValueSchema>;
  },
);

export const recordDataSchema = z.strictObject({
  sourceId: z.string().regex(/^src_[0-9a-f]{24}$/, { message: 'not a source id' }),
  locator: text(MAX_CITATION_CHARS).optional(),
  fields: recordFieldsSchema.refine((f) => Boolean(f.surname ?? f.givenName ?? f.patronymic), {
    message: 'a record needs a name (surname, given name or patronymic)',
    path: ['surname'],
  }),
  originalText: text(MAX_ORIGINAL_TEXT_CHARS).optional(),
  synthetic: z.boolean(),
}) satisfies z.ZodType<RecordData>;

export const sourceDataSchema = z.strictObject({
  citation: text(MAX_CITATION_CHARS).refine((s) => s.trim() !== '', { message: 'empty citation' }),
  kind: z.string().max(100).optional(),
  detail: text(MAX_CITATION_CHARS).optional(),
  synthetic: z.boolean().optional(),
}) satisfies z.ZodType<SourceData>;

/** One problem found in a payload: the field (dotted path) and why. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** Checks a record; returns its problems (empty when it is valid). */
export function recordProblems(record: unknown): FieldProblem[] {
  const result = recordDataSchema.safeParse(record);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: issue.path.filter((p) => p !== 'fields' && p !== 'text').join('.') || '(record)',
    reason: issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message,
  }));
}

const SOURCE_ID = /^src_[0-9a-f]{24}$/;

function textProblem(field: string, value: string, max: number, allowEmpty = false): FieldProblem | undefined {
  if (!allowEmpty && value.length === 0) return { field, reason: 'empty text' };
  if (value.length > max) return { field, reason: `longer than ${max.toLocaleString('en')} characters` };
  if (value.includes('\u0000')) return { field, reason: 'contains a NUL character' };
  return undefined;
}

/**
 * The same checks as `recordProblems`, for a record whose shape the import built itself (known
 * fields, {text, norm?, span?} values): only the texts and the name are checked, without zod,
 * which costs a sixth of a big import. A test holds both to the same answers.
 */
export function builtRecordProblems(record: RecordData): FieldProblem[] {
  // No closure here: a million-row import calls this once a row.
  const problems: FieldProblem[] = [];
  let p: FieldProblem | undefined;
  if (!SOURCE_ID.test(record.sourceId)) problems.push({ field: 'sourceId', reason: 'not a source id' });
  if (record.locator !== undefined && (p = textProblem('locator', record.locator, MAX_CITATION_CHARS, true))) problems.push(p);
  if (record.originalText !== undefined && (p = textProblem('originalText', record.originalText, MAX_ORIGINAL_TEXT_CHARS, true))) problems.push(p);
  const fields = record.fields;
  for (const field in fields) {
    const value = fields[field as keyof typeof fields]!;
    if ((p = textProblem(field, value.text, MAX_FIELD_CHARS))) problems.push(p);
    if (value.norm !== undefined && (p = textProblem(`${field}.norm`, value.norm, MAX_FIELD_CHARS, true))) problems.push(p);
  }
  if (!fields.surname && !fields.givenName && !fields.patronymic) {
    problems.push({ field: 'surname', reason: 'a record needs a name (surname, given name or patronymic)' });
  }
  return problems;
}
