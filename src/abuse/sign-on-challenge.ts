import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { createChallenge, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { InstanceSecrets } from './instance-secrets.ts';

/** How long a proof-of-work challenge may be solved and sent. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
/** How long the "please confirm" page's token stays good once its wait is over. */
export const FALLBACK_TTL_MS = 15 * 60_000;
/** PBKDF2 iterations per attempt; the number of attempts is the difficulty. */
const COST = 10;
const ALGORITHM = 'PBKDF2/SHA-256';

/** A check that passed: its key is stored until it expires, so it works once. */
export interface PassedCheck {
  key: string;
  expiresAt: Date;
}

export type FallbackResult = { ok: true; check: PassedCheck } | { ok: false; reason: 'early' | 'invalid' };

/**
 * The sign-on check (docs/decisions/sign-on-challenge.md): an ALTCHA proof of work the sign form's
 * own script solves, or, without JavaScript, a signed and timestamped token on a "please confirm"
 * page that passes when sent back after a short wait. Neither costs the server a write until the
 * sign-on itself is written; both are single-use from then on (used_challenges).
 */
export class SignOnChallenge {
  constructor(
    private readonly deps: { secrets: InstanceSecrets; difficulty: number; fallbackSeconds: number },
  ) {}

  /** A new challenge for a client to solve (what GET /api/v1/challenge answers). */
  async create(now: Date): Promise<Challenge> {
    const { signing, key } = await this.keys();
    const max = this.deps.difficulty;
    return createChallenge({
      algorithm: ALGORITHM,
      cost: COST,
      counter: randomInt(Math.floor(max / 2), max + 1),
      deriveKey,
      // Signed like every parameter, but checked here against the app's clock (the library would use the system's).
      data: { expires: Math.floor((now.getTime() + CHALLENGE_TTL_MS) / 1000) },
      hmacSignatureSecret: signing,
      hmacKeySignatureSecret: key,
    });
  }

  /**
   * Checks a solved challenge: `payload` is base64 of the JSON {challenge, solution} (what the
   * form's script and the ALTCHA widget send) or that object itself. Null: missing, malformed,
   * tampered, wrong or expired. Checking costs two HMACs, not the client's work.
   */
  async verify(payload: unknown, now: Date): Promise<PassedCheck | null> {
    const decoded = decodePayload(payload);
    if (!decoded) return null;
    const { signing, key } = await this.keys();
    const expiresAt = decoded.challenge.parameters.data?.expires;
    if (decoded.challenge.parameters.expiresAt !== undefined) return null;
    if (typeof expiresAt !== 'number' || expiresAt * 1000 < now.getTime()) return null;
    try {
      const result = await verifySolution({ challenge: decoded.challenge, solution: decoded.solution, deriveKey, hmacSignatureSecret: signing, hmacKeySignatureSecret: key });
      if (!result.verified) return null;
    } catch {
      return null;
    }
    return { key: `pow:${decoded.challenge.signature}`, expiresAt: new Date(expiresAt * 1000) };
  }

  /** A token for the no-JavaScript confirm page, bound to the statement; it passes after the wait. */
  async fallbackToken(slug: string, now: Date): Promise<string> {
    const issued = Math.floor(now.getTime() / 1000);
    const nonce = randomBytes(12).toString('base64url');
    return `${issued}.${nonce}.${await this.mac(`${issued}.${nonce}.${slug}`)}`;
  }

  /** Checks a confirm-page token: too early, or forged or expired, or good (once). */
  async checkFallback(token: unknown, slug: string, now: Date): Promise<FallbackResult> {
    if (typeof token !== 'string' || token.length > 200) return { ok: false, reason: 'invalid' };
    const m = /^(\d{1,12})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!m) return { ok: false, reason: 'invalid' };
    const expected = Buffer.from(await this.mac(`${m[1]}.${m[2]}.${slug}`));
    if (!timingSafeEqual(expected, Buffer.from(m[3]!))) return { ok: false, reason: 'invalid' };
    const issuedMs = Number(m[1]) * 1000;
    const age = now.getTime() - issuedMs;
    if (age > this.deps.fallbackSeconds * 1000 + FALLBACK_TTL_MS) return { ok: false, reason: 'invalid' };
    if (age < this.deps.fallbackSeconds * 1000) return { ok: false, reason: 'early' };
    return { ok: true, check: { key: `wait:${m[2]}`, expiresAt: new Date(issuedMs + this.deps.fallbackSeconds * 1000 + FALLBACK_TTL_MS) } };
  }

  /** How long the confirm page asks the signatory to wait. */
  get waitSeconds(): number {
    return this.deps.fallbackSeconds;
  }

  private async keys() {
    return { signing: await this.deps.secrets.get('sign-on-challenge'), key: await this.deps.secrets.get('sign-on-challenge-key') };
  }

  private async mac(text: string): Promise<string> {
    return createHmac('sha256', await this.deps.secrets.get('sign-on-fallback')).update(text).digest('base64url');
  }
}

function decodePayload(payload: unknown): { challenge: Challenge; solution: { counter: number; derivedKey: string } } | null {
  let value: unknown = payload;
  if (typeof payload === 'string') {
    if (payload.length === 0 || payload.length > 4000) return null;
    try {
      value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { challenge?: unknown; solution?: unknown };
  const c = v.challenge as Challenge | undefined;
  const s = v.solution as { counter?: unknown; derivedKey?: unknown } | undefined;
  if (!c || typeof c !== 'object' || typeof c.parameters !== 'object' || c.parameters === null || typeof c.signature !== 'string' || !/^[0-9a-f]{64}$/.test(c.signature)) return null;
  if (!s || typeof s !== 'object' || typeof s.counter !== 'number' || typeof s.derivedKey !== 'string') return null;
  return { challenge: { parameters: c.parameters, signature: c.signature }, solution: { counter: s.counter, derivedKey: s.derivedKey } };
}
