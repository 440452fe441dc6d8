/**
 * What the web and the API read from the archive: a narrow interface over the archive core,
 * search, the apparatus and linkage (DESIGN: pass each part only what it uses). The real
 * implementation is `openArchiveView` (./open-archive-view.ts); pages and routes depend only on
 * this, so they can be tested against a real archive file without knowing how it is stored.
 */
import type { RecordData, SourceData } from '../domain/record.ts';
import type { Entity } from '../domain/entity.ts';
import type { ClaimAdd, ClaimRank, RelationAdd } from '../domain/claim.ts';
import type { LogEntry } from '../archive/types.ts';
import type { Statistics } from '../stats/aggregate.ts';
import type { SearchQuery } from './schemas.ts';

export interface RecordView {
  id: string;
  data: RecordData;
  /** The person this record was linked into, if any. */
  personId?: string;
}

export interface SourceView {
  id: string;
  data: SourceData;
}

/** Why a record belongs to a person: the link's score, explanation and author. */
export interface PersonLinkView {
  left: string;
  right: string;
  /** Probability that the two records describe one human, when the link was scored. */
  score?: number;
  reason: string;
  author: string;
  time: string;
}

export interface PersonView {
  id: string;
  displayName: string;
  records: RecordView[];
  links: PersonLinkView[];
}

/** A claim about an entity, with its source and locator and the editor's rank (never hidden). */
export type ClaimView = ClaimAdd & { rank: ClaimRank; rankReason?: string };

/** A relation over time (head of, victim of, interned in…), with its source. */
export type RelationView = RelationAdd & { rank: ClaimRank; rankReason?: string };

export interface EntityView {
  entity: Entity;
  claims: ClaimView[];
  relations: RelationView[];
  /** Relations where this entity is the object (heads of an organisation, victims of an operation). */
  incoming: RelationView[];
  /**
   * Records of an operation (and its parts) in this archive, real and synthetic apart, for
   * "published figures beside the count of records".
   */
  recordCount?: { real: number; synthetic: number };
}

export interface SearchHitView {
  record: RecordView;
  score: number;
  /** Human-readable reasons the record matched, e.g. "surname: Ежов ~ Yezhov (transliteration)". */
  reasons: string[];
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface SearchResultView {
  total: number;
  /** True when total is only a lower bound (the engine stopped counting). */
  truncated: boolean;
  /** How the free text was read: surname, given name, birth year, place. */
  understood: Record<string, string | undefined>;
  hits: SearchHitView[];
  facets: Record<string, FacetValue[]>;
  page: number;
  pageSize: number;
}

export interface HeadView {
  seq: number;
  hash: string;
}

export interface ArchiveView {
  head(): HeadView;
  search(query: SearchQuery): SearchResultView;
  record(id: string): RecordView | undefined;
  /** Records most like this one (same name sound, birth year near): "more like this". */
  similar(recordId: string, limit: number): SearchHitView[];
  source(id: string): SourceView | undefined;
  person(id: string): PersonView | undefined;
  entity(id: string): EntityView | undefined;
  entities(kind?: string): Entity[];
  claims(subject: string): ClaimView[];
  /** Entities that records name by these vocabulary keys (operation, body, burial site…), by key. */
  entitiesByKeys(keys: string[]): Map<string, Entity>;
  /** Names of entities, for showing a relation's other end. */
  entityName(id: string, lang: string): string | undefined;
  /** Every log entry that shaped the page of `subjectId`, oldest first. */
  history(subjectId: string): (LogEntry & { redaction?: { time: string; actor: string; reason: string } })[];
  /** Counts over every record; computed in chunks without blocking the server, cached by log head. */
  statistics(): Promise<Statistics>;
  /** How many records, and how many of them synthetic (cheap: no aggregation). */
  counts(): { records: number; synthetic: number };
  /** Every record in log order, for export. */
  allRecords(): Iterable<RecordView>;
  close(): void;
}
