import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctRecord, openArchive, RecordWriter, addSource } from '../src/archive/index.ts';
import { moreLikeThis, search, searchProjection } from '../src/search/index.ts';
import { latinSpelling } from '../src/synth/index.ts';
import { makeSearchFixture, type SearchFixture } from './search-fixture.ts';

let f: SearchFixture;
beforeAll(() => {
  f = makeSearchFixture();
});
afterAll(() => {
  f.archive.close();
  rmSync(f.dir, { recursive: true, force: true });
});

describe('search over a real archive', () => {
  it('finds every spelling of Ежов from a German spelling, with reasons', () => {
    const result = search(f.archive, { q: 'Jeschow Nikolai 1895' });
    const top = result.hits.slice(0, 4).map((h) => h.recordId).sort();
    expect(top).toEqual([...f.ezhovIds].sort());
    const cyrillic = result.hits.find((h) => h.surname === 'Ежов')!;
    expect(cyrillic.explanation).toMatch(/surname sounds like Ежов \(DM \d{6}\); Nikolai = Николай; born 1895, record says 1895/);
    expect(cyrillic.synthetic).toBe(true);
  });

  it('finds them from Cyrillic alone, and the exact switch keeps only that spelling', () => {
    const fuzzy = search(f.archive, { q: 'Ежов' }).hits.map((h) => h.recordId);
    for (const id of f.ezhovIds) expect(fuzzy).toContain(id);
    const exact = search(f.archive, { q: 'Jeżow', exact: true });
    expect(exact.hits.map((h) => h.surname)).toEqual(['Jeżow']);
  });

  it('finds a synthetic person in most other spellings (recall sanity on 300 people)', () => {
    let found = 0;
    let wanted = 0;
    const byPerson = new Map<number, string[]>();
    for (const r of f.synthetic.records) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), f.idOf.get(r.key)!]);
    for (const person of f.synthetic.people.slice(0, 300)) {
      const q = `${latinSpelling(person.surname, 'polish')} ${latinSpelling(person.given, 'polish')} ${person.birthYear}`;
      const hits = new Set(search(f.archive, { q, pageSize: 10, facets: false }).hits.map((h) => h.recordId));
      const ids = byPerson.get(person.id)!;
      wanted += ids.length;
      found += ids.filter((id) => hits.has(id)).length;
    }
    expect(found / wanted).toBeGreaterThan(0.85);
  });

  it('counts facets over all hits and pages through them', () => {
    const counts = new Map<string, number>();
    for (const r of f.synthetic.records) if (r.sourceCode === 'S1') counts.set(r.fields.surname!, (counts.get(r.fields.surname!) ?? 0) + 1);
    const common = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const all = search(f.archive, { q: common, pageSize: 100 });
    expect(all.total).toBeGreaterThan(5);
    const nationalities = all.facets!.nationality;
    expect(nationalities.values.reduce((n, v) => n + v.count, 0) + nationalities.other + nationalities.missing).toBe(all.total);
    const page1 = search(f.archive, { q: common, pageSize: 3, page: 1 });
    const page2 = search(f.archive, { q: common, pageSize: 3, page: 2 });
    expect(page2.total).toBe(page1.total);
    expect(page1.hits.map((h) => h.recordId)).toEqual(all.hits.slice(0, 3).map((h) => h.recordId));
    expect(page2.hits.map((h) => h.recordId)).toEqual(all.hits.slice(3, 6).map((h) => h.recordId));
  });

  it('filters by nationality, sentence and year of arrest, with or without names', () => {
    const poles = search(f.archive, { nationality: 'polish', sentence: 'death', pageSize: 50 });
    expect(poles.total).toBeGreaterThan(10);
    for (const hit of poles.hits) expect([hit.nationality, hit.sentence]).toEqual(['polish', 'death']);
    const in1939 = search(f.archive, { q: 'Ежов', arrestedFrom: 1939, arrestedTo: 1939 });
    expect(in1939.hits.map((h) => h.recordId)).toEqual([f.ezhovIds[0]]);
  });

  it('lists more records like one record, leaving it out', () => {
    const like = moreLikeThis(f.archive, f.ezhovIds[0]!);
    const ids = like.hits.map((h) => h.recordId);
    expect(ids).not.toContain(f.ezhovIds[0]);
    for (const id of f.ezhovIds.slice(1)) expect(ids.slice(0, 5)).toContain(id);
    expect(() => moreLikeThis(f.archive, 'rec_missing')).toThrow(/no record/);
  });

  it('files a new import at once, without rebuilding the index', () => {
    const before = f.archive.db.prepare('SELECT count(*) FROM search_docs').pluck().get() as number;
    const source = addSource(f.archive, { citation: 'SYNTHETIC TEST DATA — late import', kind: 'synthetic', synthetic: true }, 'test').id;
    new RecordWriter(f.archive, 'test').add([{ sourceId: source, fields: { surname: { text: 'Вышинская' }, givenName: { text: 'Зинаида' }, birthDate: { text: '1903' } }, synthetic: true }]);
    expect(f.archive.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(before + 1);
    const hits = search(f.archive, { q: 'Wyszynska Zinaida 1903' }).hits;
    expect(hits[0]?.surname).toBe('Вышинская');
  });

  it('finds a record whose surname and given name were both misread (OCR) from the true name in Latin', () => {
    const source = addSource(f.archive, { citation: 'SYNTHETIC TEST DATA — OCR volume', kind: 'synthetic', synthetic: true }, 'test').id;
    const [id] = new RecordWriter(f.archive, 'test').add([{ sourceId: source, fields: { surname: { text: 'Бстов' }, givenName: { text: 'Етепан' }, birthDate: { text: '1905' } }, synthetic: true }]).added;
    const hit = search(f.archive, { q: 'Betow Stepan 1905' }).hits.find((h) => h.recordId === id);
    expect(hit).toBeDefined();
    expect(hit!.explanation).toMatch(/given name Етепан is close to Stepan/);
  });

  it("finds a record from a given name no table knows, a letter from the record's (Juzef for Józef)", () => {
    const source = addSource(f.archive, { citation: 'SYNTHETIC TEST DATA — Polish list', kind: 'synthetic', synthetic: true }, 'test').id;
    // The surname too is a letter off (Datezak for Datczak): only surname-sound and given-name keys reach it.
    const [id] = new RecordWriter(f.archive, 'test').add([{ sourceId: source, fields: { surname: { text: 'Datezak' }, givenName: { text: 'Józef' }, birthDate: { text: 'ca. 1872' } }, synthetic: true }]).added;
    const hit = search(f.archive, { q: 'Datczak Juzef 1872' }).hits.find((h) => h.recordId === id);
    expect(hit).toBeDefined();
    expect(hit!.explanation).toMatch(/given name Józef is close to Juzef/);
  });

  it('reads a lone c of a scholarly spelling as ц (Čušckij finds Chushtsky)', () => {
    const source = addSource(f.archive, { citation: 'SYNTHETIC TEST DATA — English list', kind: 'synthetic', synthetic: true }, 'test').id;
    const [id] = new RecordWriter(f.archive, 'test').add([{ sourceId: source, fields: { surname: { text: 'Chushtsky' }, givenName: { text: 'Sergey' }, birthDate: { text: '1875' } }, synthetic: true }]).added;
    expect(search(f.archive, { q: 'Čušckij Sergej 1874' }).hits.map((h) => h.recordId)).toContain(id);
  });

  it('re-files a corrected record under its new name', () => {
    const id = f.ezhovIds[2]!;
    correctRecord(f.archive, id, { surname: { text: 'Jagoda' } }, 'test: misread surname', 'test');
    expect(search(f.archive, { q: 'Jeżow', exact: true }).hits).toEqual([]);
    expect(search(f.archive, { q: 'Ягода' }).hits.map((h) => h.recordId)).toContain(id);
  });

  it('builds the index from the log when an archive without it is opened', () => {
    f.archive.close();
    const plain = openArchive(f.path);
    plain.db.exec("DELETE FROM projection_versions WHERE name = 'search'");
    plain.close();
    f.archive = openArchive(f.path, { projections: [searchProjection] });
    expect(search(f.archive, { q: 'Jeschow Nikolai 1895' }).hits[0]?.surname).toMatch(/Ежов|Jeschow|Yezhov/);
  });

  it('says so when the archive was opened without the index', () => {
    const plain = openArchive(f.path.replace('archive.sqlite', 'plain.sqlite'));
    expect(() => search(plain, { q: 'Ежов' })).toThrow(/no search index/);
    plain.close();
  });

  it('refuses an invalid query with the field named', () => {
    expect(() => search(f.archive, { q: 'x', born: 'soon' })).toThrow(/born/);
  });
});
