/**
 * An import files its records into the search index in bulk (Archive.beginBulk): the records
 * are found once it is done, the index equals one rebuilt from the log, and an import that
 * fails leaves neither index rows nor bulk state behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive, rebuild } from '../src/archive/index.ts';
import { importFile, IMPORT_CHUNK } from '../src/ingest/import.ts';
import { search, searchProjection } from '../src/search/index.ts';
import { latinSpelling, writeSynthetic } from '../src/synth/index.ts';
import { generateSynthetic } from '../src/synth/index.ts';
import { indexedDocuments, keysByRecord } from './search-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'unerased-search-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importing into an archive with the search index', () => {
  it('files the records in bulk: found after the import, equal to a rebuild; a failed import leaves nothing', async () => {
    const manifest = writeSynthetic(join(dir, 'synth'), { people: 6000, seed: 5, format: 'csv' });
    // The largest file: more than one chunk of the import (IMPORT_CHUNK), so it fails midway.
    const largest = manifest.sources.reduce((a, b) => (b.records > a.records ? b : a));
    expect(largest.records).toBeGreaterThan(IMPORT_CHUNK);
    const file = join(dir, 'synth', largest.file);
    const source = { citation: 'SYNTHETIC TEST DATA — bulk import', kind: 'synthetic', synthetic: true };
    const archive = openArchive(join(dir, 'a.sqlite'), { projections: [searchProjection] });
    const db = archive.db;
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

    await expect(
      importFile(archive, file, {
        source,
        synthetic: true,
        onProgress: (p) => {
          if (p.rows < largest.records) throw new Error('stopped midway');
        },
      }),
    ).rejects.toThrow('stopped midway');
    expect([count('search_docs'), count('search_postings'), count('search_store'), count('records')]).toEqual([0, 0, 0, 0]);

    const summary = await importFile(archive, file, { source, synthetic: true });
    expect(summary.added).toBe(largest.records);
    expect(count('search_docs')).toBe(summary.added);
    // A first import into an empty index saves the documents it filed (doc-store-snapshot.ts).
    expect(count('search_store')).toBeGreaterThan(0);
    // A person of the file, found by another spelling.
    const person = generateSynthetic({ people: 6000, seed: 5 }).records.find((r) => r.sourceCode === largest.code && r.fields.surname && r.fields.givenName)!;
    const surname = person.fields.surname!;
    const hits = search(archive, { q: `${latinSpelling(surname, 'german')} ${latinSpelling(person.fields.givenName!, 'german')}`, pageSize: 50 }).hits;
    expect(hits.map((h) => h.surname)).toContain(surname);

    const snapshot = () => ({
      docs: indexedDocuments(db),
      keys: keysByRecord(db),
    });
    const imported = snapshot();
    rebuild(archive);
    expect(snapshot()).toEqual(imported);
    archive.close();
  });
});
