/**
 * Short pages that say something went wrong or is withheld: not found, hidden because the
 * person may be alive, server error. Never a stack trace.
 */
import { html, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';

export function messagePage(ctx: PageContext, title: string, text: string): SafeHtml {
  return layout(ctx, { title }, html`<h1>${title}</h1><p class="lead">${text}</p><p><a href="/">${ctx.t.navSearch}</a></p>`);
}

export function notFoundPage(ctx: PageContext): SafeHtml {
  return messagePage(ctx, ctx.t.notFound, ctx.t.notFoundText);
}
