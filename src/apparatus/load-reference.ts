/**
 * Loads the reference archive (data/reference) into an archive through the log, as actor
 * `reference`, so the reference is itself attributed history. Idempotent: what is already in
 * the archive is skipped, an entity whose reference entry changed gets an `entity.correct`,
 * and a changed claim or relation enters as a new one (its id carries a hash of its content)
 * beside the old, which stays.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addSource, canonicalJson, type Archive, type Change } from '../archive/index.ts';
import type { EntityAdd, EntityCorrect } from '../domain/entity.ts';
import { campChanges } from './gazetteer-load.ts';
import { checkGazetteer } from './gazetteer.ts';
import {
  DEFAULT_REFERENCE_DIR,
  ReferenceError,
  claimPayload,
  entityPayload,
  readReference,
  relationPayload,
  sourceData,
} from './reference-files.ts';
import { claimAddChange, entityAddChange, exists, relationAddChange } from './writes.ts';

/** The actor of every entry the reference adds. */
export const REFERENCE_ACTOR = 'reference';

export interface LoadSummary {
  sources: number;
  entities: number;
  corrections: number;
  claims: number;
  relations: number;
}

function storedEntity(archive: Archive, id: string): EntityAdd | undefined {
  const data = archive.db.prepare('SELECT data FROM entities WHERE id = ?').pluck().get(id) as string | undefined;
  return data ? (JSON.parse(data) as EntityAdd) : undefined;
}

/** The fields of `next` that differ from `stored`, as an entity.correct payload, or undefined. */
function correctionOf(stored: EntityAdd, next: EntityAdd): EntityCorrect | undefined {
  const set: Record<string, unknown> = {};
  for (const key of ['names', 'aliases', 'subtype', 'period', 'vocabKeys', 'coordinates', 'versions', 'attributes', 'citation'] as const) {
    if (next[key] !== undefined && canonicalJson(next[key]) !== canonicalJson(stored[key] ?? null)) set[key] = next[key];
  }
  if (Object.keys(set).length === 0) return undefined;
  return { id: next.id, set: set as EntityCorrect['set'], reason: 'reference data updated' };
}

/** Loads `dir` (default: the shipped reference) into `archive`; returns what was added. */
export function loadReference(archive: Archive, dir: string = DEFAULT_REFERENCE_DIR): LoadSummary {
  const reference = readReference(dir);
  const gazetteerFile = join(dir, 'gulag-camps.json');
  const gazetteer = checkGazetteer(JSON.parse(readFileSync(gazetteerFile, 'utf8')), gazetteerFile);
  const summary: LoadSummary = { sources: 0, entities: 0, corrections: 0, claims: 0, relations: 0 };

  archive.transaction(() => {
    const sourceIds = new Map<string, string>();
    for (const source of reference.sources) {
      const { id, added } = addSource(archive, sourceData(source), REFERENCE_ACTOR);
      sourceIds.set(source.key, id);
      if (added) summary.sources++;
    }
    const resolve = (key: string, where: string): string => {
      const id = sourceIds.get(key);
      if (!id) throw new ReferenceError(`${where}: source ${key} is not in sources.json`);
      return id;
    };

    const entityChanges: Change[] = [];
    for (const item of reference.entities) {
      const entity = entityPayload(item, resolve);
      const stored = storedEntity(archive, entity.id);
      if (!stored) entityChanges.push(entityAddChange(archive, entity));
      else {
        const correction = correctionOf(stored, entity);
        if (correction) {
          entityChanges.push({ kind: 'entity.correct', payload: correction });
          summary.corrections++;
        }
      }
    }
    const camps = campChanges(gazetteer, resolve);
    for (const change of camps.entities) if (!exists(archive, 'entities', change.payload.id)) entityChanges.push(entityAddChange(archive, change.payload));
    summary.entities = entityChanges.filter((c) => c.kind === 'entity.add').length;
    if (entityChanges.length > 0) archive.append(entityChanges, REFERENCE_ACTOR);

    // Claims and relations are checked after the entities exist: they must name known entities.
    const claimChanges: Change[] = [];
    for (const item of reference.claims) {
      const claim = claimPayload(item, resolve);
      if (!exists(archive, 'claims', claim.id)) claimChanges.push(claimAddChange(archive, claim));
    }
    for (const claim of camps.claims) if (!exists(archive, 'claims', claim.id)) claimChanges.push(claimAddChange(archive, claim));
    const relationChanges: Change[] = [];
    for (const item of reference.relations) {
      const relation = relationPayload(item, resolve);
      if (!exists(archive, 'relations', relation.id)) relationChanges.push(relationAddChange(archive, relation));
    }
    summary.claims = claimChanges.length;
    summary.relations = relationChanges.length;
    if (claimChanges.length + relationChanges.length > 0) archive.append([...claimChanges, ...relationChanges], REFERENCE_ACTOR);
  });
  return summary;
}
