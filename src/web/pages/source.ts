/**
 * A source's page: its citation, kind and archival detail, with the synthetic label if it is one.
 */
import type { SourceView } from '../../http/archive-view.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout, syntheticBadge, type PageContext } from '../layout.ts';
import { historyHref } from '../format.ts';

export function sourcePage(ctx: PageContext, source: SourceView): SafeHtml {
  const { data } = source;
  const body = html`
    <p class="lead">${ctx.t.source}${data.kind ? ` · ${data.kind}` : ''}${data.synthetic ? html` ${syntheticBadge(ctx)}` : ''}</p>
    <h1>${data.citation}</h1>
    ${data.detail ? html`<p>${/^https?:\/\//.test(data.detail) ? html`<a href="${data.detail}" rel="noopener noreferrer">${data.detail}</a>` : data.detail}</p>` : ''}`;
  return layout(ctx, { title: data.citation, historyHref: historyHref(source.id) }, body);
}
