import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit, type Actor } from '../shared/audit.ts';
import { validate } from '../shared/validate.ts';
import { bumpList } from '../statements/statement.repository.ts';
import { getSignature } from './signature.repository.ts';
import { placeValue, SIGNATORY_EDIT_FIELDS, SignatoryEditInput } from './signature-input.ts';
import { PUBLIC_STATES, type Signature } from './signature.ts';

/** The public facts of a signatory that can be corrected. */
export type SignatoryFacts = Pick<Signature, 'name' | 'country' | 'international' | 'type' | 'website' | 'initiator' | 'confidential'>;
type EditableField = (typeof SIGNATORY_EDIT_FIELDS)[number];

const factsOf = (s: Signature): SignatoryFacts => ({ name: s.name, country: s.country, international: s.international, type: s.type, website: s.website, initiator: s.initiator, confidential: s.confidential });
/** The facts as the edit input takes them (the place as one value). */
const inputOf = (s: Signature) => ({ ...factsOf(s), country: placeValue(s) });
const COMPARED: readonly (keyof SignatoryFacts)[] = [...SIGNATORY_EDIT_FIELDS, 'international'];

/** The input keys given, overlaid on the signatory's current facts and checked. */
export function correctedFacts(s: Signature, input: unknown, allowed: readonly EditableField[] = SIGNATORY_EDIT_FIELDS): SignatoryFacts {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw localisedError('malformed_request', 'error.expectedObject');
  const raw = input as Record<string, unknown>;
  const given = Object.fromEntries(allowed.filter((k) => Object.hasOwn(raw, k)).map((k) => [k, raw[k]]));
  const v = validate(SignatoryEditInput, { ...inputOf(s), ...given });
  return { name: v.name, country: v.country, international: v.international, type: v.type, website: v.website, initiator: v.initiator, confidential: v.confidential };
}

/** Field → [before, after] for what differs. */
export function factChanges(before: SignatoryFacts, after: SignatoryFacts): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const k of COMPARED) if (before[k] !== after[k]) out[k] = [before[k], after[k]];
  return out;
}

/**
 * Writes corrected facts on a signature with an audit row; when the signature is public, the
 * list's version moves with it so every cache redraws the list (the order may change: an
 * initiator goes to the top, a renamed one to its place in the collation).
 */
export async function applySignatoryFacts(db: DbOrTx, o: { signature: Signature; facts: SignatoryFacts; actor: Actor; action: string; now: Date; detail?: Record<string, unknown> }): Promise<Signature> {
  const changes = factChanges(factsOf(o.signature), o.facts);
  if (Object.keys(changes).length === 0) return o.signature;
  const at = o.now.toISOString();
  await db
    .updateTable('signatures')
    .set({
      name: o.facts.name,
      country: o.facts.country,
      international: o.facts.international ? 1 : 0,
      org_type: o.facts.type,
      website: o.facts.website,
      initiator: o.facts.initiator ? 1 : 0,
      confidential: o.facts.confidential ? 1 : 0,
      updated_at: at,
    })
    .where('id', '=', o.signature.id)
    .execute();
  if (PUBLIC_STATES.includes(o.signature.state)) await bumpList(db, o.signature.statementId, 0, o.now);
  await recordAudit(db, { at: o.now, actor: o.actor, action: o.action, subjectType: 'signature', subjectId: o.signature.id, detail: { ...o.detail, changes } });
  return getSignature(db, o.signature.id);
}

/**
 * A coordinator corrects a signatory (name, country, type, website, initiator, confidential).
 * Making one an initiator moves it to the top of the live list, listed once; the next edition
 * numbers it there. A merged signature is final and cannot be edited.
 */
export async function editSignatory(db: DbOrTx, opts: { id: string; input: unknown; coordinatorId: string; now: Date }): Promise<Signature> {
  const signature = await getSignature(db, opts.id);
  if (signature.state === 'merged') throw localisedError('illegal_transition', 'error.illegalSignatureMove', { action: 'edit', from: signature.state });
  const facts = correctedFacts(signature, opts.input);
  return applySignatoryFacts(db, { signature, facts, actor: opts.coordinatorId, action: 'signature.edited', now: opts.now });
}
