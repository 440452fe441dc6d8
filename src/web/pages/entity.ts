/**
 * An entity's page: an organisation with its heads over time, an operation with its published
 * figures beside the count of records in this archive, a trial, a place on a map, an artefact
 * with its versions side by side. Every claim shows its source and locator; claims that
 * disagree stand side by side, the preferred first, none hidden.
 */
import { claimValueText, propertyLabel } from '../claim-words.ts';
import type { ClaimView, EntityView, RelationView, SourceView } from '../../http/archive-view.ts';
import { html, trusted, type SafeHtml } from '../html.ts';
import { layout, syntheticBadge, type PageContext } from '../layout.ts';
import { entityHref, formatPeriod, historyHref, sourceHref } from '../format.ts';
import { placeMap } from '../map.ts';

const RANK_ORDER = { preferred: 0, normal: 1, deprecated: 2 } as const;

export interface EntityPageInput {
  view: EntityView;
  sources: Map<string, SourceView>;
  /** Display names of the entities at the other end of relations. */
  names: Map<string, string>;
}

const KIND_LABELS: Record<string, { en: string; ru: string }> = {
  organisation: { en: 'Organisation', ru: 'Организация' },
  operation: { en: 'Operation', ru: 'Операция' },
  trial: { en: 'Trial', ru: 'Процесс' },
  place: { en: 'Place', ru: 'Место' },
  event: { en: 'Event', ru: 'Событие' },
  artefact: { en: 'Artefact', ru: 'Артефакт' },
  person: { en: 'Person', ru: 'Человек' },
};

const RELATION_LABELS: Record<string, { en: string; ru: string }> = {
  'head-of': { en: 'head of', ru: 'руководитель' },
  'member-of': { en: 'member of', ru: 'член' },
  'victim-of': { en: 'victim of', ru: 'жертва' },
  'defendant-in': { en: 'defendant in', ru: 'подсудимый' },
  'interned-in': { en: 'interned in', ru: 'заключён в' },
  'executed-at': { en: 'executed at', ru: 'расстрелян в' },
  'buried-at': { en: 'buried at', ru: 'похоронен в' },
  'erased-from': { en: 'erased from', ru: 'стёрт с' },
  'renamed-to': { en: 'renamed to', ru: 'переименован в' },
  'part-of': { en: 'part of', ru: 'часть' },
  'successor-of': { en: 'successor of', ru: 'преемник' },
  'arrested-by': { en: 'arrested by', ru: 'арестован' },
  ordered: { en: 'ordered', ru: 'приказал' },
  'carried-out': { en: 'carried out', ru: 'провёл' },
  targeted: { en: 'targeted', ru: 'направлена против' },
  'author-of': { en: 'author of', ru: 'автор' },
  'depicted-in': { en: 'depicted in', ru: 'изображён на' },
  'killed-by': { en: 'killed by', ru: 'убит' },
  'located-at': { en: 'located at', ru: 'находится в' },
};

function cite(input: EntityPageInput, c: { sourceId: string; locator: { quote?: string; page?: string } }): SafeHtml {
  const source = input.sources.get(c.sourceId);
  return html`<a href="${sourceHref(c.sourceId)}">${source?.data.citation ?? c.sourceId}</a>${c.locator.page ? html`<span class="src">${c.locator.page}</span>` : ''}${c.locator.quote ? html`<span class="src">“${c.locator.quote}”</span>` : ''}`;
}

function rankMark(ctx: PageContext, rank: string): SafeHtml {
  if (rank === 'preferred') return html` <span class="flag">${ctx.lang === 'ru' ? 'предпочтительная' : 'preferred'}</span>`;
  if (rank === 'deprecated') return html` <span class="flag">${ctx.lang === 'ru' ? 'устаревшая' : 'deprecated'}</span>`;
  return html``;
}

function claimsTable(ctx: PageContext, input: EntityPageInput, claims: ClaimView[], title: string, extraRow?: SafeHtml): SafeHtml {
  if (claims.length === 0 && !extraRow) return html``;
  const sorted = [...claims].sort((a, b) => a.property.localeCompare(b.property) || RANK_ORDER[a.rank] - RANK_ORDER[b.rank]);
  // Claims disagree when they give different values for the same property and period
  // (yearly prisoner counts are different facts, not a disagreement).
  const keyOf = (c: ClaimView) => `${c.property}|${c.period ?? ''}`;
  const keys = new Set(claims.map(keyOf));
  const contestedKeys = new Set([...keys].filter((k) => new Set(claims.filter((c) => keyOf(c) === k).map((c) => JSON.stringify(c.value))).size > 1));
  const contested = { has: (c: ClaimView) => contestedKeys.has(keyOf(c)) };
  return html`<h2>${title}</h2><div class="table-scroll"><table class="stack">
    <thead><tr><th scope="col">${ctx.lang === 'ru' ? 'Что' : 'What'}</th><th scope="col">${ctx.t.value}</th><th scope="col">${ctx.t.source}</th></tr></thead>
    <tbody>${extraRow ?? ''}${sorted.map((c) => html`<tr${contested.has(c) ? html` class="disagree"` : ''}>
      <th scope="row">${propertyLabel(c.property, ctx.lang)}${c.period ? html`<span class="src">${formatPeriod(c.period)}</span>` : ''}${contested.has(c) ? html` <span class="flag">${ctx.t.disagree}</span>` : ''}</th>
      <td class="num">${claimValueText(c.value, ctx.lang)}${rankMark(ctx, c.rank)}${c.note ? html`<span class="src">${c.note}</span>` : ''}</td>
      <td>${cite(input, c.citation)}</td></tr>`)}</tbody></table></div>`;
}

