/**
 * The search page: one box for a name in any spelling and script, optional fields, results
 * with the reason each matched, facets, paging, and helpful words when nothing matched.
 */
import type { SearchHitView, SearchResultView } from '../../http/archive-view.ts';
import type { SearchQuery } from '../../http/schemas.ts';
import { MAX_PAGE } from '../../http/schemas.ts';
import { FIELD_LABELS } from '../i18n.ts';
import { html, type SafeHtml } from '../html.ts';
import { href, layout, type PageContext } from '../layout.ts';
import { entityHref, factsLine, langAttr, nameAsWritten, recordHeading, recordHref, personHref } from '../format.ts';

/** Facets shown beside results, in this order. */
const FACET_FIELDS = ['nationality', 'sentence', 'arrestYear', 'region', 'source'] as const;

/** The search form's fields (names as in the search engine's query). */
export const FORM_FIELDS = ['q', 'born', 'place', 'nationality', 'sentence', 'arrestedFrom', 'arrestedTo'] as const;

/** Parameters kept when paging or refining: the form's fields and the filters facets add. */
const CARRIED = [...FORM_FIELDS, 'source', 'operation'] as const;

/** The sentence categories the engine distinguishes. */
const SENTENCES = ['death', 'camp', 'other'] as const;

export interface SearchPageInput {
  /** The parsed query (undefined when the form has not been sent yet). */
  query?: SearchQuery;
  /** Raw form values, to show back in the form even when invalid. */
  raw: Record<string, string>;
  result?: SearchResultView;
  /** Validation problems, each naming the field. */
  errors?: string[];
  /** Too many searches: seconds to wait. */
  retryAfter?: number;
  /** Citations of the sources in the source facet, by id. */
  sourceNames?: Map<string, string>;
  /** On the front page (nothing asked yet): what the archive holds, and ways into the machinery. */
  home?: HomeInput;
}

export interface HomeInput {
  records: number;
  synthetic: number;
  operations: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
}

function home(ctx: PageContext, input: HomeInput): SafeHtml {
  const ru = ctx.lang === 'ru';
  const list = (items: { id: string; name: string }[]) => html`<ul class="plain">${items.map((e) => html`<li><a href="${entityHref(e.id)}">${e.name}</a></li>`)}</ul>`;
  return html`<div class="home-grid">
    <section aria-labelledby="h-archive"><h2 id="h-archive">${ru ? 'Архив' : 'The archive'}</h2>
      <p>${ru ? `Записей: ${input.records.toLocaleString('ru')}` : `${input.records.toLocaleString('en')} records`}${input.synthetic ? html` (${ctx.t.synthetic}: ${input.synthetic.toLocaleString(ctx.lang)})` : ''}.
      ${ru ? 'Каждая запись — то, что один источник говорит об одном человеке, дословно, со ссылкой на источник.' : 'Each record is what one source says about one person, verbatim, with its source.'}</p>
      <p><a href="/statistics">${ctx.t.navStatistics}</a> · <a href="/about#verify">${ru ? 'Как проверить архив' : 'How to verify the archive'}</a></p>
    </section>
    ${input.operations.length ? html`<section aria-labelledby="h-ops"><h2 id="h-ops">${ru ? 'Операции' : 'Operations'}</h2>${list(input.operations)}</section>` : ''}
    ${input.organisations.length ? html`<section aria-labelledby="h-orgs"><h2 id="h-orgs">${ru ? 'Органы' : 'Organisations'}</h2>${list(input.organisations)}</section>` : ''}
  </div>`;
}

function queryOf(raw: Record<string, string>, overrides: Record<string, string | number | undefined>) {
  const out: Record<string, string | number | undefined> = {};
  for (const key of CARRIED) out[key] = raw[key];
  return { ...out, ...overrides };
}

