/**
 * Statistics: counts from the records of this archive as tables and server-drawn SVG charts,
 * with the figures historians have published beside them (claims of the operations).
 */
import { claimValueText, propertyLabel } from '../claim-words.ts';
import type { ClaimView, SourceView } from '../../http/archive-view.ts';
import type { Count, Statistics } from '../../stats/aggregate.ts';
import { OTHER_KEY, UNKNOWN_KEY } from '../../stats/aggregate.ts';
import { columnChart, horizontalBarChart } from '../../stats/chart.ts';
import type { Entity } from '../../domain/entity.ts';
import { html, trusted, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';
import { entityHref, sourceHref } from '../format.ts';

export interface PublishedOperation {
  entity: Entity;
  figures: ClaimView[];
  recordCount: { real: number; synthetic: number };
}

export interface StatisticsPageInput {
  stats: Statistics;
  published: PublishedOperation[];
  sources: Map<string, SourceView>;
}

function label(ctx: PageContext, c: Count): string {
  if (c.key === UNKNOWN_KEY) return ctx.t.unknown;
  if (c.key === OTHER_KEY) return ctx.lang === 'ru' ? 'прочие' : 'other';
  return c.label;
}

function section(ctx: PageContext, id: string, title: string, counts: Count[], kind: 'bars' | 'columns', labelEvery = 1): SafeHtml {
  const known = counts.filter((c) => c.key !== UNKNOWN_KEY);
  const bars = known.map((c) => ({ label: label(ctx, c), value: c.count }));
  const chart = known.length === 0 ? '' : kind === 'bars' ? horizontalBarChart(bars, { title }) : columnChart(bars, { title, labelEvery });
  return html`<section aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    ${chart ? html`<figure class="chart">${trusted(chart)}</figure>` : html`<p>${ctx.t.unknown}</p>`}
    <details><summary>${ctx.lang === 'ru' ? 'Таблица' : 'Table'}</summary><div class="table-scroll"><table>
      <thead><tr><th scope="col">${title}</th><th scope="col" class="num">${ctx.t.count}</th></tr></thead>
      <tbody>${counts.map((c) => html`<tr><td>${label(ctx, c)}</td><td class="num">${c.count.toLocaleString(ctx.lang)}</td></tr>`)}</tbody>
    </table></div></details>
  </section>`;
}

/** One operation: its published figures (each with its source) and the count of records here. */
function operationBlock(ctx: PageContext, input: StatisticsPageInput, op: PublishedOperation): SafeHtml {
  const name = op.entity.names[ctx.lang] ?? op.entity.names.en;
  const rows = op.figures.map((f) => {
    const source = input.sources.get(f.citation.sourceId);
    return html`<tr><td>${propertyLabel(f.property, ctx.lang)}${f.period ? html`<span class="src">${f.period}</span>` : ''}</td><td class="num">${claimValueText(f.value, ctx.lang)}</td><td class="cite-cell"><a href="${sourceHref(f.citation.sourceId)}">${source?.data.citation ?? f.citation.sourceId}</a>${f.citation.locator.page ? html`<span class="src">${f.citation.locator.page}</span>` : ''}</td></tr>`;
  });
  return html`<tbody>
    <tr class="group"><th scope="rowgroup" colspan="3"><a href="${entityHref(op.entity.id)}">${name}</a></th></tr>
    ${rows}
    <tr class="ours"><td>${ctx.t.recordsInArchive}</td><td class="num">${op.recordCount.real.toLocaleString(ctx.lang)}${op.recordCount.synthetic ? html`<span class="src">+ ${op.recordCount.synthetic.toLocaleString(ctx.lang)} ${ctx.t.synthetic}</span>` : ''}</td><td>unerased</td></tr>
  </tbody>`;
}

function published(ctx: PageContext, input: StatisticsPageInput): SafeHtml {
  if (input.published.length === 0) return html``;
  return html`<section aria-labelledby="published-h"><h2 id="published-h">${ctx.t.publishedFigures}</h2>
    <p>${ctx.lang === 'ru' ? 'Опубликованные источники расходятся между собой; все цифры показаны рядом, каждая со своим источником.' : 'Published sources disagree with each other; every figure is shown, each with its source.'}</p>
    <div class="table-scroll"><table class="figures stack"><thead><tr><th scope="col">${ctx.t.figure}</th><th scope="col" class="num">${ctx.t.value}</th><th scope="col">${ctx.t.source}</th></tr></thead>
    ${input.published.map((op) => operationBlock(ctx, input, op))}</table></div></section>`;
}

export function statisticsPage(ctx: PageContext, input: StatisticsPageInput): SafeHtml {
  const { stats } = input;
  const { t } = ctx;
  const body = html`
    <h1>${t.statisticsTitle}</h1>
    <p class="lead">${t.statisticsIntro}</p>
    <p>${t.recordsInArchive}: <strong>${stats.total.toLocaleString(ctx.lang)}</strong>${stats.synthetic > 0 ? html` (${t.synthetic}: ${stats.synthetic.toLocaleString(ctx.lang)})` : ''}</p>
    ${published(ctx, input)}
    ${section(ctx, 'by-operation', t.byOperation, stats.byOperation, 'bars')}
    ${section(ctx, 'by-year', t.byYear, stats.byYear, 'columns', Math.max(1, Math.ceil(stats.byYear.length / 12)))}
    ${section(ctx, 'by-month', t.byMonth, stats.byMonth, 'columns', 3)}
    ${section(ctx, 'by-nationality', t.byNationality, stats.byNationality, 'bars')}
    ${section(ctx, 'by-region', t.byRegion, stats.byRegion, 'bars')}
    ${section(ctx, 'by-sentence', t.bySentence, stats.bySentence, 'bars')}
    <p><a href="/api/statistics">JSON</a> · <a href="/api/export?format=csv">CSV</a></p>`;
  return layout(ctx, { title: t.statisticsTitle }, body);
}
