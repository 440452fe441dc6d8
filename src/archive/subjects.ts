/**
 * Which ids a change touches, for `historyOf`. Read from well-known payload keys unless the
 * change names its subjects itself.
 */
import type { Change } from './types.ts';

/** Payload keys whose string (or string-array) values name a subject of the change. */
const SUBJECT_KEYS = [
  'id',
  'subject',
  'object',
  'subjectId',
  'objectId',
  'recordId',
  'recordIds',
  'personId',
  'personIds',
  'entityId',
  'claimId',
  'relationId',
] as const;

export function subjectsOf(change: Change): string[] {
  if (change.subjects) return change.subjects;
  const payload = change.payload;
  if (payload === null || typeof payload !== 'object') return [];
  const found = new Set<string>();
  for (const key of SUBJECT_KEYS) {
    const value = (payload as Record<string, unknown>)[key];
    if (typeof value === 'string') found.add(value);
    else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') found.add(item);
  }
  return [...found];
}
