import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode } from '../errors.ts';
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
        ? new AppError('payload_too_large', 'The request is too large.')
        : new AppError('internal', 'Something went wrong on our side. Please try again.');
  const status = STATUS[appError.code];
  if (appError.code === 'internal' || appError.code === 'render_failed') {
    c.get('deps')?.logger.error('unhandled error', { requestId: c.get('requestId'), error: err.message, stack: err.stack });
  }
  if (c.req.path.startsWith('/api/')) {
    return c.json({ error: { code: appError.code, message: appError.message, ...(appError.fields ? { fields: appError.fields } : {}) } }, status);
  }
  return c.html(<ErrorPage status={status} message={appError.message} />, status);
}
