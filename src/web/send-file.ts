import { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { ExportedFile } from '../publishing/export-statement.ts';
import type { AppEnv } from './env.ts';

/** Sends an exported file as a download (or inline for PDFs), streaming when it is a stream. */
export function sendFile(c: Context<AppEnv>, file: ExportedFile, opts: { inline?: boolean; cache?: string } = {}) {
  const disposition = `${opts.inline ? 'inline' : 'attachment'}; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`;
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Content-Disposition': disposition,
    'Cache-Control': opts.cache ?? 'private, no-store',
  };
  if (Buffer.isBuffer(file.body)) {
    headers['Content-Length'] = String(file.body.length);
    return c.body(new Uint8Array(file.body), 200, headers);
  }
  return c.body(Readable.toWeb(file.body) as unknown as ReadableStream, 200, headers);
}
