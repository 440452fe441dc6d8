/**
 * Entities: the machinery of terror as data — organisations, operations and orders, trials,
 * places, events, artefacts, and people who are not (only) victims: officials, perpetrators,
 * historians, authors. Victims themselves are records and persons, not entities.
 *
 * An entity says what a thing is and what it is called; what is *said about* it (dates,
 * figures, who headed it) are claims and relations, each with its own source, so that sources
 * that disagree can stand side by side. The entity itself also carries the citation of the
 * source that names it: nothing enters without one.
 */
import { z } from 'zod';
import { CitationSchema, EdtfSchema, SlugSchema } from './citation.ts';

export const ENTITY_KINDS = [
  'organisation',
  'operation',
  'trial',
  'place',
  'event',
  'artefact',
  'person',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EntityKindSchema = z.enum(ENTITY_KINDS);

/** Ids are readable and stable: `kind/slug`, e.g. `organisation/nkvd`, `place/butovo`. */
export const EntityIdSchema = z
  .string()
  .regex(
    new RegExp(`^(?:${ENTITY_KINDS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`),
    'an entity id looks like <kind>/<lowercase-slug>, e.g. organisation/nkvd',
  );

/** The kind an id names (the part before the slash). */
export function kindOfId(id: string): EntityKind | undefined {
  const kind = id.slice(0, id.indexOf('/'));
  return (ENTITY_KINDS as readonly string[]).includes(kind) ? (kind as EntityKind) : undefined;
}

/** Names by language (ISO 639-1). English is required: it is the display fallback. */
export const NamesSchema = z
  .record(z.string().regex(/^[a-z]{2}$/, 'a language is a two-letter ISO 639-1 code'), z.string().trim().min(1))
  .refine((names) => typeof names.en === 'string', { message: 'an English name (en) is required' });

/** What role a person who is not only a victim played. */
export const PERSON_ROLES = ['official', 'perpetrator', 'historian', 'author', 'victim', 'political-figure'] as const;

/** Coordinates; `precision` says how far to trust them ("approximate" = settlement or region level). */
export const CoordinatesSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    precision: z.enum(['exact', 'approximate']),
  })
  .strict();

/** One version of an artefact: the original photograph, the retouched print, a scan… */
export const ArtefactVersionSchema = z
  .object({
    id: SlugSchema,
    label: z.string().min(1),
    /** What distinguishes this version, in the archive's own words. */
    description: z.string().min(1),
  })
  .strict();

/** The fields of an `entity.add` payload, before the checks across fields. */
export const EntityFieldsSchema = z
  .object({
    id: EntityIdSchema,
    kind: EntityKindSchema,
    names: NamesSchema,
    /** Other spellings and names the entity is known by (abbreviations, transliterations). */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Finer type: `order`, `camp`, `execution-site`, `show-trial`, `photograph`, `city`… */
    subtype: SlugSchema.optional(),
    /** When it existed or took place (EDTF date or interval), as the citing source gives it. */
    period: EdtfSchema.optional(),
    /**
     * Vocabulary keys that records use for this entity (`nkvd-troika`, `butovo`…), so records
     * naming a body, an operation or a burial site can be linked and counted.
     */
    vocabKeys: z.array(SlugSchema).default([]),
    roles: z.array(z.enum(PERSON_ROLES)).optional(),
    coordinates: CoordinatesSchema.optional(),
    versions: z.array(ArtefactVersionSchema).optional(),
    /** Fields particular to a kind, e.g. the order number of an operation. */
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    /** The source that names this entity, and where. */
    citation: CitationSchema,
    /** Marks generated test entities, never shown as real. */
    synthetic: z.boolean().optional(),
  })
  .strict();

/** The payload of an `entity.add` log entry. */
export const EntityAddSchema = EntityFieldsSchema.superRefine((entity, ctx) => {
    if (kindOfId(entity.id) !== entity.kind) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: `kind ${entity.kind} does not match id ${entity.id}` });
    }
    if (entity.versions && entity.kind !== 'artefact') {
      ctx.addIssue({ code: 'custom', path: ['versions'], message: 'only artefacts have versions' });
    }
    if (entity.roles && entity.kind !== 'person') {
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'only persons have roles' });
    }
  });

export type EntityAdd = z.infer<typeof EntityAddSchema>;
export type EntityAddInput = z.input<typeof EntityAddSchema>;

/**
 * The payload of an `entity.correct` log entry: new values for some fields, with the reason.
 * The id and kind never change; the previous values stay in the log.
 */
export const EntityCorrectSchema = z
  .object({
    id: EntityIdSchema,
    set: z
      .object({
        names: NamesSchema.optional(),
        aliases: z.array(z.string().trim().min(1)).optional(),
        subtype: SlugSchema.optional(),
        period: EdtfSchema.optional(),
        vocabKeys: z.array(SlugSchema).optional(),
        coordinates: CoordinatesSchema.optional(),
        versions: z.array(ArtefactVersionSchema).optional(),
        attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
        citation: CitationSchema.optional(),
      })
      .strict()
      .refine((set) => Object.keys(set).length > 0, { message: 'a correction changes at least one field' }),
    reason: z.string().trim().min(1),
  })
  .strict();

export type EntityCorrect = z.infer<typeof EntityCorrectSchema>;

/** An entity as the projection holds it: the added payload with corrections applied. */
export type Entity = EntityAdd;

/** Applies a correction to an entity (pure). */
export function correctEntity(entity: Entity, correction: EntityCorrect): Entity {
  return { ...entity, ...correction.set };
}

/** A name as compared for lookup: NFC, lower case, accents off, whitespace collapsed. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}
