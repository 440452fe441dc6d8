/**
 * The JSON API over real HTTP on a real archive file: every endpoint, bad input answered with
 * a 4xx and a message, markup shown as data, privacy of the living, security headers, the
 * OpenAPI document valid, and the server still serving after malformed requests.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openArchive } from '../src/archive/index.ts';
import { searchProjection } from '../src/search/index.ts';
import { openArchiveView } from '../src/http/open-archive-view.ts';
import type { ArchiveView } from '../src/http/archive-view.ts';
import { startServer, type RunningServer } from '../src/http/server.ts';
import { buildFixture, XSS_NAME, type Fixture } from './http-fixture.ts';

let fixture: Fixture;
let view: ArchiveView;
let server: RunningServer;
const serverErrors: unknown[] = [];

beforeAll(async () => {
  fixture = buildFixture();
  view = openArchiveView(openArchive(fixture.path, { projections: [searchProjection] }));
  server = await startServer({ view, port: 0, host: '127.0.0.1', searchRate: { perSecond: 1, burst: 40 }, logError: (e) => serverErrors.push(e) });
});

afterAll(async () => {
  await server?.close();
  view?.close();
  fixture?.cleanup();
});

async function get(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(server.url + path, init);
  const text = await response.text();
  let body: unknown = text;
  if (response.headers.get('content-type')?.startsWith('application/json')) body = JSON.parse(text);
  return { status: response.status, body, headers: response.headers };
}

/** Sends raw bytes on a socket and returns the status line the server answers with. */
function rawRequest(bytes: string): Promise<string> {
  const { port } = server;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('end', () => resolve(data.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('timeout')));
  });
}

describe('search', () => {
  it('finds a Cyrillic record from a Latin spelling, with reasons and facets', async () => {
    const { status, body } = await get('/api/search?q=Kovalskij');
    expect(status).toBe(200);
    const ids = body.hits.map((h: any) => h.record.id);
    expect(ids).toContain(fixture.ids.cyrillic);
    const hit = body.hits.find((h: any) => h.record.id === fixture.ids.cyrillic);
    expect(hit.record.fields.surname.text).toBe('Ковальский');
    expect(hit.record.personId).toBe(fixture.ids.person);
    expect(hit.record.synthetic).toBe(true);
    expect(hit.reasons.length).toBeGreaterThan(0);
    expect(body.facets.nationality).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'polish' })]));
  });

  it.each([
    ['/api/search?q=x&page=abc', 'page'],
    ['/api/search?q=x&page=99999999', 'page'],
    ['/api/search?q=x&pageSize=100000', 'pageSize'],
    ['/api/search?q=x&arrestedFrom=1800', 'arrestedFrom'],
    ['/api/search?q=x&arrestedFrom=1938&arrestedTo=1937', 'arrestedFrom'],
    ['/api/search?q=x&sentence=banished', 'sentence'],
    ['/api/search?q=x&born=soon', 'born'],
    [`/api/search?q=${'a'.repeat(301)}`, 'q'],
    ['/api/search?q=x&exact=maybe', 'exact'],
    ['/api/search?q=x&unknownParam=1', 'unknownParam'],
  ])('refuses %s naming the parameter', async (path, param) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_request');
    expect(body.message).toContain(param);
  });

  it('refuses a search that asks for nothing', async () => {
    const { status, body } = await get('/api/search');
    expect(status).toBe(400);
    expect(body.message).toMatch(/give q/);
  });

  it('never returns a person who may be alive', async () => {
    const { body } = await get(`/api/search?q=${encodeURIComponent('Живущенко')}`);
    expect(body.hits.map((h: any) => h.record.id)).not.toContain(fixture.ids.living);
  });
});

