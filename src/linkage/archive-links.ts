/**
 * Linkage against the archive: reads every record, runs the pipeline, and appends what changed
 * as log entries — `person.link` per new or grown person, `review.propose` per pair for an
 * editor and per family suggestion — all in one transaction, so a failure leaves the archive
 * as it was. Running it again adds nothing new; pairs an editor separated stay separated.
 */
import { createHash } from 'node:crypto';
import type { Archive, Change } from '../archive/index.ts';
import {
  PERSON_PAYLOAD_VERSION,
  type PersonLinkPayload,
  type ReviewProposePayload,
} from '../archive/projections/persons.ts';
import type { RecordData, RecordFields } from '../domain/record.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from './cluster.ts';
import { suggestFamily } from './family.ts';
import { explainPair, linkEncoded, type LinkResult, type LinkStage } from './link-records.ts';
import { encodeRecords, type LinkInput } from './encode.ts';

/** The actor of automatic links in the log. */
export const LINKAGE_ACTOR = 'linkage';

/** Entries per append inside the run's one transaction (keeps each statement batch small). */
const APPEND_BATCH = 5_000;

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A new person's id: from its smallest record id, so a rebuild or a mirror gives the same id. */
export function personIdFor(recordIds: readonly string[]): string {
  return `per_${shortHash([...recordIds].sort()[0]!)}`;
}

export function reviewIdFor(kind: string, a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `rev_${shortHash(`${kind} ${x} ${y}`)}`;
}

/** Every record of the archive as linkage input, one at a time. */
export function* linkInputsOf(archive: Archive): Generator<LinkInput> {
  const rows = archive.db.prepare('SELECT id, source_id, fields FROM records ORDER BY seq').raw().iterate() as IterableIterator<[string, string, string]>;
  for (const [id, sourceId, fields] of rows) {
    const data: RecordData = { sourceId, fields: JSON.parse(fields) as RecordFields, synthetic: false };
    yield { id, data };
  }
}

/** Every record of the archive as linkage input. */
export function loadLinkInputs(archive: Archive): LinkInput[] {
  return [...linkInputsOf(archive)];
}

export interface LinkRunOptions {
  thresholds?: Thresholds;
  actor?: string;
  onProgress?: (stage: LinkStage | 'write', done: number, total: number) => void;
  /** Compute and report, append nothing. */
  dryRun?: boolean;
}

export interface LinkRunReport {
  records: number;
  pairsCompared: number;
  linksAppended: number;
  personsTouched: number;
  reviewsProposed: number;
  familySuggestions: number;
  emIterations: number;
  seconds: Record<string, number>;
  result: LinkResult;
}

