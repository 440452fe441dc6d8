/**
 * Where a fact comes from: a source id and a locator inside it. Shared by entities, claims and
 * relations, because nothing enters the archive without one (DESIGN.md, principle 2).
 */
import edtf from 'edtf';
import { z } from 'zod';

/** A source id as the archive assigns it (`src_` and hex digits of the citation's hash). */
export const SourceIdSchema = z.string().regex(/^src_[0-9a-f]+$/, 'a source id looks like src_<hex> (see `unerased sources`)');

/**
 * Where in the source the fact is stated. At least one of `quote` (the source's own words,
 * verbatim) or `page` (page, sheet, line, row or section) is required.
 */
export const LocatorSchema = z
  .object({
    quote: z.string().trim().min(1).optional(),
    page: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((l) => l.quote !== undefined || l.page !== undefined, {
    message: 'a locator needs a quote or a page',
  });

export type Locator = z.infer<typeof LocatorSchema>;

/** A source and the place in it that states the fact. */
export const CitationSchema = z
  .object({
    sourceId: SourceIdSchema,
    locator: LocatorSchema,
  })
  .strict();

export type Citation = z.infer<typeof CitationSchema>;

/** True when `text` parses as EDTF (dates, uncertain dates, intervals). */
export function isEdtf(text: string): boolean {
  try {
    edtf(text);
    return true;
  } catch {
    return false;
  }
}

/** An EDTF date or interval: `1937-08~`, `193X`, `1936-09-26/1938-11-25`, `1937/..`. */
export const EdtfSchema = z.string().refine(isEdtf, { message: 'not an EDTF date or interval' });

/** A readable, stable slug: lowercase letters, digits and single hyphens. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase letters and digits joined by single hyphens');
