/**
 * The committed OpenAPI document (docs/openapi.json) is the one the code generates: a change
 * to a route or schema that is not reflected there fails here. Regenerate with
 * `UPDATE_OPENAPI=1 npx vitest run test/http-openapi.test.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../src/archive/index.ts';
import { createApp } from '../src/http/app.ts';
import { openArchiveView } from '../src/http/open-archive-view.ts';
import { searchProjection } from '../src/search/index.ts';

const COMMITTED = join(import.meta.dirname, '..', 'docs', 'openapi.json');

describe('docs/openapi.json', () => {
  it('matches the document the routes generate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unerased-openapi-'));
    const view = openArchiveView(openArchive(join(dir, 'a.sqlite'), { projections: [searchProjection] }));
    try {
      const generated = await (await createApp({ view }).request('/api/openapi.json')).json();
      const text = `${JSON.stringify(generated, null, 2)}\n`;
      if (process.env.UPDATE_OPENAPI === '1') writeFileSync(COMMITTED, text);
      expect(readFileSync(COMMITTED, 'utf8')).toBe(text);
    } finally {
      view.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
