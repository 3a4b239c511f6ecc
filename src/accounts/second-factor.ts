import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';
import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { contactKeys, seal, sealedKeyId, unseal } from '../contacts/contact-keys.ts';
import { hashSecret } from '../shared/ids.ts';

/** How many one-time recovery codes an enrolment gives. */
export const RECOVERY_CODES = 10;
/** A code is accepted one 30-second step either side of now (clocks drift). */
const TOLERANCE_SECONDS = 30;

/**
 * The TOTP secret is sealed at rest with the contact keys (docs/decisions/contact-encryption.md),
 * so a copy of the database alone cannot make codes. A secret stored in clear before this
 * (issue 12's first version) is used as it is and sealed on the spot.
 */
async function openSecret(db: DbOrTx, coordinatorId: string, stored: string | null): Promise<string | null> {
  if (!stored) return null;
  if (sealedKeyId(stored)) return unseal(stored);
  await db.updateTable('coordinators').set({ totp_secret: seal(stored) }).where('id', '=', coordinatorId).where('totp_secret', '=', stored).execute();
  return stored;
}

export interface Enrolment {
  secret: string;
  uri: string;
  /** The otpauth URI as an SVG QR code, for the enrolment page. */
  qrSvg: string;
}

/** Starts (or restarts) enrolment: a new secret, not yet in force until a code from it is confirmed. */
export async function startEnrolment(db: DbOrTx, opts: { coordinatorId: string; email: string; issuer: string }): Promise<Enrolment> {
  const row = await db.selectFrom('coordinators').select(['totp_enabled_at']).where('id', '=', opts.coordinatorId).executeTakeFirstOrThrow();
  if (row.totp_enabled_at) throw localisedError('conflict', 'security.totp.alreadyOn');
  const secret = generateSecret();
  await db.updateTable('coordinators').set({ totp_secret: seal(secret), totp_last_step: null }).where('id', '=', opts.coordinatorId).execute();
  return enrolmentOf(secret, opts);
}

/** The enrolment in progress (the page shown again after a wrong code). */
export async function pendingEnrolment(db: DbOrTx, opts: { coordinatorId: string; email: string; issuer: string }): Promise<Enrolment | null> {
  const row = await db.selectFrom('coordinators').select(['totp_secret', 'totp_enabled_at']).where('id', '=', opts.coordinatorId).executeTakeFirstOrThrow();
  const secret = row.totp_enabled_at ? null : await openSecret(db, opts.coordinatorId, row.totp_secret);
  return secret ? enrolmentOf(secret, opts) : null;
}

async function enrolmentOf(secret: string, opts: { email: string; issuer: string }): Promise<Enrolment> {
  const uri = generateURI({ issuer: opts.issuer, label: opts.email, secret });
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) };
}

/** The time step a code belongs to, or null when it is wrong (or already used: no replay). */
function acceptedStep(secret: string, code: string, lastStep: number | null, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const r = verifySync({ secret, token: code, epoch, epochTolerance: TOLERANCE_SECONDS }) as { valid: boolean; timeStep?: number; delta?: number };
  if (!r.valid) return null;
  const step = r.timeStep ?? Math.floor(epoch / 30) + (r.delta ?? 0);
  return lastStep !== null && step <= lastStep ? null : step;
}

