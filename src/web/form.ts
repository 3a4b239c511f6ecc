import type { Context } from 'hono';
import { localisedError } from '../errors.ts';
import { jsonShapeProblem, MAX_JSON_DEPTH, MAX_JSON_VALUES } from '../shared/json-limits.ts';
import type { AppEnv } from './env.ts';

type Body = Awaited<ReturnType<Context<AppEnv>['req']['parseBody']>>;

/**
 * The posted form, parsed once. A body that is not the form it claims to be (a truncated or
 * boundary-less multipart, garbage) is a 400, never a 500; text that was not UTF-8 (the
 * decoder's U+FFFD in a field) is refused rather than published with holes in it.
 */
export async function parsedForm(c: Context<AppEnv>, opts: { all?: boolean } = {}): Promise<Body> {
  let body: Body;
  try {
    body = await c.req.parseBody(opts);
  } catch {
    throw localisedError('malformed_request', 'error.badForm');
  }
  for (const v of Object.values(body)) {
    for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string' && x.includes('\uFFFD')) throw localisedError('malformed_request', 'error.badEncoding');
  }
  return body;
}

/** The posted form as plain strings (files and repeated keys other than `ids` ignored). */
export async function formValues(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await parsedForm(c);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** All values of a repeated checkbox such as `ids`. */
export async function formList(c: Context<AppEnv>, key: string): Promise<string[]> {
  const body = await parsedForm(c, { all: true });
  const v = body[key];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string');
}

/** Reads a JSON body, turning malformed JSON into a clear 400. With `optional`, no body means {}. */
export async function jsonBody(c: Context<AppEnv>, opts: { optional?: boolean } = {}): Promise<unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
  } catch {
    throw localisedError('malformed_request', 'error.badEncoding');
  }
  if (opts.optional && text.trim() === '') return {};
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) {
    throw localisedError('malformed_request', 'error.notJson');
  }
  return parsedJson(text);
}

/** JSON text parsed within the depth and size limits; anything else is a clear 400. */
export function parsedJson(text: string): unknown {
  const problem = jsonShapeProblem(text);
  if (problem === 'depth') throw localisedError('malformed_request', 'limits.jsonTooDeep', { max: MAX_JSON_DEPTH });
  if (problem === 'values') throw localisedError('malformed_request', 'limits.jsonTooMany', { max: MAX_JSON_VALUES });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw localisedError('malformed_request', 'error.badJson');
  }
}
