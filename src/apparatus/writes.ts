/**
 * Writing entities, claims, ranks and relations through the log. Every payload is validated
 * against its schema, and every citation must name a source the archive holds: nothing enters
 * without a source.
 */
import { cachedPerDb, getSource, type Archive, type Change } from '../archive/index.ts';
import { ClaimAddSchema, ClaimRankSchema, RelationAddSchema, type ClaimAdd, type ClaimRankChange, type RelationAdd } from '../domain/claim.ts';
import type { Citation } from '../domain/citation.ts';
import { EntityAddSchema, EntityCorrectSchema, type EntityAdd, type EntityCorrect } from '../domain/entity.ts';
import type { z } from 'zod';

export class ApparatusInputError extends Error {}

function parse<T>(schema: z.ZodType<T>, payload: unknown, what: string): T {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ApparatusInputError(`${what}: field ${issue.path.join('.') || '(payload)'}: ${issue.message}`);
}

function requireSource(archive: Archive, citation: Citation, what: string): void {
  if (!getSource(archive, citation.sourceId)) throw new ApparatusInputError(`${what}: source ${citation.sourceId} is not in the archive`);
}

const statements = cachedPerDb((db) => ({
  entities: db.prepare('SELECT 1 FROM entities WHERE id = ?'),
  claims: db.prepare('SELECT 1 FROM claims WHERE id = ?'),
  relations: db.prepare('SELECT 1 FROM relations WHERE id = ?'),
}));

/** Whether `id` is in the projection table `table`. */
export function exists(archive: Archive, table: 'entities' | 'claims' | 'relations', id: string): boolean {
  return statements(archive.db)[table].get(id) !== undefined;
}

function requireEntity(archive: Archive, id: string, what: string): void {
  if (!exists(archive, 'entities', id)) throw new ApparatusInputError(`${what}: entity ${id} is not in the archive`);
}

/** The `entity.add` change for an entity, validated; refuses an unknown source. */
export function entityAddChange(archive: Archive, input: unknown): Change<EntityAdd> {
  const entity = parse(EntityAddSchema, input, `entity ${(input as { id?: string })?.id ?? ''}`);
  requireSource(archive, entity.citation, `entity ${entity.id}`);
  return { kind: 'entity.add', payload: entity, subjects: [entity.id, entity.citation.sourceId] };
}

export function claimAddChange(archive: Archive, input: unknown): Change<ClaimAdd> {
  const claim = parse(ClaimAddSchema, input, `claim ${(input as { id?: string })?.id ?? ''}`);
  requireSource(archive, claim.citation, `claim ${claim.id}`);
  requireEntity(archive, claim.subject, `claim ${claim.id}`);
  if (claim.value.type === 'entity') requireEntity(archive, claim.value.id, `claim ${claim.id}`);
  return { kind: 'claim.add', payload: claim, subjects: [claim.id, claim.subject, claim.citation.sourceId] };
}

export function relationAddChange(archive: Archive, input: unknown): Change<RelationAdd> {
  const relation = parse(RelationAddSchema, input, `relation ${(input as { id?: string })?.id ?? ''}`);
  requireSource(archive, relation.citation, `relation ${relation.id}`);
  requireEntity(archive, relation.subject, `relation ${relation.id}`);
  requireEntity(archive, relation.object, `relation ${relation.id}`);
  return {
    kind: 'relation.add',
    payload: relation,
    subjects: [relation.id, relation.subject, relation.object, relation.citation.sourceId],
  };
}

/** Adds an entity unless its id exists; returns whether it was added. */
export function addEntity(archive: Archive, input: unknown, actor: string): boolean {
  return archive.transaction(() => {
    const change = entityAddChange(archive, input);
    if (exists(archive, 'entities', change.payload.id)) return false;
    archive.append([change], actor);
    return true;
  });
}

export function correctEntity(archive: Archive, input: unknown, actor: string): void {
  const correction: EntityCorrect = parse(EntityCorrectSchema, input, `correction of ${(input as { id?: string })?.id ?? ''}`);
  archive.transaction(() => {
    requireEntity(archive, correction.id, `correction of ${correction.id}`);
    if (correction.set.citation) requireSource(archive, correction.set.citation, `correction of ${correction.id}`);
    archive.append([{ kind: 'entity.correct', payload: correction }], actor);
  });
}

export function addClaim(archive: Archive, input: unknown, actor: string): boolean {
  return archive.transaction(() => {
    const change = claimAddChange(archive, input);
    if (exists(archive, 'claims', change.payload.id)) return false;
    archive.append([change], actor);
    return true;
  });
}

export function addRelation(archive: Archive, input: unknown, actor: string): boolean {
  return archive.transaction(() => {
    const change = relationAddChange(archive, input);
    if (exists(archive, 'relations', change.payload.id)) return false;
    archive.append([change], actor);
    return true;
  });
}

/** Ranks a claim or relation (preferred / normal / deprecated) with a reason; it stays visible. */
export function rankClaim(archive: Archive, input: unknown, actor: string): void {
  const rank: ClaimRankChange = parse(ClaimRankSchema, input, 'rank');
  archive.transaction(() => {
    if (!exists(archive, 'claims', rank.claimId) && !exists(archive, 'relations', rank.claimId)) {
      throw new ApparatusInputError(`rank: claim ${rank.claimId} is not in the archive`);
    }
    archive.append([{ kind: 'claim.rank', payload: rank }], actor);
  });
}
