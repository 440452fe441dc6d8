/**
 * Writing sources, records and corrections through the log, with deterministic ids so that
 * writing the same thing twice adds nothing.
 */
import type { RecordData, SourceData } from '../domain/record.ts';
import { sha256Hex } from './hash.ts';
import { recordAddPayload, recordIdFromHash, sourceIdOf } from './ids.ts';
import { appendPrepared, type PreparedChange } from './log.ts';
import { OccurrenceCounter } from './occurrence-counter.ts';
import { OwnSources } from './own-sources.ts';
import type { Archive } from './open.ts';
import type { RecordCorrectPayload } from './projections/records.ts';
import type { SourceAddPayload } from './projections/sources.ts';
import { cachedPerDb } from './projections/statement-cache.ts';

const statements = cachedPerDb((db) => ({
  sourceExists: db.prepare('SELECT 1 FROM sources WHERE id = ?').pluck(),
  recordExists: db.prepare('SELECT 1 FROM record_rows WHERE id = ?').pluck(),
  // In the records, or named by an entry (a record redacted away is named by its redaction).
  known: db.prepare('SELECT 1 FROM record_rows WHERE id = ? UNION ALL SELECT 1 FROM log_subjects WHERE subject = ? LIMIT 1').pluck(),
}));

/** Adds a source unless one with the same citation exists; returns its id either way. */
export function addSource(archive: Archive, source: SourceData, actor: string): { id: string; added: boolean } {
  if (source.citation.trim() === '') throw new Error('a source needs a citation');
  const id = sourceIdOf(source.citation);
  return archive.transaction(() => {
    if (statements(archive.db).sourceExists.get(id)) return { id, added: false };
    const payload: SourceAddPayload = { id, ...source, citation: source.citation.trim() };
    archive.append([{ kind: 'source.add', payload }], actor);
    return { id, added: true };
  });
}

export interface AddRecordsResult {
  /** Ids of the records appended now. */
  added: string[];
  /** How many were already in the archive (same source and content). */
  existing: number;
}

export interface RecordWriterOptions {
  /**
   * The caller runs its add() calls inside one transaction of its own and rolls all of it back
   * on any error, as `importFile` does. add() then opens no savepoint per batch: a savepoint
   * makes SQLite copy every page the batch changes to a sub-journal first (the record-id index
   * leaves a batch touches, ~30 MB a batch on a million-record archive), a cost only a caller
   * that goes on after a failed batch needs. Without a caller's transaction add() still opens
   * its own.
   */
  callerRollsBackOnError?: boolean;
}

/**
 * Adds records through `record.add` entries, in the caller's transaction or its own. Keeps
 * count of identical entries across calls, so one writer per import gives each repeated entry
 * its own occurrence number (and id), the same on every re-import.
 */
export class RecordWriter {
  /** How many times each first-occurrence id has been seen by this writer. */
  private readonly seen = new OccurrenceCounter();
  /** Sources holding only this writer's records, whose records need no lookup. */
  private readonly ownSources: OwnSources;

  constructor(
    private readonly archive: Archive,
    private readonly actor: string,
    private readonly options: RecordWriterOptions = {},
  ) {
    this.ownSources = new OwnSources(archive.db);
  }

  /** The actor this writer appends as. */
  get actorName(): string {
    return this.actor;
  }

  add(records: readonly RecordData[]): AddRecordsResult {
    if (this.options.callerRollsBackOnError && this.archive.db.inTransaction) return this.addInTransaction(records);
    // One transaction for the lookups and the append, so nothing can come in between; inside
    // a caller's transaction, a savepoint, so a failed batch leaves nothing behind.
    return this.archive.transaction(() => this.addInTransaction(records));
  }

  private addInTransaction(records: readonly RecordData[]): AddRecordsResult {
    const db = this.archive.db;
    const st = statements(db);
    const lookup = new Map<string, boolean>();
    const changes: PreparedChange[] = [];
    const added: string[] = [];
    let existing = 0;
    for (const record of records) {
      let payload = recordAddPayload(record);
      let body = JSON.stringify(payload);
      let payloadHash = sha256Hex(body);
      const occurrence = this.seen.next(payloadHash);
      if (occurrence > 0) {
        payload = recordAddPayload(record, occurrence);
        body = JSON.stringify(payload);
        payloadHash = sha256Hex(body);
      }
      const id = recordIdFromHash(payloadHash);
      let mustLookUp = lookup.get(record.sourceId);
      if (mustLookUp === undefined) {
        mustLookUp = this.ownSources.needsLookup(record.sourceId);
        lookup.set(record.sourceId, mustLookUp);
      }
      // A record redacted away must not come back on re-import either.
      if (mustLookUp && st.known.get(id, id)) {
        existing += 1;
        continue;
      }
      // No log_subjects row: record_rows maps the id to this entry already (see historyOf), and
      // a million-row index keyed by random ids is the costliest part of a big import.
      changes.push({ kind: 'record.add', payload, body, payloadHash, subjects: [] });
      added.push(id);
    }
    if (changes.length > 0) {
      const entries = appendPrepared(db, this.archive.projections, changes, this.actor);
      for (let i = 0; i < entries.length; i++) {
        this.ownSources.appended((changes[i]!.payload as RecordData).sourceId, entries[i]!.seq);
      }
    }
    return { added, existing };
  }
}

/** Adds records (one writer for this call); see RecordWriter. */
export function addRecords(archive: Archive, records: readonly RecordData[], actor: string): AddRecordsResult {
  return archive.transaction(() => new RecordWriter(archive, actor).add(records));
}

/** Corrects fields of a record (null removes a field); the original entry stays in the log. */
export function correctRecord(
  archive: Archive,
  recordId: string,
  fields: RecordCorrectPayload['fields'],
  reason: string,
  actor: string,
): void {
  archive.transaction(() => {
    if (!statements(archive.db).recordExists.get(recordId)) throw new Error(`no record ${recordId}`);
    archive.append([{ kind: 'record.correct', payload: { recordId, fields, reason } satisfies RecordCorrectPayload }], actor);
  });
}
