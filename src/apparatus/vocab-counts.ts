/**
 * Records linked to a body or a site of the apparatus through the vocabulary keys the import
 * gives them (`nkvd-troika`, `dvoika`, `oso`, `military-collegium`, `butovo`, `kommunarka`…):
 * which troika sentenced, where the dead lie. An entity lists its keys in `vocabKeys`.
 */
import type { Archive } from '../archive/index.ts';
import type { RecordField } from '../domain/record.ts';
import { getEntity } from './queries.ts';
import type { RecordCount } from './operation-figures.ts';

/** Fields whose normalised value is a body of the apparatus or a site. */
export const VOCAB_FIELDS: readonly RecordField[] = ['arrestingBody', 'sentencingBody', 'rehabilitationBody', 'burialPlace', 'deathPlace'];

export interface VocabCount extends RecordCount {
  field: RecordField;
}

/** Entities that carry the vocabulary key `key` (usually one). */
export function entitiesForVocabKey(archive: Archive, key: string): string[] {
  return archive.db.prepare('SELECT entity_id FROM entities_vocab WHERE key = ? ORDER BY entity_id').pluck().all(key) as string[];
}

/** For each field, how many records (real and synthetic apart) name the entity by one of its keys. */
export function countRecordsByVocab(archive: Archive, entityId: string): VocabCount[] {
  const entity = getEntity(archive, entityId);
  if (!entity) throw new Error(`no entity ${entityId}`);
  if (entity.vocabKeys.length === 0) return [];
  const keys = JSON.stringify(entity.vocabKeys);
  return VOCAB_FIELDS.flatMap((field) => {
    const row = archive.db
      .prepare(
        `SELECT coalesce(sum(synthetic = 0), 0) AS real, coalesce(sum(synthetic = 1), 0) AS synthetic FROM records
         WHERE json_extract(fields, '$.${field}.norm') IN (SELECT value FROM json_each(?))`,
      )
      .get(keys) as { real: number; synthetic: number };
    return row.real + row.synthetic > 0 ? [{ field, real: row.real, synthetic: row.synthetic }] : [];
  });
}
