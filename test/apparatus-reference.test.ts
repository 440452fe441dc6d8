/**
 * The reference archive's files: every fact has a source that resolves and a locator; every
 * quote from a source whose text we hold is found in it, verbatim; the committed gazetteer is
 * what the build script derives from the upstream seeds (no drift, no hand edits).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_REFERENCE_DIR, ReferenceError, readReference } from '../src/apparatus/reference-files.ts';
import { buildGazetteer } from '../scripts/build-gazetteer.ts';
import { SHARED_DIR as SHARED } from './shared-data.ts';

/** Where the seeds and the public data sets are kept (the project's shared folder). */
const reference = readReference();
const sourceKeys = new Set(reference.sources.map((s) => s.key));
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Whitespace-insensitive: the seeds wrap and double-space; quotes are compared word for word. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('data/reference', () => {
  it('has the seeds, the published figures and the gazetteer as sources', () => {
    for (const key of ['source/seed-000', 'source/seed-003', 'source/nkvd-report-1936-1938', 'source/petrov-roginsky-1997', 'source/jansen-petrov-2002', 'source/memorial-gulag-reference']) {
      expect(sourceKeys).toContain(key);
    }
    expect(reference.sources.find((s) => s.key === 'source/seed-003')?.citation).toMatch(/^Harvey, Austin\./);
  });

  it('gives every entity, claim and relation a source that resolves and a locator', () => {
    const facts = [
      ...reference.entities.map((e) => e.entity),
      ...reference.claims.map((c) => ({ id: `${c.claim.subject} ${c.claim.property}`, ...c.claim })),
      ...reference.relations.map((r) => ({ id: `${r.relation.subject} ${r.relation.type} ${r.relation.object}`, ...r.relation })),
    ];
    expect(facts.length).toBeGreaterThan(150);
    const unresolved = facts.filter((f) => !sourceKeys.has(f.source)).map((f) => f.id);
    const unlocated = facts.filter((f) => !f.quote && !f.page).map((f) => f.id);
    expect(unresolved).toEqual([]);
    expect(unlocated).toEqual([]);
  });

  it('names only known entities in claims and relations', () => {
    const ids = new Set(reference.entities.map((e) => e.entity.id));
    const dangling = [
      ...reference.claims.flatMap((c) => [c.claim.subject, ...(c.claim.value.type === 'entity' ? [c.claim.value.id] : [])]),
      ...reference.relations.flatMap((r) => [r.relation.subject, r.relation.object]),
    ].filter((id) => !ids.has(id));
    expect(dangling).toEqual([]);
  });

  it('quotes the seeds and data notes verbatim', () => {
    const missing: string[] = [];
    const texts = new Map(
      reference.sources.filter((s) => s.text).map((s) => [s.key, squash(readFileSync(join(SHARED, s.text!), 'utf8'))]),
    );
    const facts = [...reference.entities.map((e) => e.entity), ...reference.claims.map((c) => c.claim), ...reference.relations.map((r) => r.relation)];
    let checked = 0;
    for (const fact of facts) {
      const text = texts.get(fact.source);
      if (!text || !fact.quote) continue;
      checked++;
      if (!text.includes(squash(fact.quote))) missing.push(`${fact.source}: ${fact.quote}`);
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('states both figures for the Great Purge dead and both pairs for the Polish operation', () => {
    const about = (subject: string) => reference.claims.map((c) => c.claim).filter((c) => c.subject === subject);
    const purge = about('event/great-purge').map((c) => `${c.property} ${c.value.type === 'quantity' ? `${c.value.qualifier} ${c.value.amount}` : ''} ${c.source}`);
    expect(purge).toContain('dead over 1000000 source/seed-000');
    expect(purge).toContain('executed at-least 750000 source/seed-003');
    const polish = about('operation/order-00485').map((c) => (c.value.type === 'quantity' ? c.value.amount : 0)).sort();
    expect(polish).toEqual([111071, 111091, 139815, 139835]);
  });

  it('refuses a fact whose source key is unknown, naming file, item and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unerased-ref-'));
    temps.push(dir);
    cpSync(DEFAULT_REFERENCE_DIR, dir, { recursive: true });
    const file = join(dir, 'claims.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    delete json.claims[2].quote;
    writeFileSync(file, JSON.stringify(json));
    expect(() => readReference(dir)).toThrow(ReferenceError);
    expect(() => readReference(dir)).toThrow(/claims\.json: claims\[2\] event\/great-purge field \(item\): a fact needs a quote or a page/);
    json.claims[2].quote = 'restored';
    json.claims.push(json.claims[0]);
    writeFileSync(file, JSON.stringify(json));
    expect(() => readReference(dir)).toThrow(/claims\.json: .* is already defined in .*claims\.json/);
    json.formatVersion = 99;
    writeFileSync(file, JSON.stringify(json));
    expect(() => readReference(dir)).toThrow(/formatVersion 99 is not supported/);
  });
});

describe('gazetteer', () => {
  const committed = JSON.parse(readFileSync(join(DEFAULT_REFERENCE_DIR, 'gulag-camps.json'), 'utf8'));

  it('is what scripts/build-gazetteer.ts derives from the upstream seeds', () => {
    const seeds = join(SHARED, 'data/real/gulag-camps');
    expect(existsSync(seeds)).toBe(true);
    expect(JSON.parse(JSON.stringify(buildGazetteer(seeds)))).toEqual(committed);
  });

  it('keeps facts, not prose, and marks what is unknown', () => {
    // 575 rows upstream, camp 10 inserted twice byte for byte: one camp.
    expect(committed.camps).toHaveLength(574);
    expect(new Set(committed.camps.map((c: { gulagApiId: number }) => c.gulagApiId)).size).toBe(574);
    const text = JSON.stringify(committed);
    // A sentence from a description in the upstream data must not be copied.
    expect(text).not.toContain('Фильтрационный лагерь, организованный в числе первых');
    expect(text).not.toContain('New prison');
    const vishera = committed.camps.find((c: { id: string }) => c.id === 'place/camp-vishersky-itl');
    expect(vishera.names).toEqual({ ru: 'Вишерский ИТЛ', en: 'Vishersky ITL' });
    expect(vishera.years).toBe('1928/1934');
    expect(vishera.locations[0].prisoners).toContainEqual({ year: 1931, count: 39000 });
    const coordinates = committed.camps.flatMap((c: { locations: { coordinates: unknown }[] }) => c.locations.map((l) => l.coordinates));
    expect(coordinates.every((p: unknown) => p === null || (typeof p === 'object' && typeof (p as { lat: unknown }).lat === 'number'))).toBe(true);
  });
});
