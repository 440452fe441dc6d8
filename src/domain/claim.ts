/**
 * Claims and relations: what a source says about an entity, with the source and the place in
 * it. Claims that disagree stand side by side; an editor may rank one as preferred (with a
 * reason) but no rank hides a claim. A relation is a claim that links two entities over time.
 */
import { z } from 'zod';
import { CitationSchema, EdtfSchema, SlugSchema } from './citation.ts';
import { EntityIdSchema } from './entity.ts';

/** How exact a published figure is, in the source's own terms ("at least", "over", "about"). */
export const QUANTITY_QUALIFIERS = ['exact', 'about', 'at-least', 'over', 'at-most', 'under'] as const;

/** A claim's value. Uncertainty is kept as the source states it, never rounded away. */
export const ClaimValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1) }).strict(),
  z.object({ type: z.literal('date'), edtf: EdtfSchema }).strict(),
  z
    .object({
      type: z.literal('quantity'),
      amount: z.number().int().nonnegative(),
      qualifier: z.enum(QUANTITY_QUALIFIERS),
      /** What is counted: `people`, `votes`, `messages-per-day`… */
      unit: SlugSchema,
    })
    .strict(),
  z
    .object({
      type: z.literal('range'),
      min: z.number().int().nonnegative(),
      max: z.number().int().nonnegative(),
      qualifier: z.enum(QUANTITY_QUALIFIERS).default('exact'),
      unit: SlugSchema,
    })
    .strict()
    .refine((r) => r.min <= r.max, { message: 'a range needs min ≤ max' }),
  z.object({ type: z.literal('entity'), id: EntityIdSchema }).strict(),
]);

export type ClaimValue = z.infer<typeof ClaimValueSchema>;

/** A claim id: `claim/<slug>`. */
export const ClaimIdSchema = z.string().regex(/^claim\/[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'a claim id looks like claim/<slug>');

/** A relation id: `relation/<slug>`. */
export const RelationIdSchema = z
  .string()
  .regex(/^relation\/[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'a relation id looks like relation/<slug>');

/** The payload of a `claim.add` log entry. */
export const ClaimAddSchema = z
  .object({
    id: ClaimIdSchema,
    subject: EntityIdSchema,
    /** What is claimed, e.g. `arrested`, `executed`, `sentenced`, `date`, `founded`, `died`. */
    property: SlugSchema,
    value: ClaimValueSchema,
    /** When the claim holds or what period a figure covers (EDTF), if the source says. */
    period: EdtfSchema.optional(),
    citation: CitationSchema,
    /** The archive's own short note: what the figure counts, how the source differs from others. */
    note: z.string().min(1).optional(),
    synthetic: z.boolean().optional(),
  })
  .strict();

export type ClaimAdd = z.infer<typeof ClaimAddSchema>;

/** Ranks follow Wikidata's: every rank is shown; `preferred` is listed first, `deprecated` marked. */
export const CLAIM_RANKS = ['preferred', 'normal', 'deprecated'] as const;
export type ClaimRank = (typeof CLAIM_RANKS)[number];

/** The payload of a `claim.rank` log entry; it applies to claims and relations alike. */
export const ClaimRankSchema = z
  .object({
    claimId: z.union([ClaimIdSchema, RelationIdSchema]),
    rank: z.enum(CLAIM_RANKS),
    reason: z.string().trim().min(1, 'a rank needs a reason'),
  })
  .strict();

export type ClaimRankChange = z.infer<typeof ClaimRankSchema>;

/** The kinds of link between two entities. Read as "subject TYPE object". */
export const RELATION_TYPES = [
  'head-of',
  'member-of',
  'victim-of',
  'defendant-in',
  'interned-in',
  'executed-at',
  'buried-at',
  'erased-from',
  'renamed-to',
  'part-of',
  'successor-of',
  'arrested-by',
  'ordered',
  'carried-out',
  'targeted',
  'author-of',
  'depicted-in',
  'killed-by',
  'founded',
  'managed',
  'located-at',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

/** The fields of a `relation.add` payload, before the checks across fields. */
export const RelationFieldsSchema = z
  .object({
    id: RelationIdSchema,
    type: z.enum(RELATION_TYPES),
    subject: EntityIdSchema,
    object: EntityIdSchema,
    /** When the link held (EDTF date or interval), e.g. `1936-09-26/1938-11-25`. */
    period: EdtfSchema.optional(),
    /** For artefacts: the version the relation concerns (`retouched` for "erased from"). */
    objectVersion: SlugSchema.optional(),
    citation: CitationSchema,
    note: z.string().min(1).optional(),
    synthetic: z.boolean().optional(),
  })
  .strict();

/** The payload of a `relation.add` log entry. */
export const RelationAddSchema = RelationFieldsSchema.refine((r) => r.subject !== r.object, {
  message: 'a relation links two different entities',
});

export type RelationAdd = z.infer<typeof RelationAddSchema>;

/** Reads a claim value as a reader would say it: "at least 750,000 people", "1937-08~". */
export function formatClaimValue(value: ClaimValue): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const qualifierText: Record<(typeof QUANTITY_QUALIFIERS)[number], string> = {
    exact: '',
    about: 'about ',
    'at-least': 'at least ',
    over: 'over ',
    'at-most': 'at most ',
    under: 'under ',
  };
  switch (value.type) {
    case 'text':
      return value.text;
    case 'date':
      return value.edtf;
    case 'quantity':
      return `${qualifierText[value.qualifier]}${n(value.amount)} ${value.unit}`;
    case 'range':
      return `${qualifierText[value.qualifier]}${n(value.min)}–${n(value.max)} ${value.unit}`;
    case 'entity':
      return value.id;
  }
}
