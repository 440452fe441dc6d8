/**
 * The apparatus against a real SQLite archive: the reference loads through the log once,
 * nothing enters without a source, ranks never hide, corrections and redactions replay,
 * heads follow renamings, records are counted beside published figures, camps link by name.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRecords, addSource, correctRecord, historyOf, openArchive, rebuild, redact, verify, type Archive } from '../src/archive/index.ts';
import {
  ApparatusInputError,
  addClaim,
  addEntity,
  addRelation,
  campMatcher,
  claimsAbout,
  correctEntity,
  countRecordsByVocab,
  countRecordsForOperation,
  entitiesForVocabKey,
  getEntity,
  headsOf,
  listEntities,
  DEFAULT_REFERENCE_DIR,
  loadReference,
  operationFigures,
  rankClaim,
  recordsNamingCamp,
  relationsOf,
} from '../src/apparatus/index.ts';
import type { RecordData } from '../src/domain/record.ts';
import { dumpTable, tempDir } from './archive/helpers.ts';

const temp = tempDir();
let archive: Archive;

beforeAll(() => {
  archive = openArchive(join(temp.dir, 'reference.sqlite'));
  loadReference(archive);
});
afterAll(() => {
  archive.close();
  temp.cleanup();
});

function record(sourceId: string, surname: string, operation: { text: string; norm?: string } | undefined, synthetic: boolean): RecordData {
  return { sourceId, fields: { surname: { text: surname }, ...(operation ? { operation } : {}) }, synthetic };
}

describe('loading the reference', () => {
  it('adds everything as actor "reference", and a second load adds nothing', () => {
    const head = archive.head();
    expect(loadReference(archive)).toEqual({ sources: 0, entities: 0, corrections: 0, claims: 0, relations: 0 });
    expect(archive.head()).toEqual(head);
    const actors = archive.db.prepare(`SELECT DISTINCT actor FROM log WHERE kind <> 'archive.init'`).pluck().all();
    expect(actors).toEqual(['reference']);
    expect(verify(archive).ok).toBe(true);
  });

  it('a reference that fails midway leaves a new archive as it was', () => {
    const t = tempDir();
    try {
      const dir = join(t.dir, 'reference');
      cpSync(DEFAULT_REFERENCE_DIR, dir, { recursive: true });
      const file = join(dir, 'relations.json');
      const json = JSON.parse(readFileSync(file, 'utf8'));
      json.relations.push({ subject: 'person/nikolai-yezhov', type: 'head-of', object: 'organisation/unknown-body', source: 'source/seed-003', quote: 'x' });
      writeFileSync(file, JSON.stringify(json));
      const fresh = openArchive(join(t.dir, 'fresh.sqlite'));
      const head = fresh.head();
      expect(() => loadReference(fresh, dir)).toThrow(/entity organisation\/unknown-body is not in the archive/);
      expect(fresh.head()).toEqual(head);
      expect(fresh.db.prepare('SELECT count(*) FROM entities').pluck().get()).toBe(0);
      fresh.close();
    } finally {
      t.cleanup();
    }
  });

  it('gives every claim and relation a source held by the archive', () => {
    const orphans = archive.db
      .prepare(`SELECT id FROM claims WHERE source_id NOT IN (SELECT id FROM sources) UNION SELECT id FROM relations WHERE source_id NOT IN (SELECT id FROM sources)`)
      .all();
    expect(orphans).toEqual([]);
    expect(archive.db.prepare('SELECT count(*) FROM claims').pluck().get()).toBeGreaterThan(2000);
  });

  it('holds the camps of the gazetteer as places with yearly counts', () => {
    const vishera = getEntity(archive, 'place/camp-vishersky-itl');
    expect(vishera?.subtype).toBe('camp');
    expect(vishera?.period).toBe('1928/1934');
    const counts = claimsAbout(archive, 'place/camp-vishersky-itl', 'prisoners').map((c) => [c.period, c.value.type === 'quantity' ? c.value.amount : null]);
    expect(counts).toContainEqual(['1931', 39000]);
    expect(listEntities(archive, { kind: 'place' }).some((e) => e.subtype === 'camp')).toBe(false);
    expect(listEntities(archive, { subtype: 'camp' })).toHaveLength(574);
  });

  it('lists the heads of the NKVD over its renamings in order of their terms', () => {
    const heads = headsOf(archive, 'organisation/nkvd', { followRenamings: true });
    const dated = heads.filter((h) => h.period).map((h) => `${h.subject} ${h.period}`);
    expect(dated).toEqual(['person/nikolai-yezhov 1936-09-26/1938-11-25']);
    expect(new Set(heads.map((h) => h.subject))).toEqual(new Set(['person/nikolai-yezhov', 'person/genrikh-yagoda', 'person/lavrentiy-beria']));
  });
});

describe('writing entities, claims and relations', () => {
  const t = tempDir();
  let a: Archive;
  let source: string;
  beforeAll(() => {
    a = openArchive(join(t.dir, 'writes.sqlite'));
    source = addSource(a, { citation: 'Test source for the apparatus (synthetic)', kind: 'synthetic', synthetic: true }, 'tester').id;
    addEntity(a, { id: 'organisation/test-body', kind: 'organisation', names: { en: 'Test body' }, citation: { sourceId: source, locator: { page: '1' } }, synthetic: true }, 'tester');
  });
  afterAll(() => {
    a.close();
    t.cleanup();
  });

  it('refuses an entity whose source is not in the archive, and leaves the archive as it was', () => {
    const head = a.head();
    const entity = { id: 'organisation/ghost', kind: 'organisation', names: { en: 'Ghost' }, citation: { sourceId: 'src_ffffffffffffffffffffffff', locator: { page: '1' } } };
    expect(() => addEntity(a, entity, 'tester')).toThrow(/source src_f+ is not in the archive/);
    expect(() => addEntity(a, { ...entity, citation: { sourceId: source, locator: {} } }, 'tester')).toThrow(ApparatusInputError);
    expect(a.head()).toEqual(head);
  });

  it('refuses claims about unknown entities', () => {
    expect(() =>
      addClaim(a, { id: 'claim/x', subject: 'event/nothing', property: 'date', value: { type: 'date', edtf: '1937' }, citation: { sourceId: source, locator: { page: '2' } } }, 'tester'),
    ).toThrow(/entity event\/nothing is not in the archive/);
  });

  it('keeps conflicting claims side by side; a rank orders them and never hides one', () => {
    const claim = (id: string, amount: number) => ({
      id, subject: 'organisation/test-body', property: 'members', value: { type: 'quantity', amount, qualifier: 'exact', unit: 'people' },
      citation: { sourceId: source, locator: { page: id } },
    });
    expect(addClaim(a, claim('claim/members-a', 10), 'tester')).toBe(true);
    expect(addClaim(a, claim('claim/members-b', 12), 'tester')).toBe(true);
    expect(addClaim(a, claim('claim/members-b', 12), 'tester')).toBe(false);
    rankClaim(a, { claimId: 'claim/members-b', rank: 'preferred', reason: 'later count' }, 'editor');
    const claims = claimsAbout(a, 'organisation/test-body', 'members');
    expect(claims.map((c) => [c.id, c.rank])).toEqual([['claim/members-b', 'preferred'], ['claim/members-a', 'normal']]);
    expect(claims[0]?.rankReason).toBe('later count');
    expect(() => rankClaim(a, { claimId: 'claim/none', rank: 'preferred', reason: 'x' }, 'editor')).toThrow(/not in the archive/);
  });

  it('a redacted rank falls back to the one before it', () => {
    rankClaim(a, { claimId: 'claim/members-a', rank: 'deprecated', reason: 'misread' }, 'editor');
    const seq = a.head().seq;
    rankClaim(a, { claimId: 'claim/members-a', rank: 'preferred', reason: 'recount' }, 'editor');
    redact(a, a.head().seq, 'test of redaction', 'admin');
    expect(claimsAbout(a, 'organisation/test-body', 'members').find((c) => c.id === 'claim/members-a')?.rank).toBe('deprecated');
    expect(seq).toBeGreaterThan(0);
  });

  it('corrects an entity through the log; a redacted correction is undone; rebuild gives the same tables', () => {
    correctEntity(a, { id: 'organisation/test-body', set: { aliases: ['TB'] }, reason: 'abbreviation' }, 'editor');
    expect(getEntity(a, 'organisation/test-body')?.aliases).toEqual(['TB']);
    correctEntity(a, { id: 'organisation/test-body', set: { aliases: ['TB', 'T.B.'] }, reason: 'dotted form' }, 'editor');
    redact(a, a.head().seq, 'test of redaction', 'admin');
    expect(getEntity(a, 'organisation/test-body')?.aliases).toEqual(['TB']);
    expect(historyOf(a, 'organisation/test-body').map((h) => h.kind)).toEqual(['entity.add', 'claim.add', 'claim.add', 'entity.correct', 'entity.correct', 'redact']);
    const before = ['entities', 'entities_names', 'claims'].map((table) => dumpTable(a.db, table));
    rebuild(a);
    expect(['entities', 'entities_names', 'claims'].map((table) => dumpTable(a.db, table))).toEqual(before);
  });

  it('redacting one entity leaves the others citing the same source as they were', () => {
    addEntity(a, { id: 'event/test-event', kind: 'event', names: { en: 'Test event' }, synthetic: true, citation: { sourceId: source, locator: { page: '4' } } }, 'tester');
    const added = a.head().seq;
    const before = getEntity(a, 'organisation/test-body');
    redact(a, added, 'test of redaction', 'admin');
    expect(getEntity(a, 'event/test-event')).toBeUndefined();
    expect(getEntity(a, 'organisation/test-body')).toEqual(before);
  });

  it('adds relations between known entities, with a version of an artefact', () => {
    addEntity(a, {
      id: 'artefact/test-photo', kind: 'artefact', names: { en: 'Test photo' }, synthetic: true,
      versions: [{ id: 'original', label: 'Original', description: 'both' }, { id: 'retouched', label: 'Retouched', description: 'one removed' }],
      citation: { sourceId: source, locator: { page: '3' } },
    }, 'tester');
    addEntity(a, { id: 'person/test-official', kind: 'person', names: { en: 'Test official' }, roles: ['official'], synthetic: true, citation: { sourceId: source, locator: { page: '3' } } }, 'tester');
    addRelation(a, { id: 'relation/test-erased', type: 'erased-from', subject: 'person/test-official', object: 'artefact/test-photo', objectVersion: 'retouched', citation: { sourceId: source, locator: { page: '3' } } }, 'tester');
    expect(relationsOf(a, 'artefact/test-photo').map((r) => [r.type, r.subject, r.objectVersion])).toEqual([['erased-from', 'person/test-official', 'retouched']]);
    expect(() => addRelation(a, { id: 'relation/bad', type: 'head-of', subject: 'person/test-official', object: 'organisation/none', citation: { sourceId: source, locator: { page: '3' } } }, 'tester')).toThrow(/organisation\/none/);
  });
});

describe('records beside published figures', () => {
  it('counts records naming an operation by key, order number or name, real and synthetic apart', () => {
    const source = addSource(archive, { citation: 'Synthetic records naming operations (test)', kind: 'synthetic', synthetic: true }, 'tester').id;
    const real = addSource(archive, { citation: 'A test list of real form (test fixture, not a real list)', kind: 'execution-list' }, 'tester').id;
    addRecords(archive, [
      record(real, 'Ковальский', { text: 'польская операция', norm: 'polish-operation' }, false),
      record(real, 'Новак', { text: 'польская операция (приказ НКВД № 00485)' }, false),
      record(real, 'Шмидт', { text: 'немецкая операция (приказ НКВД № 00439)' }, false),
      record(real, 'Берзиньш', { text: 'Latvian operation' }, false),
      record(real, 'Иванов', { text: 'приказ НКВД № 00447' }, false),
      record(real, 'Петров', undefined, false),
      record(source, 'Вишневский', { text: 'order 00485' }, true),
    ], 'tester');
    expect(countRecordsForOperation(archive, 'operation/order-00485')).toEqual({ real: 2, synthetic: 1 });
    expect(countRecordsForOperation(archive, 'operation/order-00447')).toEqual({ real: 1, synthetic: 0 });
    // The national operations count their parts (Polish, German, Latvian), not the kulak operation.
    expect(countRecordsForOperation(archive, 'operation/national-operations')).toEqual({ real: 4, synthetic: 1 });
    const figures = operationFigures(archive, 'operation/order-00485');
    expect(figures.figures.map((f) => f.amount).sort()).toEqual([111071, 111091, 139815, 139835]);
    const sentenced = figures.figures.find((f) => f.amount === 139835)!;
    expect(sentenced.share).toBeCloseTo(2 / 139835, 12);
    expect(sentenced.claim.source.citation).toMatch(/Petrov/);
  });

  it('follows corrections and redactions of a record\'s operation, and a rebuild agrees', () => {
    const source = addSource(archive, { citation: 'Synthetic records corrected (test)', kind: 'synthetic', synthetic: true }, 'tester').id;
    const before = countRecordsForOperation(archive, 'operation/finnish-operation');
    const [id] = addRecords(archive, [record(source, 'Виртанен', { text: 'финская операция' }, true)], 'tester').added;
    expect(countRecordsForOperation(archive, 'operation/finnish-operation').synthetic).toBe(before.synthetic + 1);
    correctRecord(archive, id!, { operation: { text: 'латышская операция' } }, 'misread', 'editor');
    expect(countRecordsForOperation(archive, 'operation/finnish-operation')).toEqual(before);
    const latvian = countRecordsForOperation(archive, 'operation/latvian-operation');
    redact(archive, archive.head().seq, 'test of redaction', 'admin');
    expect(countRecordsForOperation(archive, 'operation/finnish-operation').synthetic).toBe(before.synthetic + 1);
    expect(countRecordsForOperation(archive, 'operation/latvian-operation').synthetic).toBe(latvian.synthetic - 1);
    const table = dumpTable(archive.db, 'operation_mentions');
    rebuild(archive);
    expect(dumpTable(archive.db, 'operation_mentions')).toEqual(table);
  });

  it('links records to bodies and sites by the vocabulary keys the import gives them', () => {
    expect(entitiesForVocabKey(archive, 'nkvd-troika')).toEqual(['organisation/nkvd-troika']);
    expect(entitiesForVocabKey(archive, 'butovo')).toEqual(['place/butovo']);
    const source = addSource(archive, { citation: 'Synthetic records with bodies and sites (test)', kind: 'synthetic', synthetic: true }, 'tester').id;
    addRecords(archive, [
      { sourceId: source, fields: { surname: { text: 'Орлов' }, sentencingBody: { text: 'тройкой при УНКВД по МО', norm: 'nkvd-troika' }, burialPlace: { text: 'Бутово', norm: 'butovo' } }, synthetic: true },
      { sourceId: source, fields: { surname: { text: 'Соколов' }, sentencingBody: { text: 'ВКВС СССР', norm: 'military-collegium' }, burialPlace: { text: 'Коммунарка', norm: 'kommunarka' } }, synthetic: true },
    ], 'tester');
    expect(countRecordsByVocab(archive, 'organisation/nkvd-troika')).toEqual([{ field: 'sentencingBody', real: 0, synthetic: 1 }]);
    expect(countRecordsByVocab(archive, 'place/kommunarka')).toEqual([{ field: 'burialPlace', real: 0, synthetic: 1 }]);
    expect(countRecordsByVocab(archive, 'event/great-purge')).toEqual([]);
  });

  it('links place texts to camps by whole names in any of their languages', () => {
    const match = campMatcher(archive);
    expect(match.match('Vishersky ITL')).toEqual(['place/camp-vishersky-itl']);
    expect(match.match('вишерский итл')).toEqual(['place/camp-vishersky-itl']);
    expect(match.match('отбывал срок: Вишерский ИТЛ, Красновишерск')).toEqual(['place/camp-vishersky-itl']);
    expect(match.match('Москва')).toEqual([]);
    // Short names are matched only as the whole text.
    expect(match.match('ИТЛ')).toEqual([]);
  });

  it('finds the records whose places name a camp', () => {
    const source = addSource(archive, { citation: 'Synthetic camp records (test)', kind: 'synthetic', synthetic: true }, 'tester').id;
    const [held, elsewhere] = addRecords(archive, [
      { sourceId: source, fields: { surname: { text: 'Петров' }, deathPlace: { text: 'Вишерский ИТЛ, Красновишерск' } }, synthetic: true },
      { sourceId: source, fields: { surname: { text: 'Сидоров' }, deathPlace: { text: 'Москва' } }, synthetic: true },
    ], 'tester').added;
    const found = recordsNamingCamp(archive, 'place/camp-vishersky-itl');
    expect(found).toEqual({ real: [], synthetic: [held] });
    expect(found.synthetic).not.toContain(elsewhere);
  });
});
