/**
 * What a person page shows: the records judged to be one human, each link with its score and
 * the part every field played, who made it and why, the history of the person in the log, and
 * what still waits for review. Also the archive-wide count of distinct people.
 */
import { getRecord, getSource, historyOf, type Archive, type HistoryEntry, type StoredRecord } from '../archive/index.ts';
import { countPeople, type PeopleCount, type PendingPair } from './counts.ts';
import type { FieldContribution } from './model.ts';
import { pendingReviewsOf, type ReviewItem } from './review-queue.ts';

export interface PersonLink {
  seq: number;
  left: string;
  right: string;
  weight: number | null;
  probability: number | null;
  fields: FieldContribution[];
  reason: string;
  actor: string;
  time: string;
  /** The unlink entry that took this link back, if any. */
  undoneSeq: number | null;
}

export interface PersonView {
  personId: string;
  records: (StoredRecord & { citation?: string })[];
  links: PersonLink[];
  pendingReviews: ReviewItem[];
  history: HistoryEntry[];
  /** True when any record is synthetic test data. */
  synthetic: boolean;
}

/** The person with id `id` (per_…), or the person a record (rec_…) belongs to. */
export function showPerson(archive: Archive, id: string): PersonView | undefined {
  const db = archive.db;
  let personId = id;
  if (!id.startsWith('per_')) {
    const found = db.prepare('SELECT person_id FROM persons_members WHERE record_id = ?').pluck().get(id) as string | undefined;
    if (found) personId = found;
    else {
      // A record linked to nobody is a person of its own.
      const record = getRecord(archive, id);
      if (!record) return undefined;
      return { personId: id, records: [withCitation(archive, record)], links: [], pendingReviews: pendingReviewsOf(archive, [id]), history: [], synthetic: record.synthetic };
    }
  }
  const recordIds = db.prepare('SELECT record_id FROM persons_members WHERE person_id = ? ORDER BY record_id').pluck().all(personId) as string[];
  const linkRows = db.prepare('SELECT * FROM persons_links WHERE person_id = ? ORDER BY seq').all(personId) as {
    seq: number; left_id: string; right_id: string; weight: number | null; probability: number | null; fields: string | null;
    reason: string; actor: string; time: string; undone_seq: number | null;
  }[];
  if (recordIds.length === 0 && linkRows.length === 0) return undefined;
  const records = recordIds.map((r) => getRecord(archive, r)).filter((r): r is StoredRecord => r !== undefined).map((r) => withCitation(archive, r));
  return {
    personId,
    records,
    links: linkRows.map((l) => ({
      seq: l.seq, left: l.left_id, right: l.right_id, weight: l.weight, probability: l.probability,
      fields: l.fields ? (JSON.parse(l.fields) as FieldContribution[]) : [], reason: l.reason, actor: l.actor, time: l.time, undoneSeq: l.undone_seq,
    })),
    pendingReviews: pendingReviewsOf(archive, recordIds),
    history: historyOf(archive, personId),
    synthetic: records.some((r) => r.synthetic),
  };
}

function withCitation(archive: Archive, record: StoredRecord): StoredRecord & { citation?: string } {
  const source = getSource(archive, record.sourceId);
  return source ? { ...record, citation: source.citation } : record;
}

/** How many distinct people the archive holds, with the uncertainty of the pending reviews. */
export function countArchivePeople(archive: Archive): PeopleCount {
  const db = archive.db;
  const recordIds = db.prepare('SELECT id FROM records').pluck().all() as string[];
  const index = new Map(recordIds.map((id, i) => [id, i]));
  const labels = Int32Array.from(recordIds.keys());
  const personLabel = new Map<string, number>();
  for (const [record, person] of db.prepare('SELECT record_id, person_id FROM persons_members').raw().all() as [string, string][]) {
    const i = index.get(record);
    if (i === undefined) continue;
    if (!personLabel.has(person)) personLabel.set(person, i);
    labels[i] = personLabel.get(person)!;
  }
  const pending: PendingPair[] = [];
  for (const [a, b, p] of db.prepare(`SELECT left_id, right_id, probability FROM persons_reviews WHERE status = 'pending' AND kind = 'same-person'`).raw().all() as [string, string, number | null][]) {
    const left = index.get(a);
    const right = index.get(b);
    if (left !== undefined && right !== undefined) pending.push({ left, right, probability: p ?? 0.5 });
  }
  return countPeople(labels, pending);
}
