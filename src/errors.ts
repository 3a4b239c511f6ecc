/** The closed set of failures the app reports; each maps to one HTTP status in web/errors.ts. */
export type ErrorCode =
  | 'validation_failed'
  | 'malformed_request'
  | 'not_found'
  | 'unauthorised'
  | 'forbidden'
  | 'conflict'
  | 'illegal_transition'
  | 'statement_not_open'
  | 'payload_too_large'
  | 'rate_limited'
  | 'csrf_failed'
  | 'unavailable'
  | 'render_failed'
  | 'internal';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
