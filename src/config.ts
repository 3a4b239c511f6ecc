import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { z } from 'zod';

/** Everything the app reads from the environment, validated once at start-up. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// (leave it unset for SQLite)')
    .optional(),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().default('Undersigned <no-reply@localhost>'),
  SESSION_SECRET: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SIGN_ON_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  SIGN_ON_DOMAIN_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  SIGN_ON_CHALLENGE: z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .default('on')
    .transform((v) => v === 'on' || v === 'true' || v === '1'),
  SIGN_ON_CHALLENGE_DIFFICULTY: z.coerce.number().int().min(10).max(10_000_000).default(10_000),
  SIGN_ON_FALLBACK_SECONDS: z.coerce.number().int().min(0).max(600).default(5),
  CLIENT_HASH_SECRET: z.string().min(32, 'CLIENT_HASH_SECRET must be at least 32 characters').optional(),
  WORKER: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  JOB_RETRY_BASE_SECONDS: z.coerce.number().min(0.01).max(3600).default(30),
  JOB_LEASE_SECONDS: z.coerce.number().min(0.1).max(3600).optional(),
  JOB_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  SMTP_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(600).default(15),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  // The keys that encrypt contact data, one per line (or space-separated), the primary first. Unset: a key file in DATA_DIR.
  ENCRYPTION_KEY: z.string().min(32).optional(),
  CONTACT_RETENTION_MONTHS: z.coerce.number().int().min(0).max(1200).default(12),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  METRICS: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  METRICS_ALLOW: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const cidrs = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      for (const c of cidrs) if (!isCidr(c)) ctx.addIssue({ code: 'custom', message: `"${c}" is not an address or CIDR (e.g. 10.0.0.0/8, ::1/128)` });
      return cidrs;
    }),
  READY_JOBS_STUCK_MINUTES: z.coerce.number().min(0).max(24 * 60).default(10),
});

/** Secrets that may come from a file (`NAME_FILE=/run/secrets/name`), as Docker and Kubernetes mount them. */
export const FILE_SECRETS = ['DATABASE_URL', 'SMTP_URL', 'SESSION_SECRET', 'ENCRYPTION_KEY', 'METRICS_TOKEN', 'CLIENT_HASH_SECRET'] as const;

/** An IPv4 or IPv6 address, optionally with a prefix length. */
function isCidr(s: string): boolean {
  const [address = '', prefix, extra] = s.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const n = Number(prefix);
  return /^\d+$/.test(prefix) && n <= (family === 4 ? 32 : 128);
}

/** Replaces each NAME_FILE by NAME read from that file (a trailing newline dropped); both at once is an error. */
function readSecretFiles(env: Record<string, string>): { env: Record<string, string>; errors: string[] } {
  const out = { ...env };
  const errors: string[] = [];
  for (const name of FILE_SECRETS) {
    const path = env[`${name}_FILE`];
    delete out[`${name}_FILE`];
    if (path === undefined) continue;
    if (env[name] !== undefined) {
      errors.push(`  ${name}_FILE: set either ${name} or ${name}_FILE, not both`);
      continue;
    }
    try {
      out[name] = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      errors.push(`  ${name}_FILE: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
  }
  return { env: out, errors };
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  /** Whether PUBLIC_URL was given (else publicUrl is http://localhost:PORT). */
  publicUrlSet: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  trustProxy: boolean;
  /** Public sign-ons accepted per client address per minute. */
  signOnRateLimit: number;
  /** Public sign-ons from one email domain per hour before further ones are held for review. */
  signOnDomainRateLimit: number;
  /** The proof-of-work challenge on public sign-ons (see docs/decisions/sign-on-challenge.md). */
  signOnChallenge: { on: boolean; difficulty: number; fallbackSeconds: number };
  /** The root secret of client-address hashes; null: derived from SESSION_SECRET or kept in the database. */
  clientHashSecret: string | undefined;
  /** Whether this instance runs background jobs (every instance may; at least one must). */
  worker: boolean;
  jobs: { retryBaseMs: number; leaseMs: number | undefined; pollMs: number };
  smtpTimeoutMs: number;
  /** The contact-data keys (see src/contacts/contact-keys.ts); undefined: the key file in DATA_DIR. */
  encryptionKey: string | undefined;
  /** Contacts are erased this many months after their statement closed; 0 keeps them. */
  contactRetentionMonths: number;
  sessionSecret: string | undefined;
  /** json, pretty (for people), or auto: pretty when stdout is a terminal. */
  logFormat: 'auto' | 'json' | 'pretty';
  /** Null when /metrics is off (the default). */
  metrics: { token: string | undefined; allow: string[] } | null;
  /** /readyz fails when due jobs have waited this long and none finished meanwhile; 0: never. */
  readyJobsStuckMs: number;
}

/** Reads configuration from an environment object; throws a readable error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
  const secrets = readSecretFiles(cleaned);
  const parsed = ConfigSchema.safeParse(secrets.env);
  const lines = [...secrets.errors, ...(parsed.success ? [] : parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`))];
  if (parsed.success && parsed.data.METRICS && !parsed.data.METRICS_TOKEN && parsed.data.METRICS_ALLOW.length === 0) {
    lines.push('  METRICS: set METRICS_TOKEN or METRICS_ALLOW too, or nobody may read /metrics');
  }
  if (!parsed.success || lines.length) throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    publicUrlSet: c.PUBLIC_URL !== undefined,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    signOnRateLimit: c.SIGN_ON_RATE_LIMIT,
    signOnDomainRateLimit: c.SIGN_ON_DOMAIN_RATE_LIMIT,
    signOnChallenge: { on: c.SIGN_ON_CHALLENGE, difficulty: c.SIGN_ON_CHALLENGE_DIFFICULTY, fallbackSeconds: c.SIGN_ON_FALLBACK_SECONDS },
    clientHashSecret: c.CLIENT_HASH_SECRET,
    worker: c.WORKER,
    jobs: {
      retryBaseMs: c.JOB_RETRY_BASE_SECONDS * 1000,
      leaseMs: c.JOB_LEASE_SECONDS === undefined ? undefined : c.JOB_LEASE_SECONDS * 1000,
      pollMs: c.JOB_POLL_MS,
    },
    smtpTimeoutMs: c.SMTP_TIMEOUT_SECONDS * 1000,
    encryptionKey: c.ENCRYPTION_KEY,
    contactRetentionMonths: c.CONTACT_RETENTION_MONTHS,
    sessionSecret: c.SESSION_SECRET,
    logFormat: c.LOG_FORMAT,
    metrics: c.METRICS ? { token: c.METRICS_TOKEN, allow: c.METRICS_ALLOW } : null,
    readyJobsStuckMs: c.READY_JOBS_STUCK_MINUTES * 60_000,
  };
}
