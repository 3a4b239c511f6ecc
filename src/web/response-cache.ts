import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

interface Entry {
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}

/**
 * Rendered public responses (the statement page, its JSON), kept per statement version and
 * language, with a gzip copy made once. A launch-day crowd refreshing a 5,000-name page then
 * costs one statement query per request, and a phone on a slow link downloads ~1/8 of the bytes.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry & { version: string }>();
  constructor(private readonly maxEntries = 200) {}

  /**
   * The response for `slot` (a statement in one language) at `version`. A slot keeps only its
   * latest version, so a coordinator approving signatories one by one while a crowd reads does
   * not pile up a megabyte per approval.
   */
  get(slot: string, version: string, build: () => string): Entry {
    let e = this.entries.get(slot);
    if (!e || e.version !== version) {
      const text = build();
      const body = new Uint8Array(Buffer.from(text, 'utf8'));
      const gzip = new Uint8Array(gzipSync(body, { level: 6 }));
      const key = `${slot}|${version}`;
      e = { body, gzip, etag: `W/"${key.length.toString(36)}-${hash(key)}"`, version };
      this.entries.delete(slot);
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(slot, e);
    }
    return e;
  }
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** Sends a cached entry: gzip when the client accepts it, 304 when it already has this version. */
export function sendCached(c: Context<AppEnv>, e: Entry, contentType: string, cacheControl = 'public, max-age=5') {
  const headers: Record<string, string> = { 'Content-Type': contentType, 'Cache-Control': cacheControl, ETag: e.etag, Vary: 'Accept-Encoding, Accept-Language, Cookie' };
  if (etagMatches(c.req.header('if-none-match'), e.etag)) return c.body(null, 304, headers);
  if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    return c.body(e.gzip, 200, { ...headers, 'Content-Encoding': 'gzip' });
  }
  return c.body(e.body, 200, headers);
}

/** If-None-Match holds this entity tag (weak comparison, lists and "*" included). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}
