/**
 * The review queue: pairs the model was unsure of, name-only matches, and family suggestions,
 * each waiting for an editor. Accepting a same-person pair links the two records (a
 * `person.link` entry beside the `review.decide`); rejecting keeps them apart for good.
 * Unlinking takes records out of a person; undoing a link entry unlinks what it added.
 */
import type { Archive } from '../archive/index.ts';
import {
  PERSON_PAYLOAD_VERSION,
  type PersonLinkPayload,
  type PersonUnlinkPayload,
  type ReviewDecidePayload,
  type ReviewKind,
} from '../archive/projections/persons.ts';
import { personIdFor } from './archive-links.ts';
import type { FieldContribution } from './model.ts';

export interface ReviewItem {
  id: string;
  kind: ReviewKind;
  left: string;
  right: string;
  weight: number | null;
  probability: number | null;
  fields: FieldContribution[];
  reason: string;
  status: 'pending' | 'accepted' | 'rejected';
  decidedBy: string | null;
  decisionReason: string | null;
}

interface ReviewRow {
  id: string;
  kind: ReviewKind;
  left_id: string;
  right_id: string;
  weight: number | null;
  probability: number | null;
  fields: string | null;
  reason: string;
  status: ReviewItem['status'];
  decided_by: string | null;
  decision_reason: string | null;
}

function toItem(row: ReviewRow): ReviewItem {
  return {
    id: row.id, kind: row.kind, left: row.left_id, right: row.right_id, weight: row.weight, probability: row.probability,
    fields: row.fields ? (JSON.parse(row.fields) as FieldContribution[]) : [], reason: row.reason, status: row.status,
    decidedBy: row.decided_by, decisionReason: row.decision_reason,
  };
}

export interface ReviewListOptions {
  status?: ReviewItem['status'];
  kind?: ReviewKind;
  limit?: number;
  offset?: number;
}

/** Review items, most probable first. */
export function listReviews(archive: Archive, options: ReviewListOptions = {}): ReviewItem[] {
  const rows = archive.db
    .prepare(
      `SELECT * FROM persons_reviews WHERE status = ? AND (? IS NULL OR kind = ?)
       ORDER BY probability IS NULL, probability DESC, id LIMIT ? OFFSET ?`,
    )
    .all(options.status ?? 'pending', options.kind ?? null, options.kind ?? null, options.limit ?? 50, options.offset ?? 0) as ReviewRow[];
  return rows.map(toItem);
}

/** Pending review items touching any of `recordIds`. */
export function pendingReviewsOf(archive: Archive, recordIds: readonly string[]): ReviewItem[] {
  if (recordIds.length === 0) return [];
  const json = JSON.stringify(recordIds);
  const rows = archive.db
    .prepare(
      `SELECT * FROM persons_reviews WHERE status = 'pending'
       AND (left_id IN (SELECT value FROM json_each(?)) OR right_id IN (SELECT value FROM json_each(?)))
       ORDER BY probability IS NULL, probability DESC, id`,
    )
    .all(json, json) as ReviewRow[];
  return rows.map(toItem);
}

export function getReview(archive: Archive, id: string): ReviewItem | undefined {
  const row = archive.db.prepare('SELECT * FROM persons_reviews WHERE id = ?').get(id) as ReviewRow | undefined;
  return row ? toItem(row) : undefined;
}

function personOf(archive: Archive, recordId: string): string | undefined {
  return archive.db.prepare('SELECT person_id FROM persons_members WHERE record_id = ?').pluck().get(recordId) as string | undefined;
}

function requireReason(reason: string | undefined): string {
  if (!reason || reason.trim() === '') throw new Error('a reason is required (--reason "…"): every decision is kept in the log');
  return reason.trim();
}

/** Accepts or rejects a pending review item; returns the seqs of the entries appended. */
export function decideReview(archive: Archive, id: string, decision: 'accept' | 'reject', reason: string, actor: string): number[] {
  const why = requireReason(reason);
  const item = getReview(archive, id);
  if (!item) throw new Error(`review ${id}: no such review item`);
  if (item.status !== 'pending') throw new Error(`review ${id}: already ${item.status} by ${item.decidedBy ?? '?'}`);
  const decide: ReviewDecidePayload = { v: PERSON_PAYLOAD_VERSION, reviewId: id, decision, reason: why, recordIds: [item.left, item.right] };
  const changes: Parameters<Archive['append']>[0] = [{ kind: 'review.decide', payload: decide }];
  if (decision === 'accept' && item.kind === 'same-person') {
    const persons = [personOf(archive, item.left), personOf(archive, item.right)].filter((p): p is string => p !== undefined).sort();
    const link: PersonLinkPayload = {
      v: PERSON_PAYLOAD_VERSION,
      personId: persons[0] ?? personIdFor([item.left, item.right]),
      recordIds: [item.left, item.right],
      pairs: [{ left: item.left, right: item.right, weight: item.weight ?? undefined, probability: item.probability ?? undefined, fields: item.fields }],
      reason: `accepted in review ${id}: ${why}`,
    };
    changes.push({ kind: 'person.link', payload: link });
  }
  return archive.append(changes, actor).map((e) => e.seq);
}

/** Takes records out of a person (they stand alone again and are not re-linked to it automatically). */
export function unlinkRecords(archive: Archive, personId: string, recordIds: string[], reason: string, actor: string, undoes?: number): number {
  const why = requireReason(reason);
  for (const r of recordIds) {
    if (personOf(archive, r) !== personId) throw new Error(`record ${r} is not part of person ${personId}`);
  }
  const payload: PersonUnlinkPayload = { v: PERSON_PAYLOAD_VERSION, personId, recordIds, reason: why, ...(undoes ? { undoes } : {}) };
  return archive.append([{ kind: 'person.unlink', payload }], actor)[0]!.seq;
}

/**
 * Undoes a `person.link` entry: the records it joined, except the person's anchor (its
 * smallest record id still linked), leave the person.
 */
export function undoLink(archive: Archive, seq: number, reason: string, actor: string): number {
  const row = archive.db.prepare('SELECT kind, payload FROM log WHERE seq = ?').get(seq) as { kind: string; payload: string | null } | undefined;
  if (!row) throw new Error(`log entry ${seq}: not found`);
  if (row.kind !== 'person.link') throw new Error(`log entry ${seq} is a ${row.kind}, not a person.link`);
  if (row.payload === null) throw new Error(`log entry ${seq}: payload redacted`);
  const link = JSON.parse(row.payload) as PersonLinkPayload;
  const members = (archive.db.prepare('SELECT record_id FROM persons_members WHERE person_id = ? ORDER BY record_id').pluck().all(link.personId) as string[]);
  const stillIn = link.recordIds.filter((r) => members.includes(r));
  if (stillIn.length === 0) throw new Error(`log entry ${seq}: its records are no longer linked`);
  // Keep one record as the person's anchor when others (from other links) remain with it.
  const anchor = members.find((m) => !link.recordIds.includes(m)) === undefined ? stillIn[0] : undefined;
  const leaving = stillIn.filter((r) => r !== anchor);
  return unlinkRecords(archive, link.personId, leaving, reason, actor, seq);
}
