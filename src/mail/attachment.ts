import { z } from 'zod';

/**
 * A file to attach, by reference: the message row names the stored file (a published edition's
 * PDF, or the CSV of its frozen list) and the bytes are read when the message is sent, so a
 * delivery to forty addressees does not copy a 5 MB PDF forty times into the messages table.
 */
export const AttachmentRef = z.object({
  kind: z.literal('edition'),
  statementId: z.string(),
  edition: z.number().int().positive(),
  format: z.enum(['pdf', 'csv']),
});
export type AttachmentRef = z.infer<typeof AttachmentRef>;

/** A file as handed to SMTP. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export const parseAttachmentRefs = (json: string | null): AttachmentRef[] => (json ? z.array(AttachmentRef).parse(JSON.parse(json)) : []);
export const parseHeaders = (json: string | null): Record<string, string> => (json ? z.record(z.string(), z.string()).parse(JSON.parse(json)) : {});
