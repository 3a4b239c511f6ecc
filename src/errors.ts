import { translator, type MessageKey, type Params } from './i18n/i18n.ts';
import type { Localised } from './i18n/localised.ts';

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
  /** The same message (and field messages) as catalogue keys, so each reader gets them in their language. */
  readonly localised: { message: Localised; fields?: Record<string, Localised> | undefined } | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>, localised?: AppError['localised']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
    this.localised = localised;
  }
}

/** An AppError whose message comes from the catalogue: English in `message` (logs, CLI), translated when served. */
export function localisedError(code: ErrorCode, key: MessageKey, params?: Params, fields?: Record<string, Localised>): AppError {
  const en = translator('en');
  const english = fields ? Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, en(m.key, m.params)])) : undefined;
  return new AppError(code, en(key, params), english, { message: params ? { key, params } : { key }, fields });
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`, undefined, { message: { key: 'error.thingNotFound' } });

/** The one not-found a reader of a statement link can meet. */
export const statementNotFound = (slug: string) => localisedError('not_found', 'error.statementNotFound', { slug });