/** Confirms enrolment with a first code; returns the recovery codes, shown once and stored hashed. */
export async function confirmEnrolment(db: DbOrTx, opts: { coordinatorId: string; code: string; now: Date }): Promise<string[]> {
  const row = await db.selectFrom('coordinators').select(['totp_secret', 'totp_enabled_at', 'totp_last_step']).where('id', '=', opts.coordinatorId).executeTakeFirstOrThrow();
  if (row.totp_enabled_at) throw localisedError('conflict', 'security.totp.alreadyOn');
  const secret = await openSecret(db, opts.coordinatorId, row.totp_secret);
  if (!secret) throw localisedError('conflict', 'security.totp.notStarted');
  const step = acceptedStep(secret, opts.code.replace(/\s/g, ''), row.totp_last_step, opts.now);
  if (step === null) throw localisedError('validation_failed', 'security.totp.wrongCode');
  await db.updateTable('coordinators').set({ totp_enabled_at: opts.now.toISOString(), totp_last_step: step }).where('id', '=', opts.coordinatorId).execute();
  await db.deleteFrom('recovery_codes').where('coordinator_id', '=', opts.coordinatorId).execute();
  const codes = Array.from({ length: RECOVERY_CODES }, () => {
    const hex = randomBytes(5).toString('hex');
    return `${hex.slice(0, 5)}-${hex.slice(5)}`;
  });
  await db
    .insertInto('recovery_codes')
    .values(codes.map((c) => ({ code_hash: hashSecret(c), coordinator_id: opts.coordinatorId, created_at: opts.now.toISOString(), used_at: null })))
    .execute();
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'second_factor.enabled', subjectType: 'coordinator', subjectId: opts.coordinatorId, statementId: null });
  return codes;
}

/** Checks a code from the app, or a recovery code (used up by this). */
export async function checkSecondFactor(db: DbOrTx, opts: { coordinatorId: string; code: string; now: Date }): Promise<boolean> {
  const code = opts.code.trim().toLowerCase().replace(/\s/g, '');
  const row = await db.selectFrom('coordinators').select(['totp_secret', 'totp_enabled_at', 'totp_last_step']).where('id', '=', opts.coordinatorId).executeTakeFirst();
  if (!row?.totp_secret || !row.totp_enabled_at) return false;
  if (/^\d{6}$/.test(code)) {
    const secret = await openSecret(db, opts.coordinatorId, row.totp_secret);
    const step = acceptedStep(secret!, code, row.totp_last_step, opts.now);
    if (step === null) return false;
    const res = await db
      .updateTable('coordinators')
      .set({ totp_last_step: step })
      .where('id', '=', opts.coordinatorId)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }
  if (!/^[0-9a-f]{5}-[0-9a-f]{5}$/.test(code)) return false;
  const res = await db
    .updateTable('recovery_codes')
    .set({ used_at: opts.now.toISOString() })
    .where('code_hash', '=', hashSecret(code))
    .where('coordinator_id', '=', opts.coordinatorId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** How many recovery codes are left. */
export async function recoveryCodesLeft(db: DbOrTx, coordinatorId: string): Promise<number> {
  const r = await db.selectFrom('recovery_codes').select((eb) => eb.fn.countAll<string | number>().as('n')).where('coordinator_id', '=', coordinatorId).where('used_at', 'is', null).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Turns the second factor off, after a current code (or a recovery code) proves the person holds it. */
export async function disableSecondFactor(db: DbOrTx, opts: { coordinatorId: string; code: string; now: Date }): Promise<void> {
  if (!(await checkSecondFactor(db, opts))) throw localisedError('validation_failed', 'security.totp.wrongCode');
  await db.updateTable('coordinators').set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null }).where('id', '=', opts.coordinatorId).execute();
  await db.deleteFrom('recovery_codes').where('coordinator_id', '=', opts.coordinatorId).execute();
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'second_factor.disabled', subjectType: 'coordinator', subjectId: opts.coordinatorId, statementId: null });
}

/** Re-seals every stored second-factor secret under the primary key (key rotation); returns how many. */
export async function resealSecondFactors(db: DbOrTx): Promise<number> {
  const primary = contactKeys().primary;
  const rows = await db.selectFrom('coordinators').select(['id', 'totp_secret']).where('totp_secret', 'is not', null).execute();
  let n = 0;
  for (const r of rows) {
    if (sealedKeyId(r.totp_secret!) === primary.id) continue;
    const plain = sealedKeyId(r.totp_secret!) ? unseal(r.totp_secret!) : r.totp_secret!;
    await db.updateTable('coordinators').set({ totp_secret: seal(plain, primary) }).where('id', '=', r.id).where('totp_secret', '=', r.totp_secret).execute();
    n++;
  }
  return n;
}