export function runLinkage(archive: Archive, options: LinkRunOptions = {}): LinkRunReport {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const actor = options.actor ?? LINKAGE_ACTOR;
  const db = archive.db;
  // Encoded straight from the rows (a 3M-record archive is never held as objects), counted and
  // read in one transaction so they are the same rows.
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { count, records } = db.transaction(() => {
    const count = db.prepare('SELECT COUNT(*) FROM records').pluck().get() as number;
    options.onProgress?.('encode', 0, count);
    return { count, records: encodeRecords(linkInputsOf(archive), count) };
  })();
  const used = process.cpuUsage(cpuStarted);
  const blocked = new Set((db.prepare('SELECT left_id, right_id FROM persons_blocked').raw().all() as [string, string][]).map(([a, b]) => `${a} ${b}`));
  const ids = records.ids;
  const excludePair = blocked.size === 0 ? undefined : (i: number, j: number) => {
    const [a, b] = ids[i]! < ids[j]! ? [ids[i]!, ids[j]!] : [ids[j]!, ids[i]!];
    return blocked.has(`${a} ${b}`);
  };
  const result = linkEncoded(records, { thresholds, onProgress: options.onProgress, excludePair }, { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 });

  const personOf = new Map(db.prepare('SELECT record_id, person_id FROM persons_members').raw().all() as [string, string][]);
  const knownReviews = new Set(db.prepare('SELECT id FROM persons_reviews').pluck().all() as string[]);
  const changes: Change[] = [];

  // Links, grouped by the cluster they build.
  const byCluster = new Map<number, number[]>();
  for (const k of result.clustering.links) {
    const label = result.clustering.labels[result.scored.left[k]!]!;
    const list = byCluster.get(label);
    if (list) list.push(k);
    else byCluster.set(label, [k]);
  }
  let linksAppended = 0;
  for (const pairs of byCluster.values()) {
    const fresh = pairs.filter((k) => {
      const a = personOf.get(ids[result.scored.left[k]!]!);
      return a === undefined || a !== personOf.get(ids[result.scored.right[k]!]!);
    });
    if (fresh.length === 0) continue;
    const records = new Set<string>();
    for (const k of pairs) {
      records.add(ids[result.scored.left[k]!]!);
      records.add(ids[result.scored.right[k]!]!);
    }
    const existing = [...records].map((r) => personOf.get(r)).filter((p): p is string => p !== undefined).sort();
    const recordIds = [...records].sort();
    const personId = existing[0] ?? personIdFor(recordIds);
    const payload: PersonLinkPayload = {
      v: PERSON_PAYLOAD_VERSION,
      personId,
      recordIds,
      pairs: fresh.map((k) => {
        const e = explainPair(result, k);
        return { left: e.left, right: e.right, weight: e.weight, probability: e.probability, fields: e.fields };
      }),
      reason: `automatic: match probability ≥ ${thresholds.linkProbability} with agreement beyond the name`,
    };
    changes.push({ kind: 'person.link', payload });
    linksAppended += fresh.length;
  }
  const personsTouched = changes.length;

  let reviewsProposed = 0;
  for (const k of result.clustering.review) {
    const e = explainPair(result, k);
    const reviewId = reviewIdFor('same-person', e.left, e.right);
    if (knownReviews.has(reviewId)) continue;
    const a = personOf.get(e.left);
    if (a !== undefined && a === personOf.get(e.right)) continue;
    knownReviews.add(reviewId);
    const payload: ReviewProposePayload = {
      v: PERSON_PAYLOAD_VERSION, reviewId, kind: 'same-person', recordIds: [e.left, e.right],
      left: e.left, right: e.right, weight: e.weight, probability: e.probability, fields: e.fields,
      reason: e.probability >= thresholds.linkProbability ? 'likely the same person, but only the name agrees' : 'possibly the same person',
    };
    changes.push({ kind: 'review.propose', payload });
    reviewsProposed++;
  }

  let familySuggestions = 0;
  for (const s of suggestFamily(result.records, result.clustering.labels)) {
    const from = ids[s.from]!;
    const to = ids[s.to]!;
    const reviewId = reviewIdFor(s.kind, from, to);
    if (knownReviews.has(reviewId)) continue;
    knownReviews.add(reviewId);
    const payload: ReviewProposePayload = { v: PERSON_PAYLOAD_VERSION, reviewId, kind: s.kind, recordIds: [from, to], left: from, right: to, reason: `suggestion: ${s.reason}` };
    changes.push({ kind: 'review.propose', payload });
    familySuggestions++;
  }

  if (!options.dryRun && changes.length > 0) {
    archive.transaction(() => {
      for (let start = 0; start < changes.length; start += APPEND_BATCH) {
        archive.append(changes.slice(start, start + APPEND_BATCH), actor);
        options.onProgress?.('write', Math.min(changes.length, start + APPEND_BATCH), changes.length);
      }
    });
  }
  const seconds = Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Math.round(v) / 1000]));
  return {
    records: count,
    pairsCompared: result.pairs.length,
    linksAppended,
    personsTouched,
    reviewsProposed,
    familySuggestions,
    emIterations: result.emIterations,
    seconds,
    result,
  };
}
