/**
 * Reading the machinery of terror: entities, the claims and relations about them with their
 * sources, and the heads of an organisation over time (following its renamings).
 */
import type { Archive } from '../archive/index.ts';
import type { ClaimRank, ClaimValue, RelationType } from '../domain/claim.ts';
import type { Entity, EntityKind } from '../domain/entity.ts';
import { isEdtf } from '../domain/citation.ts';
import edtf from 'edtf';

/** The cited source of a claim or relation, as a reader needs it. */
export interface CitedSource {
  sourceId: string;
  citation: string;
  locator: { quote?: string; page?: string };
}

export interface StoredClaim {
  id: string;
  subject: string;
  property: string;
  value: ClaimValue;
  period?: string;
  note?: string;
  rank: ClaimRank;
  rankReason?: string;
  source: CitedSource;
  seq: number;
}

export interface StoredRelation {
  id: string;
  type: RelationType;
  subject: string;
  object: string;
  period?: string;
  objectVersion?: string;
  note?: string;
  rank: ClaimRank;
  rankReason?: string;
  source: CitedSource;
  seq: number;
}

export interface EntitySummary {
  id: string;
  kind: EntityKind;
  subtype?: string;
  name: string;
}

/** Ranks in display order: preferred first, deprecated last — none hidden. */
const RANK_ORDER = `CASE rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END`;

export function getEntity(archive: Archive, id: string): Entity | undefined {
  const data = archive.db.prepare('SELECT data FROM entities WHERE id = ?').pluck().get(id) as string | undefined;
  return data ? (JSON.parse(data) as Entity) : undefined;
}

export interface ListEntitiesOptions {
  kind?: EntityKind;
  subtype?: string;
  /** Leave out the gazetteer's camps (hundreds of them) unless asked for. */
  includeCamps?: boolean;
}

export function listEntities(archive: Archive, options: ListEntitiesOptions = {}): EntitySummary[] {
  const where: string[] = [];
  const params: string[] = [];
  if (options.kind) {
    where.push('kind = ?');
    params.push(options.kind);
  }
  if (options.subtype) {
    where.push('subtype = ?');
    params.push(options.subtype);
  } else if (!options.includeCamps) where.push("(subtype IS NULL OR subtype <> 'camp')");
  const rows = archive.db
    .prepare(`SELECT id, kind, subtype, name FROM entities ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY kind, id`)
    .all(...params) as { id: string; kind: EntityKind; subtype: string | null; name: string }[];
  return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, ...(r.subtype ? { subtype: r.subtype } : {}) }));
}

interface SourceRow {
  source_id: string;
  locator: string;
  citation: string | null;
}

function citedSource(row: SourceRow): CitedSource {
  return { sourceId: row.source_id, citation: row.citation ?? '(source not in archive)', locator: JSON.parse(row.locator) };
}

/** Every claim about `subject`, each with its source; preferred first, then by property and order added. */
export function claimsAbout(archive: Archive, subject: string, property?: string): StoredClaim[] {
  const rows = archive.db
    .prepare(
      `SELECT claims.*, sources.citation FROM claims LEFT JOIN sources ON sources.id = claims.source_id
       WHERE subject = ? ${property ? 'AND property = ?' : ''} ORDER BY property, ${RANK_ORDER}, claims.seq`,
    )
    .all(...(property ? [subject, property] : [subject])) as (SourceRow & {
    id: string; subject: string; property: string; value: string; period: string | null; note: string | null;
    rank: ClaimRank; rank_reason: string | null; seq: number;
  })[];
  return rows.map((r) => ({
    id: r.id,
    subject: r.subject,
    property: r.property,
    value: JSON.parse(r.value) as ClaimValue,
    ...(r.period ? { period: r.period } : {}),
    ...(r.note ? { note: r.note } : {}),
    rank: r.rank,
    ...(r.rank_reason ? { rankReason: r.rank_reason } : {}),
    source: citedSource(r),
    seq: r.seq,
  }));
}

/** Every relation in which `id` is the subject or the object, each with its source. */
export function relationsOf(archive: Archive, id: string, type?: RelationType): StoredRelation[] {
  const rows = archive.db
    .prepare(
      `SELECT relations.*, sources.citation FROM relations LEFT JOIN sources ON sources.id = relations.source_id
       WHERE (subject = ? OR object = ?) ${type ? 'AND type = ?' : ''} ORDER BY type, ${RANK_ORDER}, relations.seq`,
    )
    .all(...(type ? [id, id, type] : [id, id])) as (SourceRow & {
    id: string; type: RelationType; subject: string; object: string; period: string | null; object_version: string | null;
    note: string | null; rank: ClaimRank; rank_reason: string | null; seq: number;
  })[];
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    subject: r.subject,
    object: r.object,
    ...(r.period ? { period: r.period } : {}),
    ...(r.object_version ? { objectVersion: r.object_version } : {}),
    ...(r.note ? { note: r.note } : {}),
    rank: r.rank,
    ...(r.rank_reason ? { rankReason: r.rank_reason } : {}),
    source: citedSource(r),
    seq: r.seq,
  }));
}

/** The organisations linked to `id` by renamings, in either direction (Cheka → … → KGB). */
export function renamingChain(archive: Archive, id: string): string[] {
  const next = archive.db.prepare(`SELECT object FROM relations WHERE subject = ? AND type IN ('renamed-to', 'successor-of')`).pluck();
  const previous = archive.db.prepare(`SELECT subject FROM relations WHERE object = ? AND type IN ('renamed-to', 'successor-of')`).pluck();
  const seen = new Set<string>([id]);
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const other of [...(next.all(current) as string[]), ...(previous.all(current) as string[])]) {
      if (!seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return [...seen];
}

/** Earliest instant of an EDTF period, for ordering; undated ones sort last. */
function periodStart(period: string | undefined): number {
  if (!period || !isEdtf(period)) return Number.POSITIVE_INFINITY;
  return edtf(period).min;
}

/**
 * The heads of an organisation over time, with their sources, ordered by the start of their
 * term; with `followRenamings`, heads of the bodies it was renamed from and to as well.
 */
export function headsOf(archive: Archive, organisationId: string, options: { followRenamings?: boolean } = {}): StoredRelation[] {
  const bodies = options.followRenamings ? renamingChain(archive, organisationId) : [organisationId];
  const heads = bodies.flatMap((body) => relationsOf(archive, body, 'head-of').filter((r) => r.object === body));
  return heads.sort((a, b) => periodStart(a.period) - periodStart(b.period) || a.seq - b.seq);
}

/** Entities whose name or alias (folded) equals `name`. */
export function findEntitiesByName(archive: Archive, foldedName: string, kind?: EntityKind): EntitySummary[] {
  const rows = archive.db
    .prepare(
      `SELECT DISTINCT e.id, e.kind, e.subtype, e.name FROM entities_names n JOIN entities e ON e.id = n.entity_id
       WHERE n.folded = ? ${kind ? 'AND e.kind = ?' : ''} ORDER BY e.id`,
    )
    .all(...(kind ? [foldedName, kind] : [foldedName])) as { id: string; kind: EntityKind; subtype: string | null; name: string }[];
  return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, ...(r.subtype ? { subtype: r.subtype } : {}) }));
}
