import type { Readable } from 'node:stream';
import type { DbOrTx } from '../db/database.ts';
import { PermanentJobError } from '../jobs/job.ts';
import type { AttachmentRef, MailAttachment } from '../mail/attachment.ts';
import { getStatementById } from '../statements/statement.repository.ts';
import { exportStatement } from './export-statement.ts';
import { defaultRenderers } from './renderers.ts';

async function bytesOf(body: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * The file an attachment reference names: a published edition's stored PDF (the exact bytes
 * published) or the CSV of its frozen list, as the public downloads serve them. A reference to
 * an edition that no longer exists cannot be cured by retrying.
 */
export async function readEditionAttachment(db: DbOrTx, ref: AttachmentRef): Promise<MailAttachment> {
  try {
    const statement = await getStatementById(db, ref.statementId);
    // Published editions use stored bytes only; the renderers are never called for them.
    const file = await exportStatement(db, { slug: statement.slug, format: ref.format, edition: ref.edition, renderers: defaultRenderers });
    return { filename: file.filename, contentType: file.contentType, content: await bytesOf(file.body) };
  } catch (err) {
    throw new PermanentJobError(`attachment ${ref.format} of edition ${ref.edition} unavailable: ${err instanceof Error ? err.message : String(err)}`);
  }
}
