import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** A URL-safe secret with 256 bits of entropy. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Secrets are stored only as their SHA-256, so a leaked database grants nothing. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
