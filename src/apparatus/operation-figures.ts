/**
 * How much of an operation the archive documents by name: the records that belong to it,
 * counted beside each published figure and its source. A record's `operation` field names an
 * operation when its vocabulary key is one of the operation's `vocabKeys`, when it gives the
 * operation's order number ("приказ НКВД № 00485", "order 00485"), or when it is or contains
 * one of the operation's names or aliases ("латышская операция", "Latvian operation").
 * An operation counts the records of its parts (the national operations count the Polish one).
 */
import type { Archive } from '../archive/index.ts';
import { formatClaimValue } from '../domain/claim.ts';
import type { Entity } from '../domain/entity.ts';
import { NameIndex, wordTokens } from './name-index.ts';
import { claimsAbout, getEntity, type StoredClaim } from './queries.ts';

export interface RecordCount {
  /** Records from real sources. */
  real: number;
  /** Generated test records, counted apart and never mixed into the real figure. */
  synthetic: number;
}

export interface PublishedFigure {
  claim: StoredClaim;
  /** "139,815 people", "over 767,000 people". */
  text: string;
  /** The number the share is computed against (a range's lower bound). */
  amount: number;
  /** Real records ÷ amount: how much of the published figure the archive names. */
  share: number;
}

export interface OperationFigures {
  id: string;
  name: string;
  /** The operation and its parts, whose records are counted. */
  counted: string[];
  records: RecordCount;
  figures: PublishedFigure[];
}

/** Tells which operations an `operation` field (key and text) names. */
export class OperationMatcher {
  private readonly byKey = new Map<string, string>();
  private readonly byOrder = new Map<string, string>();
  private readonly names = new NameIndex();

  constructor(operations: Entity[]) {
    for (const op of operations) {
      for (const key of op.vocabKeys) this.byKey.set(key, op.id);
      const order = op.attributes?.order;
      if (typeof order === 'string') this.byOrder.set(order, op.id);
      for (const name of [...Object.values(op.names), ...op.aliases]) this.names.add(op.id, name);
    }
  }

  match(norm: string | null, text: string | null): string[] {
    if (norm !== null && this.byKey.has(norm)) return [this.byKey.get(norm)!];
    const found = new Set<string>();
    for (const value of [norm, text]) {
      if (value === null) continue;
      for (const token of wordTokens(value)) {
        const op = this.byOrder.get(token);
        if (op) found.add(op);
      }
      if (found.size === 0) for (const id of this.names.match(value)) found.add(id);
    }
    return [...found].sort();
  }
}

function operations(archive: Archive): Entity[] {
  return (archive.db.prepare(`SELECT data FROM entities WHERE kind = 'operation'`).pluck().all() as string[]).map((d) => JSON.parse(d) as Entity);
}

/** `id` and every operation that is (transitively) part of it. */
export function operationWithParts(archive: Archive, id: string): string[] {
  const parts = archive.db.prepare(`SELECT subject FROM relations WHERE object = ? AND type = 'part-of' AND subject LIKE 'operation/%'`).pluck();
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length > 0) {
    for (const part of parts.all(queue.shift()!) as string[]) {
      if (!seen.has(part)) {
        seen.add(part);
        queue.push(part);
      }
    }
  }
  return [...seen].sort();
}

/** Counts records whose `operation` field names the operation `id` or one of its parts. */
export function countRecordsForOperation(archive: Archive, id: string): RecordCount {
  if (!getEntity(archive, id)) throw new Error(`no entity ${id}`);
  const wanted = new Set(operationWithParts(archive, id));
  const matcher = new OperationMatcher(operations(archive));
  // The distinct operation values with their counts, read from the covering index of the
  // operation_mentions projection; each distinct value is matched once in JS.
  const rows = archive.db
    .prepare('SELECT norm, text, synthetic, count(*) AS n FROM operation_mentions GROUP BY norm, text, synthetic')
    .all() as { norm: string | null; text: string | null; synthetic: number; n: number }[];
  const count: RecordCount = { real: 0, synthetic: 0 };
  for (const row of rows) {
    if (!matcher.match(row.norm, row.text).some((op) => wanted.has(op))) continue;
    if (row.synthetic) count.synthetic += row.n;
    else count.real += row.n;
  }
  return count;
}

/** The operation's record count beside every published figure (quantity or range) about it. */
export function operationFigures(archive: Archive, id: string): OperationFigures {
  const entity = getEntity(archive, id);
  if (!entity) throw new Error(`no entity ${id}`);
  const records = countRecordsForOperation(archive, id);
  const figures = claimsAbout(archive, id).flatMap((claim): PublishedFigure[] => {
    const value = claim.value;
    const amount = value.type === 'quantity' ? value.amount : value.type === 'range' ? value.min : undefined;
    if (amount === undefined || amount === 0) return [];
    return [{ claim, text: formatClaimValue(value), amount, share: records.real / amount }];
  });
  return { id, name: entity.names.en ?? id, counted: operationWithParts(archive, id), records, figures };
}
