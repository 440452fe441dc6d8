/**
 * Who is asking: the address of the connection, for the per-client search limit. Behind a
 * reverse proxy, set UNERASED_TRUST_PROXY=1 so the proxy's X-Forwarded-For is used instead.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export const TRUST_PROXY_ENV = 'UNERASED_TRUST_PROXY';

export function clientOf(c: Context): string {
  if (process.env[TRUST_PROXY_ENV] === '1') {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (e.g. app.request in a test): one shared bucket.
    return 'local';
  }
}
