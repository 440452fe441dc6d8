/**
 * The built-in projections, applied in this order to every log entry. Other layers' projections
 * that live in this folder are listed here too (one line each); projections of upper layers
 * (search index, linkage) are passed to `openArchive` instead, since the archive never imports
 * upward. Keep this a plain array.
 */
import type { Projection } from '../types.ts';
import { sourcesProjection } from './sources.ts';
import { recordsProjection } from './records.ts';
import { entitiesProjection } from './entities.ts';
import { claimsProjection } from './claims.ts';
import { relationsProjection } from './relations.ts';
import { operationMentionsProjection } from './operation-mentions.ts';
import { personsProjection } from './persons.ts';

export const builtInProjections: Projection[] = [
  sourcesProjection,
  recordsProjection,
  entitiesProjection,
  claimsProjection,
  relationsProjection,
  operationMentionsProjection,
  personsProjection,
];
