/**
 * The pages, mounted on the server: each route parses its input, asks the archive view, and
 * renders one page. The language comes from `?lang=` (then remembered in a cookie), the
 * cookie, or the browser's Accept-Language.
 */
import { readFileSync } from 'node:fs';
import type { Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ArchiveView, SearchResultView, SourceView } from '../http/archive-view.ts';
import { mayBeAlive } from '../http/privacy.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { hasCriteria, SearchQuerySchema } from '../http/schemas.ts';
import { clientOf } from '../http/client.ts';
import { FIELD_LABELS, chooseLanguage } from './i18n.ts';
import { pageContext, type PageContext } from './layout.ts';
import type { SafeHtml } from './html.ts';
import { searchPage } from './pages/search.ts';
import { personPage } from './pages/person.ts';
import { entityPage } from './pages/entity.ts';
import { statisticsPage } from './pages/statistics.ts';
import { historyPage } from './pages/history.ts';
import { aboutPage } from './pages/about.ts';
import { sourcePage } from './pages/source.ts';
import { messagePage, notFoundPage } from './pages/message.ts';
import { entityHref, nameAsWritten, personHref, recordHref, sourceHref } from './format.ts';
import type { Entity } from '../domain/entity.ts';
import type { RecordView } from '../http/archive-view.ts';

export const LANGUAGE_COOKIE = 'lang';
/** How long the chosen language is remembered (one year). */
const LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600;

const STYLESHEET = readFileSync(new URL('./assets/style.css', import.meta.url), 'utf8');

export interface WebDeps {
  view: ArchiveView;
  searchLimiter?: RateLimiter;
}

/** The page context of a request; remembers an explicit `?lang=` choice. */
export function contextOf(c: Context): PageContext {
  const explicit = c.req.query('lang');
  const lang = chooseLanguage(explicit ?? getCookie(c, LANGUAGE_COOKIE), c.req.header('accept-language'));
  if (explicit === lang) {
    setCookie(c, LANGUAGE_COOKIE, lang, { path: '/', maxAge: LANGUAGE_COOKIE_SECONDS, sameSite: 'Lax', httpOnly: true });
  }
  c.header('Content-Language', lang);
  c.header('Vary', 'Accept-Language, Cookie');
  return pageContext(lang, new URL(c.req.url));
}

export function sendPage(c: Context, page: SafeHtml, status: 200 | 404 | 400 | 429 | 500 = 200): Response {
  return c.html(page.value, status);
}

function sourcesOf(view: ArchiveView, ids: Iterable<string>): Map<string, SourceView> {
  const out = new Map<string, SourceView>();
  for (const id of ids) {
    const source = view.source(id);
    if (source) out.set(id, source);
  }
  return out;
}

function entitiesOf(view: ArchiveView, records: RecordView[]): Map<string, Entity> {
  const keys = new Set(records.flatMap((r) => Object.values(r.data.fields).map((v) => v?.norm).filter((n): n is string => Boolean(n))));
  return view.entitiesByKeys([...keys]);
}

/** Similar records shown on a record or person page. */
const SIMILAR_SHOWN = 8;

/** Records like the first of `records`, leaving out these records and anyone who may be alive. */
function similarTo(view: ArchiveView, records: RecordView[]): RecordView[] {
  const own = new Set(records.map((r) => r.id));
  return view.similar(records[0]!.id, SIMILAR_SHOWN + own.size)
    .map((hit) => hit.record)
    .filter((r) => !own.has(r.id) && !mayBeAlive([r.data]))
    .slice(0, SIMILAR_SHOWN);
}

