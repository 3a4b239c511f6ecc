import type { Context } from 'hono';
import { localisedError } from '../errors.ts';
import type { AppEnv } from './env.ts';

/** The posted form as plain strings (files and repeated keys other than `ids` ignored). */
export async function formValues(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** All values of a repeated checkbox such as `ids`. */
export async function formList(c: Context<AppEnv>, key: string): Promise<string[]> {
  const body = await c.req.parseBody({ all: true });
  const v = body[key];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string');
}

/** Reads a JSON body, turning malformed JSON into a clear 400. With `optional`, no body means {}. */
export async function jsonBody(c: Context<AppEnv>, opts: { optional?: boolean } = {}): Promise<unknown> {
  const text = await c.req.text();
  if (opts.optional && text.trim() === '') return {};
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) {
    throw localisedError('malformed_request', 'error.notJson');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw localisedError('malformed_request', 'error.badJson');
  }
}
