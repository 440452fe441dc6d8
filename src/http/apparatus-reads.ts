/**
 * Reading the apparatus tables (entities, claims, relations) that the archive's projections
 * build, with statements prepared once per database.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../domain/entity.ts';
import type { ClaimRank } from '../domain/claim.ts';
import type { ClaimView, RelationView } from './archive-view.ts';

interface ClaimRow {
  id: string;
  subject: string;
  property: string;
  value: string;
  period: string | null;
  source_id: string;
  locator: string;
  note: string | null;
  synthetic: number;
  rank: ClaimRank;
  rank_reason: string | null;
}

interface RelationRow {
  id: string;
  type: RelationView['type'];
  subject: string;
  object: string;
  period: string | null;
  object_version: string | null;
  source_id: string;
  locator: string;
  note: string | null;
  synthetic: number;
  rank: ClaimRank;
  rank_reason: string | null;
}

function claimOf(row: ClaimRow): ClaimView {
  const claim: ClaimView = {
    id: row.id,
    subject: row.subject,
    property: row.property,
    value: JSON.parse(row.value) as ClaimView['value'],
    citation: { sourceId: row.source_id, locator: JSON.parse(row.locator) as ClaimView['citation']['locator'] },
    rank: row.rank,
  };
  if (row.period) claim.period = row.period;
  if (row.note) claim.note = row.note;
  if (row.synthetic) claim.synthetic = true;
  if (row.rank_reason) claim.rankReason = row.rank_reason;
  return claim;
}

function relationOf(row: RelationRow): RelationView {
  const relation: RelationView = {
    id: row.id,
    type: row.type,
    subject: row.subject,
    object: row.object,
    citation: { sourceId: row.source_id, locator: JSON.parse(row.locator) as RelationView['citation']['locator'] },
    rank: row.rank,
  };
  if (row.period) relation.period = row.period;
  if (row.object_version) relation.objectVersion = row.object_version;
  if (row.note) relation.note = row.note;
  if (row.synthetic) relation.synthetic = true;
  if (row.rank_reason) relation.rankReason = row.rank_reason;
  return relation;
}

export interface ApparatusReads {
  entity(id: string): Entity | undefined;
  entities(kind?: string): Entity[];
  /** Entities by the vocabulary keys records use for them. */
  byKeys(keys: string[]): Map<string, Entity>;
  claims(subject: string): ClaimView[];
  relationsFrom(subject: string): RelationView[];
  relationsTo(object: string): RelationView[];
}

export function apparatusReads(db: Database.Database): ApparatusReads {
  const st = {
    entity: db.prepare('SELECT data FROM entities WHERE id = ?').pluck(),
    all: db.prepare('SELECT data FROM entities ORDER BY kind, name').pluck(),
    ofKind: db.prepare('SELECT data FROM entities WHERE kind = ? ORDER BY name').pluck(),
    byKey: db.prepare('SELECT entity_id FROM entities_vocab WHERE key = ? ORDER BY entity_id LIMIT 1').pluck(),
    claims: db.prepare('SELECT * FROM claims WHERE subject = ? ORDER BY property, seq'),
    from: db.prepare('SELECT * FROM relations WHERE subject = ? ORDER BY type, period, seq'),
    to: db.prepare('SELECT * FROM relations WHERE object = ? ORDER BY type, period, seq'),
  };
  const parse = (data: string) => JSON.parse(data) as Entity;
  const entity = (id: string) => {
    const data = st.entity.get(id) as string | undefined;
    return data === undefined ? undefined : parse(data);
  };
  return {
    entity,
    entities: (kind) => ((kind ? st.ofKind.all(kind) : st.all.all()) as string[]).map(parse),
    byKeys(keys) {
      const out = new Map<string, Entity>();
      for (const key of keys) {
        const id = st.byKey.get(key) as string | undefined;
        const found = id ? entity(id) : undefined;
        if (found) out.set(key, found);
      }
      return out;
    },
    claims: (subject) => (st.claims.all(subject) as ClaimRow[]).map(claimOf),
    relationsFrom: (subject) => (st.from.all(subject) as RelationRow[]).map(relationOf),
    relationsTo: (object) => (st.to.all(object) as RelationRow[]).map(relationOf),
  };
}
