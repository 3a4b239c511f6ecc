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
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  trustProxy: boolean;
  /** Public sign-ons accepted per client address per minute. */
  signOnRateLimit: number;
  /** Whether this instance runs background jobs (every instance may; at least one must). */
  worker: boolean;
  jobs: { retryBaseMs: number; leaseMs: number | undefined; pollMs: number };
  smtpTimeoutMs: number;
}

/** Reads configuration from an environment object; throws a readable error listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    signOnRateLimit: c.SIGN_ON_RATE_LIMIT,
    worker: c.WORKER,
    jobs: {
      retryBaseMs: c.JOB_RETRY_BASE_SECONDS * 1000,
      leaseMs: c.JOB_LEASE_SECONDS === undefined ? undefined : c.JOB_LEASE_SECONDS * 1000,
      pollMs: c.JOB_POLL_MS,
    },
    smtpTimeoutMs: c.SMTP_TIMEOUT_SECONDS * 1000,
  };
}