function form(ctx: PageContext, raw: Record<string, string>): SafeHtml {
  const { t } = ctx;
  const hasMore = FORM_FIELDS.slice(1).some((k) => raw[k]);
  const sentences = sentenceLabels(ctx);
  const field = (name: string, label: string, type = 'text', extra: SafeHtml | string = '') => html`
      <div><label for="f-${name}">${label}</label><input id="f-${name}" name="${name}" type="${type}" value="${raw[name] ?? ''}"${extra}></div>`;
  return html`
  <form class="search" method="get" action="/search" role="search">
    ${(['source', 'operation'] as const).filter((k) => raw[k]).map((k) => html`<input type="hidden" name="${k}" value="${raw[k]}">`)}
    <label for="f-q">${t.searchLabel}</label>
    <div class="main-box">
      <input id="f-q" name="q" type="search" value="${raw.q ?? ''}" maxlength="200" autocomplete="off" spellcheck="false">
      <button type="submit">${t.searchButton}</button>
    </div>
    <details class="more"${hasMore ? html` open` : ''}>
      <summary>${t.moreFields}</summary>
      <div class="fields">
        ${field('born', t.born, 'text', html` inputmode="numeric" placeholder="1898?"`)}
        ${field('place', t.place)}
        ${field('nationality', t.nationality)}
        <div><label for="f-sentence">${t.sentence}</label><select id="f-sentence" name="sentence"><option value="">—</option>${SENTENCES.map((s) => html`<option value="${s}"${raw.sentence === s ? html` selected` : ''}>${sentences[s]}</option>`)}</select></div>
        ${field('arrestedFrom', t.yearsFrom, 'number', html` min="1900" max="2000"`)}
        ${field('arrestedTo', t.yearsTo, 'number', html` min="1900" max="2000"`)}
      </div>
    </details>
  </form>`;
}

function sentenceLabels(ctx: PageContext): Record<string, string> {
  return ctx.lang === 'ru' ? { death: 'расстрел', camp: 'лагерь', other: 'другое' } : { death: 'death', camp: 'camp', other: 'other' };
}

function facets(ctx: PageContext, raw: Record<string, string>, result: SearchResultView, sourceNames: Map<string, string>): SafeHtml {
  const labels: Record<string, string> = {
    ...FIELD_LABELS[ctx.lang],
    arrestYear: ctx.t.byYear,
    region: ctx.t.byRegion,
    source: ctx.t.source,
  };
  const filterable: Record<string, string> = { nationality: 'nationality', sentence: 'sentence', arrestYear: 'arrestedFrom', source: 'source' };
  const groups = FACET_FIELDS.filter((f) => (result.facets[f]?.length ?? 0) > 0).map((f) => {
    const values = result.facets[f]!.slice(0, 10);
    return html`<h3>${labels[f] ?? f}</h3><ul>${values.map((v) => {
      const param = filterable[f];
      const label = !v.value ? ctx.t.unknown : f === 'source' ? (sourceNames.get(v.value) ?? v.value) : f === 'sentence' ? (sentenceLabels(ctx)[v.value] ?? v.value) : v.value;
      const overrides: Record<string, string> = param === 'arrestedFrom' ? { arrestedFrom: v.value, arrestedTo: v.value } : param ? { [param]: v.value } : {};
      return param && v.value
        ? html`<li><a href="${href('/search', queryOf(raw, overrides))}">${label}</a> <span class="n">${v.count.toLocaleString(ctx.lang)}</span></li>`
        : html`<li>${label} <span class="n">${v.count.toLocaleString(ctx.lang)}</span></li>`;
    })}</ul>`;
  });
  if (groups.length === 0) return html``;
  return html`<aside class="facets" aria-labelledby="facets-h"><h2 id="facets-h">${ctx.t.refine}</h2>${groups}</aside>`;
}

/**
 * Hits in rank order, the records of one person gathered under the best-ranked one: a
 * descendant sees one person with every spelling, not the same man three times.
 */
export function groupByPerson(hits: SearchHitView[]): SearchHitView[][] {
  const groups: SearchHitView[][] = [];
  const byPerson = new Map<string, SearchHitView[]>();
  for (const hit of hits) {
    const personId = hit.record.personId;
    const group = personId ? byPerson.get(personId) : undefined;
    if (group) group.push(hit);
    else {
      const fresh = [hit];
      groups.push(fresh);
      if (personId) byPerson.set(personId, fresh);
    }
  }
  return groups;
}

