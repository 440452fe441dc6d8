/**
 * How much of an operation the archive documents by name: the records that belong to it,
 * counted beside each published figure and its source. A record belongs to an operation when
 * its `operation` field's vocabulary key is one of the operation's `vocabKeys`, or its text
 * is (folded) one of the operation's names or aliases.
 */
import type { Archive } from '../archive/index.ts';
import { formatClaimValue } from '../domain/claim.ts';
import { foldName } from '../domain/entity.ts';
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
  records: RecordCount;
  figures: PublishedFigure[];
}

/** The keys and folded names a record's `operation` field may carry for this operation. */
function matchersOf(archive: Archive, id: string): { keys: Set<string>; names: Set<string> } {
  const entity = getEntity(archive, id);
  if (!entity) throw new Error(`no entity ${id}`);
  const names = new Set([...Object.values(entity.names), ...entity.aliases].map(foldName));
  return { keys: new Set(entity.vocabKeys), names };
}

/** Counts records whose `operation` field names the operation `id`. */
export function countRecordsForOperation(archive: Archive, id: string): RecordCount {
  const { keys, names } = matchersOf(archive, id);
  // One pass over the distinct operation values, matched in JS (folding is Unicode-aware there).
  const rows = archive.db
    .prepare(
      `SELECT json_extract(fields, '$.operation.norm') AS norm, json_extract(fields, '$.operation.text') AS text,
              synthetic, count(*) AS n
       FROM records WHERE json_extract(fields, '$.operation') IS NOT NULL GROUP BY 1, 2, 3`,
    )
    .all() as { norm: string | null; text: string | null; synthetic: number; n: number }[];
  const count: RecordCount = { real: 0, synthetic: 0 };
  for (const row of rows) {
    const matches = (row.norm !== null && (keys.has(row.norm) || names.has(foldName(row.norm)))) || (row.text !== null && names.has(foldName(row.text)));
    if (!matches) continue;
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
  return { id, name: entity.names.en ?? id, records, figures };
}
