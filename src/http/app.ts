/**
 * The whole web server as one hono app: security first, then the JSON API under /api, then
 * the pages. Errors never reach the client as stack traces, and a bad request never takes the
 * server down.
 */
import { Hono, type Context } from 'hono';
import { createApi } from './api/routes.ts';
import type { ArchiveView } from './archive-view.ts';
import { errorResponse, logToStderr, type ErrorLogger } from './errors.ts';
import { DEFAULT_SEARCH_RATE, RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { requestBodyLimit, securityHeaders, urlLengthLimit } from './security.ts';
import { contextOf, registerPages, sendPage } from '../web/routes.ts';
import { messagePage, notFoundPage } from '../web/pages/message.ts';

export interface AppOptions {
  view: ArchiveView;
  /** Per-client search limit; `false` turns it off (benchmarks on localhost). */
  searchRate?: RateLimitOptions | false;
  logError?: ErrorLogger;
}

const isApi = (c: Context) => c.req.path === '/api' || c.req.path.startsWith('/api/');

export function createApp(options: AppOptions): Hono {
  const log = options.logError ?? logToStderr;
  const rate = options.searchRate === undefined ? DEFAULT_SEARCH_RATE : options.searchRate;
  const searchLimiter = rate === false ? undefined : new RateLimiter(rate);
  const app = new Hono();

  app.use('*', urlLengthLimit());
  app.use('*', securityHeaders());
  app.use('*', requestBodyLimit());

  app.route('/api', createApi({ view: options.view, searchLimiter, logError: log }));
  registerPages(app, { view: options.view, searchLimiter });

  app.notFound((c) => {
    if (isApi(c)) return c.json({ error: 'not_found', message: `no such endpoint: ${c.req.method} ${c.req.path}; see /api/openapi.json` }, 404);
    return sendPage(c, notFoundPage(contextOf(c)), 404);
  });

  app.onError((error, c) => {
    if (isApi(c)) return errorResponse(c, error, log);
    const response = errorResponse(c, error, log);
    if (response.status < 500) {
      const ctx = contextOf(c);
      return sendPage(c, response.status === 404 ? notFoundPage(ctx) : messagePage(ctx, ctx.t.notFound, ctx.t.notFoundText), response.status as 404 | 400);
    }
    const ctx = contextOf(c);
    return sendPage(c, messagePage(ctx, '500', ctx.t.serverError), 500);
  });

  return app;
}