function hits(ctx: PageContext, result: SearchResultView): SafeHtml {
  return html`<ol class="hits">${groupByPerson(result.hits).map(([hit, ...more]) => {
    const link = hit!.record.personId ? personHref(hit!.record.personId) : recordHref(hit!.record.id);
    return html`<li>
      <div class="name"><a href="${link}"${langAttr(hit!.record.data.fields.surname?.text ?? '')}>${recordHeading(ctx, hit!.record.data)}</a></div>
      <div class="facts">${factsLine(ctx, hit!.record.data)}</div>
      ${hit!.reasons.length > 0 ? html`<div class="why"><span>${ctx.t.whyMatched}:</span> ${hit!.reasons.join('; ')}</div>` : ''}
      ${more.length > 0 ? html`<div class="also">${ctx.lang === 'ru' ? 'Также' : 'Also'}: ${more.map((m, i) => html`${i > 0 ? ' · ' : ''}<a href="${recordHref(m.record.id)}"${langAttr(m.record.data.fields.surname?.text ?? '')}>${nameAsWritten(m.record.data)}</a>`)}</div>` : ''}
    </li>`;
  })}</ol>`;
}


function paging(ctx: PageContext, raw: Record<string, string>, result: SearchResultView): SafeHtml {
  const pages = Math.min(MAX_PAGE, Math.ceil(result.total / result.pageSize));
  if (pages <= 1) return html``;
  const at = (page: number) => href('/search', queryOf(raw, { page }));
  return html`<nav class="pages" aria-label="${ctx.t.page}">
    ${result.page > 1 ? html`<a href="${at(result.page - 1)}" rel="prev">← ${ctx.t.previous}</a>` : ''}
    <span>${ctx.t.page} ${result.page} / ${pages}</span>
    ${result.page < pages ? html`<a href="${at(result.page + 1)}" rel="next">${ctx.t.next} →</a>` : ''}
  </nav>`;
}

/** "read as: surname Ежов, born 1895" so a visitor can see how the box was understood. */
function understood(ctx: PageContext, result: SearchResultView): SafeHtml {
  const labels = FIELD_LABELS[ctx.lang];
  const parts = Object.entries(result.understood)
    .filter((e): e is [string, string] => Boolean(e[1]))
    .map(([k, v]) => `${(k === 'born' ? labels.birthDate : k === 'place' ? ctx.t.place : labels[k]) ?? k}: ${v}`);
  return parts.length ? html` <span class="why">(${ctx.lang === 'ru' ? 'понято как' : 'read as'} ${parts.join(', ')})</span>` : html``;
}

export function searchPage(ctx: PageContext, input: SearchPageInput): SafeHtml {
  const { t } = ctx;
  const { result, raw } = input;
  let body: SafeHtml = html``;
  if (input.retryAfter !== undefined) {
    body = html`<div class="empty" role="alert"><p>${t.tooManyRequests}</p></div>`;
  } else if (input.errors && input.errors.length > 0) {
    body = html`<div class="empty" role="alert"><ul>${input.errors.map((e) => html`<li>${e}</li>`)}</ul></div>`;
  } else if (result && result.hits.length === 0) {
    body = html`<div class="empty" role="status"><p><strong>${t.noResults}</strong></p><ul>${t.noResultsHelp.map((line) => html`<li>${line}</li>`)}</ul></div>`;
  } else if (input.home) {
    body = home(ctx, input.home);
  } else if (result) {
    body = html`<div class="results-layout">
      <section aria-labelledby="results-h">
        <h2 id="results-h">${t.results}</h2>
        <p role="status">${result.truncated ? '≥ ' : ''}${t.resultsCount(result.total)}${understood(ctx, result)}</p>
        ${hits(ctx, result)}
        ${paging(ctx, raw, result)}
      </section>
      ${facets(ctx, raw, result, input.sourceNames ?? new Map())}
    </div>`;
  }
  const title = raw.q ? `${raw.q} — ${t.navSearch}` : t.searchTitle;
  return layout(ctx, { title }, html`
    <h1>${t.searchTitle}</h1>
    <p class="lead">${t.searchIntro}</p>
    ${form(ctx, raw)}
    ${body}`);
}
