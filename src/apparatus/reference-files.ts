/**
 * The reference archive's files (data/reference): sources, entities by kind, claims,
 * relations and the Gulag gazetteer — readable JSON that reviewers can diff. This module
 * reads and validates them and turns them into log payloads; it writes nothing.
 *
 * In the files a fact names its source by a readable key (`source/seed-003`) and gives its
 * `quote` and/or `page`; the loader turns the key into the archive's source id.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { SlugSchema } from '../domain/citation.ts';
import { EntityAddSchema, EntityFieldsSchema, type EntityAdd } from '../domain/entity.ts';
import { ClaimAddSchema, RelationAddSchema, RelationFieldsSchema, type ClaimAdd, type RelationAdd } from '../domain/claim.ts';
import type { SourceData } from '../domain/record.ts';

/** The version of the reference files' layout; files of another version are refused. */
export const REFERENCE_FORMAT_VERSION = 1;

/** The reference folder shipped with unerased. */
export const DEFAULT_REFERENCE_DIR = fileURLToPath(new URL('../../data/reference/', import.meta.url));

/** Hex digits of a content hash added to claim and relation ids: a changed fact gets a new id. */
const CONTENT_HASH_DIGITS = 8;

const SourceKeySchema = z.string().regex(/^source\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a source key looks like source/<slug>');

const ReferenceSourceSchema = z
  .object({
    key: SourceKeySchema,
    citation: z.string().trim().min(1),
    kind: SlugSchema.optional(),
    detail: z.string().optional(),
    /** The source's text, relative to the shared data folder, where quotes can be checked. */
    text: z.string().optional(),
  })
  .strict();

export type ReferenceSource = z.infer<typeof ReferenceSourceSchema>;

/** How a fact cites its source in the files: a key, and a quote and/or a page. */
const FileCitation = {
  source: SourceKeySchema,
  quote: z.string().trim().min(1).optional(),
  page: z.string().trim().min(1).optional(),
};

const needsLocator = (c: { quote?: string; page?: string }): boolean => c.quote !== undefined || c.page !== undefined;
const LOCATOR_MESSAGE = { message: 'a fact needs a quote or a page' };

const FileEntitySchema = EntityFieldsSchema.omit({ citation: true, kind: true })
  .extend({ kind: EntityFieldsSchema.shape.kind.optional(), ...FileCitation })
  .strict()
  .refine(needsLocator, LOCATOR_MESSAGE);

const FileClaimSchema = ClaimAddSchema.omit({ citation: true, id: true })
  .extend({ id: ClaimAddSchema.shape.id.optional(), ...FileCitation })
  .strict()
  .refine(needsLocator, LOCATOR_MESSAGE);

const FileRelationSchema = RelationFieldsSchema.omit({ citation: true, id: true })
  .extend({ id: RelationFieldsSchema.shape.id.optional(), ...FileCitation })
  .strict()
  .refine(needsLocator, LOCATOR_MESSAGE);

export type FileEntity = z.infer<typeof FileEntitySchema>;
export type FileClaim = z.infer<typeof FileClaimSchema>;
export type FileRelation = z.infer<typeof FileRelationSchema>;

/** A validated reference folder: sources by key, and facts still naming sources by key. */
export interface ReferenceSet {
  sources: ReferenceSource[];
  entities: { file: string; entity: FileEntity }[];
  claims: { file: string; claim: FileClaim }[];
  relations: { file: string; relation: FileRelation }[];
}

export class ReferenceError extends Error {}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ReferenceError(`${file}: ${(error as Error).message}`);
  }
}

/** Reads `file`, checks its formatVersion, validates each item of `listKey` with `schema`. */
function readList<T>(file: string, listKey: string, schema: z.ZodType<T>): T[] {
  const json = readJson(file) as Record<string, unknown>;
  if (json.formatVersion !== REFERENCE_FORMAT_VERSION) {
    throw new ReferenceError(`${file}: formatVersion ${String(json.formatVersion)} is not supported (expected ${REFERENCE_FORMAT_VERSION})`);
  }
  const list = json[listKey];
  if (!Array.isArray(list)) throw new ReferenceError(`${file}: no "${listKey}" list`);
  return list.map((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) return result.data;
    const label = (item as { id?: string; key?: string; subject?: string }).id ?? (item as { key?: string }).key ?? (item as { subject?: string }).subject ?? '';
    const issue = result.error.issues[0]!;
    throw new ReferenceError(`${file}: ${listKey}[${index}] ${label} field ${issue.path.join('.') || '(item)'}: ${issue.message}`);
  });
}