export function registerPages(app: Hono, deps: WebDeps): void {
  const { view } = deps;
  const today = () => new Date().toISOString().slice(0, 10);

  app.get('/assets/style.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(STYLESHEET);
  });

  const search = (c: Context) => {
    const ctx = contextOf(c);
    const raw: Record<string, string> = {};
    // A form sends every field, empty or not: an empty field asks for nothing.
    for (const [key, value] of Object.entries(c.req.query())) if (key !== 'lang' && value.trim() !== '') raw[key] = value;
    const parsed = SearchQuerySchema.safeParse(raw);
    if (!parsed.success) {
      const labels = FIELD_LABELS[ctx.lang];
      const errors = parsed.error.issues.map((i) => `${labels[String(i.path[0])] ?? String(i.path[0] ?? '')}: ${i.message}`);
      return sendPage(c, searchPage(ctx, { raw, errors }), 400);
    }
    if (!hasCriteria(parsed.data)) {
      const named = (kind: string) => view.entities(kind).map((e) => ({ id: e.id, name: e.names[ctx.lang] ?? e.names.en! }));
      return sendPage(c, searchPage(ctx, { raw, home: { ...view.counts(), operations: named('operation'), organisations: named('organisation') } }));
    }
    if (deps.searchLimiter) {
      const wait = deps.searchLimiter.take(clientOf(c));
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return sendPage(c, searchPage(ctx, { raw, retryAfter: wait }), 429);
      }
    }
    const result: SearchResultView = view.search(parsed.data);
    result.hits = result.hits.filter((hit) => !mayBeAlive([hit.record.data]));
    const sourceIds = (result.facets.source ?? []).map((v) => v.value);
    const sourceNames = new Map([...sourcesOf(view, sourceIds)].map(([id, source]) => [id, source.data.citation]));
    return sendPage(c, searchPage(ctx, { raw, query: parsed.data, result, sourceNames }));
  };
  app.get('/', search);
  app.get('/search', search);

  app.get('/records/:id', (c) => {
    const ctx = contextOf(c);
    const id = c.req.param('id');
    const record = view.record(id);
    if (!record) return sendPage(c, notFoundPage(ctx), 404);
    if (mayBeAlive([record.data])) return sendPage(c, messagePage(ctx, ctx.t.notFound, ctx.t.hiddenLiving), 404);
    const records = [record];
    return sendPage(c, personPage(ctx, {
      kind: 'record', id, records, links: [],
      sources: sourcesOf(view, [record.data.sourceId]),
      entities: entitiesOf(view, records),
      canonicalUrl: new URL(recordHref(id), c.req.url).href,
      today: today(),
      similar: similarTo(view, records),
    }));
  });

  app.get('/persons/:id', (c) => {
    const ctx = contextOf(c);
    const id = c.req.param('id');
    const person = view.person(id);
    if (!person || person.records.length === 0) return sendPage(c, notFoundPage(ctx), 404);
    if (mayBeAlive(person.records.map((r) => r.data))) return sendPage(c, messagePage(ctx, ctx.t.notFound, ctx.t.hiddenLiving), 404);
    return sendPage(c, personPage(ctx, {
      kind: 'person', id, records: person.records, links: person.links,
      sources: sourcesOf(view, person.records.map((r) => r.data.sourceId)),
      entities: entitiesOf(view, person.records),
      canonicalUrl: new URL(personHref(id), c.req.url).href,
      today: today(),
      similar: similarTo(view, person.records),
    }));
  });

  app.get('/sources/:id{.+}', (c) => {
    const ctx = contextOf(c);
    const source = view.source(c.req.param('id'));
    if (!source) return sendPage(c, notFoundPage(ctx), 404);
    return sendPage(c, sourcePage(ctx, source));
  });

  app.get('/entities/:kind/:slug', (c) => {
    const ctx = contextOf(c);
    const found = view.entity(`${c.req.param('kind')}/${c.req.param('slug')}`);
    if (!found) return sendPage(c, notFoundPage(ctx), 404);
    const citations = [found.entity.citation, ...found.claims.map((x) => x.citation), ...found.relations.map((x) => x.citation), ...found.incoming.map((x) => x.citation)];
    const others = [...found.relations.map((r) => r.object), ...found.incoming.map((r) => r.subject)];
    const names = new Map(others.map((id) => [id, view.entityName(id, ctx.lang) ?? id]));
    return sendPage(c, entityPage(ctx, { view: found, sources: sourcesOf(view, citations.map((x) => x.sourceId)), names }));
  });

  app.get('/statistics', async (c) => {
    const ctx = contextOf(c);
    const stats = await view.statistics();
    const published = view.entities('operation').map((entity) => {
      const found = view.entity(entity.id)!;
      return {
        entity,
        figures: found.claims.filter((x) => x.value.type === 'quantity' || x.value.type === 'range'),
        recordCount: found.recordCount ?? { real: 0, synthetic: 0 },
      };
    }).filter((p) => p.figures.length > 0);
    const sources = sourcesOf(view, published.flatMap((p) => p.figures.map((f) => f.citation.sourceId)));
    return sendPage(c, statisticsPage(ctx, { stats, published, sources }));
  });

  app.get('/history/:id{.+}', (c) => {
    const ctx = contextOf(c);
    const id = c.req.param('id');
    const record = view.record(id);
    if (record && mayBeAlive([record.data])) return sendPage(c, messagePage(ctx, ctx.t.notFound, ctx.t.hiddenLiving), 404);
    const entries = view.history(id);
    if (entries.length === 0) return sendPage(c, notFoundPage(ctx), 404);
    const source = record ? undefined : view.source(id);
    const subjectHref = record ? recordHref(id) : source ? sourceHref(id) : id.includes('/') ? entityHref(id) : personHref(id);
    const label = record ? nameAsWritten(record.data) : source ? source.data.citation : (view.entityName(id, ctx.lang) ?? id);
    return sendPage(c, historyPage(ctx, label, subjectHref, entries));
  });

  app.get('/about', (c) => {
    const ctx = contextOf(c);
    return sendPage(c, aboutPage(ctx, view.head(), view.counts()));
  });
}
