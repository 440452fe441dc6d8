/**
 * The machinery of terror as data: entities (organisations, operations, trials, places,
 * events, artefacts, non-victim people), claims and relations with their sources, the
 * reference archive, the Gulag gazetteer, and counts of records beside published figures.
 * The one module other layers import from `src/apparatus`.
 *
 *   loadReference(archive, dir?) → LoadSummary      idempotent; actor `reference`
 *   addEntity / correctEntity / addClaim / addRelation / rankClaim(archive, payload, actor)
 *   getEntity, listEntities({kind?, subtype?, includeCamps?}), claimsAbout(archive, id, property?),
 *   relationsOf(archive, id, type?), headsOf(archive, orgId, {followRenamings?}), renamingChain,
 *   findEntitiesByName(archive, foldName(text), kind?)
 *   countRecordsForOperation(archive, id), operationFigures(archive, id)
 *   countRecordsByVocab(archive, id) → records naming a body or site by vocabulary key, per field
 *   campMatcher(archive).match(placeText) → camp ids; recordsNamingCamp(archive, campId) → {real, synthetic}
 */
export { loadReference, REFERENCE_ACTOR, type LoadSummary } from './load-reference.ts';
export { readReference, DEFAULT_REFERENCE_DIR, REFERENCE_FORMAT_VERSION, ReferenceError, type ReferenceSet, type ReferenceSource } from './reference-files.ts';
export { addEntity, correctEntity, addClaim, addRelation, rankClaim, ApparatusInputError } from './writes.ts';
export {
  getEntity,
  listEntities,
  claimsAbout,
  relationsOf,
  headsOf,
  renamingChain,
  findEntitiesByName,
  type StoredClaim,
  type StoredRelation,
  type EntitySummary,
  type CitedSource,
  type ListEntitiesOptions,
} from './queries.ts';
export { countRecordsForOperation, operationFigures, operationWithParts, OperationMatcher, type OperationFigures, type PublishedFigure, type RecordCount } from './operation-figures.ts';
export { campMatcher, recordsNamingCamp, CAMP_FIELDS, type CampMatcher } from './camp-links.ts';
export { countRecordsByVocab, entitiesForVocabKey, VOCAB_FIELDS, type VocabCount } from './vocab-counts.ts';
export { NameIndex, MIN_CONTAINED_NAME_LENGTH, wordTokens } from './name-index.ts';
export { GAZETTEER_FORMAT_VERSION, type Camp, type Gazetteer } from './gazetteer.ts';
export { foldName } from '../domain/entity.ts';