/** Reads and validates a reference folder; throws a ReferenceError naming file, item and field. */
export function readReference(dir: string = DEFAULT_REFERENCE_DIR): ReferenceSet {
  const sources = readList(join(dir, 'sources.json'), 'sources', ReferenceSourceSchema);
  const entityDir = join(dir, 'entities');
  const entities = readdirSync(entityDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => readList(join(entityDir, name), 'entities', FileEntitySchema).map((entity) => ({ file: join(entityDir, name), entity })));
  const claimsFile = join(dir, 'claims.json');
  const relationsFile = join(dir, 'relations.json');
  const claims = readList(claimsFile, 'claims', FileClaimSchema).map((claim) => ({ file: claimsFile, claim }));
  const relations = readList(relationsFile, 'relations', FileRelationSchema).map((relation) => ({ file: relationsFile, relation }));
  const set = { sources, entities, claims, relations };
  refuseDuplicates(set);
  return set;
}

/** Two items with one id would be one entity (or claim) said twice: refuse, naming both files. */
function refuseDuplicates(set: ReferenceSet): void {
  const seen = new Map<string, string>();
  const check = (id: string, file: string): void => {
    const first = seen.get(id);
    if (first !== undefined) throw new ReferenceError(`${file}: ${id} is already defined in ${first}`);
    seen.set(id, file);
  };
  for (const source of set.sources) check(source.key, 'sources.json');
  for (const { file, entity } of set.entities) check(entity.id, file);
  for (const { file, claim } of set.claims) check(claim.id ?? JSON.stringify(claim), file);
  for (const { file, relation } of set.relations) check(relation.id ?? JSON.stringify(relation), file);
}

/** The `source.add` payload of a reference source. */
export function sourceData(source: ReferenceSource): SourceData {
  return { citation: source.citation, ...(source.kind ? { kind: source.kind } : {}), ...(source.detail ? { detail: source.detail } : {}) };
}

const idSlug = (id: string): string => id.replace('/', '-');
const shortHash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, CONTENT_HASH_DIGITS);

function locatorOf(fact: { quote?: string; page?: string }): { quote?: string; page?: string } {
  return { ...(fact.quote !== undefined ? { quote: fact.quote } : {}), ...(fact.page !== undefined ? { page: fact.page } : {}) };
}

/** Resolves a source key to an archive source id, or throws naming the file and fact. */
export type SourceResolver = (key: string, where: string) => string;

export function entityPayload({ file, entity }: ReferenceSet['entities'][number], resolve: SourceResolver): EntityAdd {
  const { source, quote, page, ...rest } = entity;
  const kind = entity.kind ?? (entity.id.slice(0, entity.id.indexOf('/')) as EntityAdd['kind']);
  return EntityAddSchema.parse({
    ...rest,
    kind,
    citation: { sourceId: resolve(source, `${file}: ${entity.id}`), locator: locatorOf({ quote, page }) },
  });
}

/** Claim ids: readable (subject, property, source) and a hash of the content, stable across loads. */
export function claimPayload({ file, claim }: ReferenceSet['claims'][number], resolve: SourceResolver): ClaimAdd {
  const { source, quote, page, id, ...rest } = claim;
  const claimId = id ?? `claim/${idSlug(claim.subject)}.${claim.property}.${source.slice('source/'.length)}.${shortHash(claim)}`;
  return ClaimAddSchema.parse({
    ...rest,
    id: claimId,
    citation: { sourceId: resolve(source, `${file}: claim ${claimId}`), locator: locatorOf({ quote, page }) },
  });
}

export function relationPayload({ file, relation }: ReferenceSet['relations'][number], resolve: SourceResolver): RelationAdd {
  const { source, quote, page, id, ...rest } = relation;
  const relationId =
    id ?? `relation/${idSlug(relation.subject)}.${relation.type}.${idSlug(relation.object)}.${shortHash(relation)}`;
  return RelationAddSchema.parse({
    ...rest,
    id: relationId,
    citation: { sourceId: resolve(source, `${file}: relation ${relationId}`), locator: locatorOf({ quote, page }) },
  });
}
