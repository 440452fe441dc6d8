/**
 * Errors as clients see them: JSON with a short code and a message for a person, never a
 * stack trace. Unexpected errors are logged on the server with their stack and answered 500.
 */
import type { Context } from 'hono';
import type { ZodError } from 'zod';

export class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 413 | 414 | 429,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function notFound(what: string, id: string): HttpError {
  return new HttpError(404, 'not_found', `no ${what} with id ${id}`);
}

export interface ErrorBody {
  error: string;
  message: string;
  issues?: { path: string; message: string }[];
}

/** A 400 answer listing each invalid parameter and why. */
export function validationErrorBody(error: ZodError, target: string): ErrorBody {
  const issues = error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join('.') : target,
    message: issue.message,
  }));
  return {
    error: 'invalid_request',
    message: `invalid ${target}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  };
}

/** Where server errors are reported (stderr by default; tests may collect them). */
export type ErrorLogger = (error: unknown, context: { method: string; path: string }) => void;

export const logToStderr: ErrorLogger = (error, { method, path }) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`unerased serve: ${method} ${path}: ${detail}\n`);
};

/** The JSON answer for any error thrown while serving `c`. */
export function errorResponse(c: Context, error: unknown, log: ErrorLogger): Response {
  if (error instanceof HttpError) {
    return c.json({ error: error.code, message: error.message } satisfies ErrorBody, error.status);
  }
  // hono's own HTTPException (e.g. from a malformed JSON body) carries a status < 500.
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof Error && error.message ? error.message : 'bad request';
    return c.json({ error: 'bad_request', message } satisfies ErrorBody, status as 400);
  }
  log(error, { method: c.req.method, path: c.req.path });
  return c.json({ error: 'internal', message: 'internal server error; it has been logged' } satisfies ErrorBody, 500);
}
