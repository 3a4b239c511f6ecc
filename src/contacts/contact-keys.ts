import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';

/**
 * The keys that protect contact data at rest (docs/decisions/contact-encryption.md).
 *
 * A key is any secret of 32 or more characters. From each, HKDF derives an AES-256-GCM key
 * and an HMAC-SHA256 key, and a short public id (a hash of the key) that every ciphertext
 * carries, so a row says which key opens it. The first key is the primary: it encrypts and
 * hashes everything new. The others only decrypt, until `undersigned contacts rotate-key`
 * has re-encrypted their rows and they can be dropped.
 */
export interface ContactKey {
  id: string;
  aes: Buffer;
  hmac: Buffer;
}

export interface ContactKeyring {
  primary: ContactKey;
  all: readonly ContactKey[];
  /** Where the keys came from, for the log: 'ENCRYPTION_KEY', or the key file's path. */
  source: string;
}

/** The file made in DATA_DIR when no key is configured. */
export const KEY_FILE_NAME = 'contact-encryption.key';

const deriveKey = (secret: string): ContactKey => {
  const material = Buffer.from(secret, 'utf8');
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', material, 'undersigned-contacts', info, 32));
  return {
    id: createHash('sha256').update(derive('key-id')).digest('hex').slice(0, 8),
    aes: derive('aes-256-gcm'),
    hmac: derive('hmac-sha256'),
  };
};

/** Keys one per line (or separated by spaces or commas), the primary first; lines starting with # are comments. */
export function parseKeys(text: string, source: string): ContactKeyring {
  const secrets = text
    .split(/\r?\n/)
    .filter((l) => !l.trim().startsWith('#'))
    .flatMap((l) => l.split(/[\s,]+/))
    .filter(Boolean);
  if (secrets.length === 0) throw new Error(`${source}: no encryption key in it`);
  for (const s of secrets) if (s.length < 32) throw new Error(`${source}: every encryption key must be at least 32 characters`);
  const all = secrets.map(deriveKey);
  return { primary: all[0]!, all, source };
}

/** A new key as a line for a key file: 256 random bits. */
export const newKeySecret = (): string => randomBytes(32).toString('base64url');

/**
 * The keyring from ENCRYPTION_KEY (or ENCRYPTION_KEY_FILE, which config reads into it), else
 * from the key file in DATA_DIR, which the first start creates (mode 0600) and says so.
 */
export function loadContactKeys(opts: { encryptionKey: string | undefined; dataDir: string; logger: Logger }): ContactKeyring {
  if (opts.encryptionKey) return parseKeys(opts.encryptionKey, 'ENCRYPTION_KEY');
  const path = join(opts.dataDir, KEY_FILE_NAME);
  if (!existsSync(path)) {
    mkdirSync(opts.dataDir, { recursive: true });
    // Written aside, then linked into place: two instances starting together on one DATA_DIR end with one key.
    const aside = `${path}.${process.pid}.new`;
    writeFileSync(
      aside,
      `# Undersigned: the key that encrypts contact names and emails. Back it up apart from the database;\n# without it, contacts cannot be read. To rotate, add a new key as the first line (see README).\n${newKeySecret()}\n`,
      { mode: 0o600 },
    );
    chmodSync(aside, 0o600);
    try {
      linkSync(aside, path);
      opts.logger.warn('created an encryption key file for contact data; back it up apart from the database (or set ENCRYPTION_KEY)', { path });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      unlinkSync(aside);
    }
  } else if ((statSync(path).mode & 0o077) !== 0) {
    opts.logger.warn('the encryption key file can be read by other users; chmod 600 it', { path });
  }
  return parseKeys(readFileSync(path, 'utf8'), path);
}

let installed: ContactKeyring | null = null;

/** Makes a keyring the process's own: every contact read and write uses it. */
export function installContactKeys(keyring: ContactKeyring): void {
  installed = keyring;
}

/** The installed keyring; throws when start-up has not loaded one (a programming error). */
export function contactKeys(): ContactKeyring {
  if (!installed) throw new Error('Contact encryption keys are not loaded (loadContactKeys + installContactKeys at start-up)');
  return installed;
}

export const hasContactKeys = (): boolean => installed !== null;

const PREFIX = 'c1';

/** AES-256-GCM with a random 96-bit nonce: "c1.<key id>.<base64url of nonce | tag | ciphertext>". */
export function seal(plain: string, key: ContactKey = contactKeys().primary): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.aes, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}.${key.id}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The key id a sealed value names, or null when it is not a sealed value. */
export function sealedKeyId(sealed: string): string | null {
  const m = /^c1\.([0-9a-f]{8})\./.exec(sealed);
  return m ? m[1]! : null;
}

/** Opens a sealed value with whichever configured key it names; throws when that key is missing or the value was altered. */
export function unseal(sealed: string, keyring: ContactKeyring = contactKeys()): string {
  const id = sealedKeyId(sealed);
  if (!id) throw new Error('not an encrypted value');
  const key = keyring.all.find((k) => k.id === id);
  if (!key) throw new Error(`contact data is encrypted with key ${id}, which is not configured`);
  const raw = Buffer.from(sealed.slice(PREFIX.length + 10), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key.aes, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** How an email is compared: trimmed, Unicode NFC, lower case. */
export const normaliseEmail = (email: string): string => email.trim().normalize('NFC').toLowerCase();

/** The lower-cased domain of an email (kept in clear), or null. */
export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  const domain = at >= 0 ? normaliseEmail(email.slice(at + 1)) : '';
  return domain || null;
}

/** The keyed hash by which contacts and messages are found by email (never the email itself). */
export const emailHash = (email: string, key: ContactKey = contactKeys().primary): string =>
  `${key.id}.${createHmac('sha256', key.hmac).update(`email|${normaliseEmail(email)}`).digest('hex')}`;

/** The email's hash under every configured key: during a rotation, rows may carry either. */
export const emailHashes = (email: string): string[] => contactKeys().all.map((k) => emailHash(email, k));

/** A keyed hash of any value (e.g. the one-signature-per-organisation-and-email identity). */
export const keyedHash = (value: string, key: ContactKey = contactKeys().primary): string => createHmac('sha256', key.hmac).update(value).digest('hex');

/** Start-up of the app or a command: loads the configured keys (creating the key file if needed) and installs them. */
export function useConfiguredContactKeys(config: { encryptionKey: string | undefined; dataDir: string }, logger: Logger): ContactKeyring {
  const keyring = loadContactKeys({ encryptionKey: config.encryptionKey, dataDir: config.dataDir, logger });
  installContactKeys(keyring);
  return keyring;
}