describe('records, persons, sources, entities, claims, history', () => {
  it('returns a record with its text as written', async () => {
    const { status, body } = await get(`/api/records/${fixture.ids.cyrillic}`);
    expect(status).toBe(200);
    expect(body.fields.patronymic.text).toBe('Станиславович');
    expect(body.locator).toBe('p. 17, no. 4');
  });

  it('gives records like a record, leaving out the record itself', async () => {
    const { status, body } = await get(`/api/records/${fixture.ids.cyrillic}/similar?limit=5`);
    expect(status).toBe(200);
    const ids = body.hits.map((h: any) => h.record.id);
    expect(ids).toContain(fixture.ids.latin);
    expect(ids).not.toContain(fixture.ids.cyrillic);
    expect((await get(`/api/records/${fixture.ids.cyrillic}/similar?limit=0`)).status).toBe(400);
    expect((await get('/api/records/rec_nope/similar')).status).toBe(404);
  });

  it('returns markup in a name as data, unchanged', async () => {
    const { body, headers } = await get(`/api/records/${fixture.ids.xss}`);
    expect(headers.get('content-type')).toContain('application/json');
    expect(body.fields.surname.text).toBe(XSS_NAME);
  });

  it('hides a record of someone who may be alive, as if absent', async () => {
    const { status, body } = await get(`/api/records/${fixture.ids.living}`);
    expect(status).toBe(404);
    expect(JSON.stringify(body)).not.toContain('Живущенко');
    expect((await get(`/api/history/${fixture.ids.living}`)).status).toBe(404);
  });

  it('returns a person with both records and why they were joined', async () => {
    const { status, body } = await get(`/api/persons/${fixture.ids.person}`);
    expect(status).toBe(200);
    expect(body.records.map((r: any) => r.id).sort()).toEqual([fixture.ids.cyrillic, fixture.ids.latin].sort());
    expect(body.links[0]).toMatchObject({ author: 'test-editor', score: 0.97 });
  });

  it('returns a source, an entity with claims and sources, and claims by subject', async () => {
    const source = await get(`/api/sources/${fixture.ids.source}`);
    expect(source.status).toBe(200);
    expect(source.body.citation).toContain('Synthetic');
    const entity = await get('/api/entities/operation/order-00485');
    expect(entity.status).toBe(200);
    expect(entity.body.names.en).toContain('Polish');
    expect(entity.body.claims.length).toBeGreaterThan(0);
    expect(entity.body.claims[0].citation.sourceId).toBeTruthy();
    expect(entity.body.recordCount).toEqual({ real: 0, synthetic: 1 }); // synthetic records counted apart
    const claims = await get('/api/claims?subject=operation/order-00485');
    expect(claims.body.claims.length).toBe(entity.body.claims.length);
    const list = await get('/api/entities?kind=operation');
    expect(list.body.entities.some((e: any) => e.id === 'operation/order-00485')).toBe(true);
    expect((await get('/api/entities?kind=dragon')).status).toBe(400);
  });

  it('returns the history of a record: who, when, what, the hashes', async () => {
    const { status, body } = await get(`/api/history/${fixture.ids.cyrillic}`);
    expect(status).toBe(200);
    expect(body.entries[0]).toMatchObject({ kind: 'record.add', actor: 'test' });
    expect(body.entries[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.entries.some((e: any) => e.kind === 'person.link' && e.actor === 'test-editor')).toBe(true);
  });

  it.each(['/api/records/rec_nope', '/api/persons/per_nope', '/api/sources/src_nope', '/api/entities/place/atlantis', '/api/history/nothing-here'])(
    'answers 404 with a message for %s',
    async (path) => {
      const { status, body } = await get(path);
      expect(status).toBe(404);
      expect(body.error).toBe('not_found');
      expect(body.message).toContain('no ');
    },
  );

  it('refuses a huge id', async () => {
    const { status, body } = await get(`/api/records/${'x'.repeat(500)}`);
    expect(status).toBe(400);
    expect(body.message).toContain('id');
  });
});

describe('statistics, head, export', () => {
  it('counts records by dimension', async () => {
    const { body } = await get('/api/statistics');
    expect(body.total).toBe(4);
    expect(body.synthetic).toBe(4);
    expect(body.byNationality.find((c: any) => c.key === 'polish').count).toBe(2);
    expect(body.byMonth).toHaveLength(24);
  });

  it('gives the head of the log', async () => {
    const { body } = await get('/api/head');
    expect(body.seq).toBeGreaterThan(4);
    expect(body.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exports public records as JSON Lines and CSV, leaving out the living', async () => {
    const jsonl = await get('/api/export');
    const lines = (jsonl.body as string).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((r) => r.id).sort()).toEqual([fixture.ids.cyrillic, fixture.ids.latin, fixture.ids.xss].sort());
    const csv = await get('/api/export?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = (csv.body as string).trim().split('\n');
    expect(rows[0]).toMatch(/^id,sourceId,locator,synthetic,surname,/);
    expect(rows).toHaveLength(4);
    expect(csv.body).toContain('Ковальский');
    expect((await get('/api/export?format=xml')).status).toBe(400);
  });
});

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1 and documents every endpoint', async () => {
    const { body } = await get('/api/openapi.json');
    const validator = new Validator();
    const result = await validator.validate(body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(
      ['/claims', '/entities', '/entities/{kind}/{slug}', '/export', '/head', '/history/{id}', '/persons/{id}', '/records/{id}', '/records/{id}/similar', '/search', '/sources/{id}', '/statistics'].sort(),
    );
    const searchParams = body.paths['/search'].get.parameters.map((p: any) => p.name);
    expect(searchParams).toEqual(expect.arrayContaining(['q', 'born', 'nationality', 'sentence', 'arrestedFrom', 'page', 'pageSize']));
  });
});

describe('safety', () => {
  it('sends a Content-Security-Policy and the usual headers', async () => {
    const { headers } = await get('/api/head');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses a large body and an overlong URL', async () => {
    const big = await get('/api/search?q=x', { method: 'POST', body: 'x'.repeat(200_000), headers: { 'content-type': 'text/plain' } });
    expect(big.status).toBe(413);
    expect(big.body.error).toBe('payload_too_large');
    const long = await get(`/api/search?q=x&pad=${'y'.repeat(5000)}`);
    expect(long.status).toBe(414);
  });

  it('answers an unknown endpoint with JSON 404', async () => {
    const { status, body } = await get('/api/nothing');
    expect(status).toBe(404);
    expect(body.message).toContain('/api/nothing');
  });

  it('keeps serving after malformed requests, with no stack trace to the client', async () => {
    const answers = await Promise.all([
      rawRequest('GARBAGE\r\n\r\n'),
      rawRequest('GET /api/records/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      rawRequest(`GET /api/search?q=${'%FF'.repeat(10)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
      rawRequest('GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'z'.repeat(20_000) + '\r\nConnection: close\r\n\r\n'),
      rawRequest('POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{"a":'),
    ]);
    // Each gets an answer (never a 5xx): garbage 400, a broken escape 404, undecodable bytes
    // read leniently (200), an oversized header 431, a POST where only GET exists 404.
    expect(answers.map((line) => line.slice(9, 12))).toEqual(['400', '404', '200', '431', '404']);
    const after = await get('/api/head');
    expect(after.status).toBe(200);
    const bad = await get('/api/records/%E0%A4%A');
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.ts:\d+/);
    expect(serverErrors).toEqual([]);
  });

  it('limits searches per client with 429 and Retry-After', async () => {
    let limited: { status: number; body: any; headers: Headers } | undefined;
    for (let i = 0; i < 60 && !limited; i++) {
      const answer = await get('/api/search?q=Kowalski');
      if (answer.status === 429) limited = answer;
    }
    expect(limited?.body.error).toBe('too_many_requests');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
