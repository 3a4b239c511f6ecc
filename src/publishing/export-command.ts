import { createLogger } from '../logger.ts';
import { useConfiguredContactKeys } from '../contacts/contact-keys.ts';
import { createWriteStream } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../errors.ts';
import { shutdownPdfRenderer } from './documents/render-pdf.ts';
import { EXPORT_FORMATS, exportStatement, type ExportFormat } from './export-statement.ts';
import { defaultRenderers } from './renderers.ts';

const USAGE = 'Usage: undersigned export <slug> --format pdf|docx|csv|json [--edition N] [--lang fr] [--out FILE] [--full]';

/** A one-line progress display on a terminal; silent when stderr is not a terminal (CI, pipes). */
function progress() {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let timer: NodeJS.Timeout | null = null;
  let detail = '';
  const draw = () => process.stderr.write(`\r\x1b[2K${((Date.now() - started) / 1000).toFixed(1)} s ${detail}`);
  return {
    start(what: string) {
      detail = what;
      if (tty) timer = setInterval(draw, 100);
    },
    update(what: string) {
      detail = what;
    },
    done(message: string) {
      if (timer) clearInterval(timer);
      if (tty) process.stderr.write('\r\x1b[2K');
      process.stderr.write(`${message} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
    fail() {
      if (timer) clearInterval(timer);
      if (tty) process.stderr.write('\r\x1b[2K');
    },
  };
}

/** `undersigned export …`; writes FILE only when the export is complete (temporary file, then rename). */
export async function runExport(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, edition: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, full: { type: 'boolean' } },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const slug = positionals[0];
  const format = values.format as ExportFormat | undefined;
  if (!slug || !format || !EXPORT_FORMATS.includes(format)) {
    process.stderr.write(`${!slug ? 'Give the statement slug.' : 'Give --format pdf, docx, csv or json.'}\n${USAGE}\n`);
    return 2;
  }
  const edition = values.edition === undefined ? null : Number(values.edition);
  if (edition !== null && (!Number.isInteger(edition) || edition < 1)) {
    process.stderr.write(`--edition must be a positive number.\n${USAGE}\n`);
    return 2;
  }

  const config = loadConfig();
  useConfiguredContactKeys(config, createLogger(config.logLevel, config.logFormat));
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const bar = progress();
  let partial: string | null = null;
  try {
    await migrateToLatest(handle.db);
    bar.start(`exporting ${slug} as ${format}…`);
    const file = await exportStatement(handle.db, { slug, format, edition, full: values.full === true, renderers: defaultRenderers, language: values.lang ?? null });
    const out = resolve(values.out ?? file.filename);
    partial = `${out}.partial-${process.pid}`;
    let bytes = 0;
    if (Buffer.isBuffer(file.body)) {
      bytes = file.body.length;
      await writeFile(partial, file.body);
    } else {
      const count = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          bytes += chunk.length;
          bar.update(`${(bytes / 1024).toFixed(0)} KB written…`);
          cb(null, chunk);
        },
      });
      await pipeline(file.body as Readable, count, createWriteStream(partial));
    }
    await rename(partial, out);
    partial = null;
    bar.done(`Wrote ${out} (${(bytes / 1024).toFixed(0)} KB)`);
    return 0;
  } catch (err) {
    bar.fail();
    const message = err instanceof AppError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`Export failed: ${message} Nothing was written.\n`);
    return 1;
  } finally {
    if (partial) await unlink(partial).catch(() => undefined);
    await shutdownPdfRenderer();
    await handle.close();
  }
}