function relationsList(ctx: PageContext, input: EntityPageInput, relations: RelationView[], incoming: boolean): SafeHtml {
  return html`${relations.map((r) => {
    const other = incoming ? r.subject : r.object;
    const label = RELATION_LABELS[r.type]?.[ctx.lang] ?? r.type;
    const otherLink = html`<a href="${entityHref(other)}">${input.names.get(other) ?? other}</a>`;
    return html`<tr><td>${incoming ? html`${otherLink} — ${label}` : html`${label} ${otherLink}`}${rankMark(ctx, r.rank)}</td><td class="when">${r.period ? formatPeriod(r.period) : ''}</td><td>${cite(input, r.citation)}</td></tr>`;
  })}`;
}

function relationsSection(ctx: PageContext, input: EntityPageInput): SafeHtml {
  const { relations, incoming } = input.view;
  const heads = incoming.filter((r) => r.type === 'head-of').sort((a, b) => (a.period ?? '').localeCompare(b.period ?? ''));
  const others = incoming.filter((r) => r.type !== 'head-of');
  const head = html`<thead><tr><th scope="col">${ctx.t.relations}</th><th scope="col">${ctx.t.time}</th><th scope="col">${ctx.t.source}</th></tr></thead>`;
  return html`
    ${heads.length ? html`<h2>${ctx.t.heads}</h2><div class="table-scroll"><table class="stack">${head}<tbody>${relationsList(ctx, input, heads, true)}</tbody></table></div>` : ''}
    ${relations.length + others.length ? html`<h2>${ctx.t.relations}</h2><div class="table-scroll"><table class="stack">${head}<tbody>${relationsList(ctx, input, relations, false)}${relationsList(ctx, input, others, true)}</tbody></table></div>` : ''}`;
}

export function entityPage(ctx: PageContext, input: EntityPageInput): SafeHtml {
  const { entity, claims, recordCount } = input.view;
  const name = entity.names[ctx.lang] ?? entity.names.en!;
  const otherNames = [...new Set([...Object.values(entity.names), ...entity.aliases])].filter((n) => n !== name);
  const kind = KIND_LABELS[entity.kind]?.[ctx.lang] ?? entity.kind;
  const isOperation = entity.kind === 'operation';
  const figures = isOperation ? claims.filter((c) => c.value.type === 'quantity' || c.value.type === 'range') : [];
  const rest = claims.filter((c) => !figures.includes(c));
  const countRow = isOperation && recordCount !== undefined
    ? html`<tr><th scope="row">${ctx.t.recordsInArchive}</th><td class="num">${recordCount.real.toLocaleString(ctx.lang)}${recordCount.synthetic ? html`<span class="src">+ ${recordCount.synthetic.toLocaleString(ctx.lang)} ${ctx.t.synthetic}</span>` : ''}</td><td>${ctx.lang === 'ru' ? 'подсчёт по записям этого архива (с частями операции)' : 'counted from the records of this archive (the operation and its parts)'}</td></tr>`
    : undefined;
  const body = html`
    <p class="lead">${kind}${entity.subtype ? ` · ${entity.subtype}` : ''}${entity.period ? ` · ${formatPeriod(entity.period)}` : ''}${entity.synthetic ? html` ${syntheticBadge(ctx)}` : ''}</p>
    <h1>${name}</h1>
    ${otherNames.length ? html`<p>${otherNames.join(' · ')}</p>` : ''}
    <p class="src">${ctx.t.source}: ${cite(input, entity.citation)}</p>
    ${entity.coordinates ? html`<h2>${ctx.t.map}</h2><figure class="map">${trusted(placeMap([{ lat: entity.coordinates.lat, lon: entity.coordinates.lon, label: name }], `${ctx.t.map}: ${name}`))}<figcaption>${entity.coordinates.lat.toFixed(2)}°, ${entity.coordinates.lon.toFixed(2)}° (${entity.coordinates.precision}) · Natural Earth</figcaption></figure>` : ''}
    ${entity.versions?.length ? html`<h2>${ctx.t.versions}</h2><div class="versions">${entity.versions.map((v) => html`<figure class="version"><figcaption><strong>${v.label}</strong></figcaption><p>${v.description}</p></figure>`)}</div>` : ''}
    ${isOperation ? claimsTable(ctx, input, figures, ctx.t.publishedFigures, countRow) : ''}
    ${claimsTable(ctx, input, rest, ctx.lang === 'ru' ? 'Утверждения источников' : 'What the sources say')}
    ${relationsSection(ctx, input)}`;
  return layout(ctx, { title: name, historyHref: historyHref(entity.id) }, body);
}
