/**
 * Headers and limits for a server on the open internet: a strict Content-Security-Policy (no
 * scripts at all, styles only from our own stylesheet), the usual hardening headers, and a
 * cap on request bodies.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';

/** Largest request body accepted. The API reads queries; nothing legitimate sends more. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Longest URL accepted (path and query). Longer ones are refused before routing. */
export const MAX_URL_LENGTH = 4 * 1024;

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      // The OpenAPI document and API are fetched from the same origin by tools, not pages.
      connectSrc: ["'self'"],
    },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    permissionsPolicy: { camera: false, microphone: false, geolocation: false },
  });
}

export function requestBodyLimit(): MiddlewareHandler {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      // The unread rest of the body would be taken for the next request: end the connection.
      c.header('Connection', 'close');
      return c.json({ error: 'payload_too_large', message: `request body larger than ${MAX_BODY_BYTES} bytes` }, 413);
    },
  });
}

/** Refuses absurdly long URLs with 414 before any route parses them. */
export function urlLengthLimit(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH) {
      return c.json({ error: 'uri_too_long', message: `URL longer than ${MAX_URL_LENGTH} characters` }, 414);
    }
    await next();
  };
}
