import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, localisedError, type ErrorCode } from '../errors.ts';
import { translator, type Translate } from '../i18n/i18n.ts';
import { say } from '../i18n/localised.ts';
import type { AppEnv } from './env.ts';
import { ErrorPage } from './views/error-page.tsx';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 422,
  malformed_request: 400,
  not_found: 404,
  unauthorised: 401,
  forbidden: 403,
  conflict: 409,
  illegal_transition: 409,
  statement_not_open: 409,
  payload_too_large: 413,
  rate_limited: 429,
  csrf_failed: 403,
  unavailable: 503,
  render_failed: 500,
  internal: 500,
};

export const statusOf = (code: ErrorCode): ContentfulStatusCode => STATUS[code];

/** The one place errors become HTTP: JSON under /api, a page elsewhere. */
export function handleError(err: Error, c: Context<AppEnv>) {
  const appError =
    err instanceof AppError
      ? err
      : (err as { status?: number }).status === 413
        ? localisedError('payload_too_large', 'error.requestTooLarge')
        : databaseAway(err)
          ? localisedError('unavailable', 'error.unavailable')
          : unstorableText(err)
            ? localisedError('malformed_request', 'hostile.nulCharacter')
            : localisedError('internal', 'error.internal');
  if (appError.code === 'unavailable' && !(err instanceof AppError)) c.get('deps')?.logger.warn('database unavailable', { requestId: c.get('requestId'), error: err.message });
  if (unstorableText(err)) c.get('deps')?.logger.warn('text the database cannot store', { requestId: c.get('requestId'), path: c.req.path });
  const status = STATUS[appError.code];
  if (appError.code === 'internal' || appError.code === 'render_failed') {
    c.get('deps')?.logger.error('unhandled error', { requestId: c.get('requestId'), error: err.message, stack: err.stack });
  }
  const t = c.get('t') ?? translator('en');
  const message = errorMessage(appError, t);
  const fields = errorFields(appError, t);
  if (c.req.path.startsWith('/api/')) {
    return c.json({ error: { code: appError.code, message, ...(fields ? { fields } : {}) } }, status);
  }
  return c.html(<ErrorPage status={status} message={message} t={t} />, status);
}

/** An error's message in the reader's language (the English text for errors outside the catalogue). */
export const errorMessage = (err: AppError, t: Translate): string => (err.localised ? say(err.localised.message, t) : err.message);

/** An error's field messages in the reader's language. */
export function errorFields(err: AppError, t: Translate): Record<string, string> | undefined {
  const local = err.localised?.fields;
  if (local) return Object.fromEntries(Object.entries(local).map(([k, m]) => [k, say(m, t)]));
  return err.fields;
}

/** PostgreSQL refusing text it cannot hold (U+0000 in text or JSON): the input's fault, not ours. */
function unstorableText(err: Error): boolean {
  const e = err as { code?: string };
  return e.code === '22021' || e.code === '22P05';
}

/**
 * The database is restarting or unreachable (connection refused or cut, PostgreSQL shutting
 * down or refusing connections, SQLite locked for too long): a 503 to try again, not a 500.
 */
function databaseAway(err: Error): boolean {
  const e = err as { code?: string; message?: string };
  if (e.code && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|57P0[1-3]|08\d{3}|53300|SQLITE_BUSY|SQLITE_LOCKED)$/.test(e.code)) return true;
  return /Connection terminated|connection is closed|timeout exceeded when trying to connect/i.test(e.message ?? '');
}
