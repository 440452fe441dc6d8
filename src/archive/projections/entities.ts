/**
 * The `entities` projection: organisations, operations, trials, places, events, artefacts and
 * non-victim people, with corrections applied; their names (every language and alias, folded
 * for lookup) and the vocabulary keys records use for them.
 */
import type Database from 'better-sqlite3';
import { correctEntity, foldName, kindOfId, type Entity, type EntityAdd, type EntityCorrect } from '../../domain/entity.ts';
import type { LogEntry, Projection, RedactPayload } from '../types.ts';
import { cachedPerDb } from './statement-cache.ts';

const statements = cachedPerDb((db) => ({
  upsert: db.prepare(
    `INSERT INTO entities (id, kind, subtype, name, data, synthetic, seq, updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET subtype = excluded.subtype, name = excluded.name, data = excluded.data, updated_seq = excluded.updated_seq`,
  ),
  get: db.prepare('SELECT data FROM entities WHERE id = ?').pluck(),
  remove: db.prepare('DELETE FROM entities WHERE id = ?'),
  removeNames: db.prepare('DELETE FROM entities_names WHERE entity_id = ?'),
  addName: db.prepare('INSERT OR IGNORE INTO entities_names (entity_id, folded, name, lang) VALUES (?, ?, ?, ?)'),
  removeKeys: db.prepare('DELETE FROM entities_vocab WHERE entity_id = ?'),
  addKey: db.prepare('INSERT OR IGNORE INTO entities_vocab (key, entity_id) VALUES (?, ?)'),
  history: db.prepare(
    `SELECT log.seq, log.kind, log.payload FROM log_subjects JOIN log ON log.seq = log_subjects.seq
     WHERE log_subjects.subject = ? AND log.kind IN ('entity.add', 'entity.correct') AND log.payload IS NOT NULL
     ORDER BY log.seq`,
  ),
}));

function write(db: Database.Database, entity: Entity, seq: number): void {
  const st = statements(db);
  st.upsert.run(entity.id, entity.kind, entity.subtype ?? null, entity.names.en, JSON.stringify(entity), entity.synthetic ? 1 : 0, seq, seq);
  st.removeNames.run(entity.id);
  for (const [lang, name] of Object.entries(entity.names)) st.addName.run(entity.id, foldName(name), name, lang);
  for (const alias of entity.aliases) st.addName.run(entity.id, foldName(alias), alias, null);
  st.removeKeys.run(entity.id);
  for (const key of entity.vocabKeys) st.addKey.run(key, entity.id);
}

function remove(db: Database.Database, id: string): void {
  const st = statements(db);
  st.remove.run(id);
  st.removeNames.run(id);
  st.removeKeys.run(id);
}

/**
 * Rebuilds one entity from its entries still carrying payloads (after a redaction). A redacted
 * entry's subjects also name its source: only ids of entities are replayed, and only the
 * entries about that very entity.
 */
function replayEntity(db: Database.Database, id: string): void {
  if (kindOfId(id) === undefined) return;
  const rows = statements(db).history.all(id) as { seq: number; kind: string; payload: string }[];
  let entity: Entity | undefined;
  let seq = 0;
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as EntityAdd | EntityCorrect;
    if (payload.id !== id) continue;
    if (row.kind === 'entity.add') entity = payload as EntityAdd;
    else if (entity) entity = correctEntity(entity, payload as EntityCorrect);
    seq = row.seq;
  }
  remove(db, id);
  if (entity) write(db, entity, seq);
}

export const entitiesProjection: Projection = {
  name: 'entities',
  version: 1,
  schema: `
    CREATE TABLE IF NOT EXISTS entities (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      subtype TEXT,
      name TEXT NOT NULL,
      data TEXT NOT NULL,
      synthetic INTEGER NOT NULL,
      seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS entities_kind ON entities (kind, id);
    CREATE TABLE IF NOT EXISTS entities_names (
      entity_id TEXT NOT NULL,
      folded TEXT NOT NULL,
      name TEXT NOT NULL,
      lang TEXT,
      PRIMARY KEY (folded, entity_id)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS entities_names_entity ON entities_names (entity_id);
    CREATE TABLE IF NOT EXISTS entities_vocab (
      key TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      PRIMARY KEY (key, entity_id)
    ) WITHOUT ROWID;`,
  tables: ['entities_vocab', 'entities_names', 'entities'],
  apply(db, entry: LogEntry, payload: unknown) {
    if (entry.kind === 'entity.add' && payload) {
      write(db, payload as EntityAdd, entry.seq);
    } else if (entry.kind === 'entity.correct' && payload) {
      const correction = payload as EntityCorrect;
      const data = statements(db).get.get(correction.id) as string | undefined;
      // A correction of an entity that is not there (redacted) has nothing to correct.
      if (data) write(db, correctEntity(JSON.parse(data) as Entity, correction), entry.seq);
    } else if (entry.kind === 'redact' && payload) {
      const redaction = payload as RedactPayload;
      if (redaction.kind === 'entity.add' || redaction.kind === 'entity.correct') {
        for (const id of redaction.subjects) replayEntity(db, id);
      }
    }
  },
};
