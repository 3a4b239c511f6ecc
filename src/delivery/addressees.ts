import type { DbOrTx } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { addresseesOf, deleteAddressee, insertAddressee, updateAddressee, type Addressee } from '../partners/partner-contacts.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId } from '../shared/ids.ts';
import { validate } from '../shared/validate.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { AddresseeInput } from './delivery-input.ts';

const UUID = /^[0-9a-f-]{36}$/;

export async function addAddressee(trx: DbOrTx, opts: { slug: string; input: unknown; coordinatorId: string; now: Date }): Promise<Addressee> {
  const input = validate(AddresseeInput, opts.input);
  const statement = await getStatementBySlug(trx, opts.slug);
  const id = newId();
  await insertAddressee(trx, { ...input, id, statementId: statement.id, now: opts.now });
  await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'addressee.added', subjectType: 'statement', subjectId: statement.id, detail: { addressee: id } });
  return { ...input, id, statementId: statement.id, createdAt: opts.now };
}

export async function editAddressee(trx: DbOrTx, opts: { slug: string; id: string; input: unknown; coordinatorId: string; now: Date }): Promise<void> {
  const input = validate(AddresseeInput, opts.input);
  const statement = await getStatementBySlug(trx, opts.slug);
  if (!UUID.test(opts.id) || !(await updateAddressee(trx, { ...input, id: opts.id, statementId: statement.id, now: opts.now }))) throw notFound('Addressee');
  await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'addressee.edited', subjectType: 'statement', subjectId: statement.id, detail: { addressee: opts.id } });
}

export async function removeAddressee(trx: DbOrTx, opts: { slug: string; id: string; coordinatorId: string; now: Date }): Promise<void> {
  const statement = await getStatementBySlug(trx, opts.slug);
  if (!UUID.test(opts.id) || !(await deleteAddressee(trx, statement.id, opts.id))) throw notFound('Addressee');
  await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'addressee.removed', subjectType: 'statement', subjectId: statement.id, detail: { addressee: opts.id } });
}

export async function listAddressees(db: DbOrTx, slug: string): Promise<Addressee[]> {
  const statement = await getStatementBySlug(db, slug);
  return addresseesOf(db, statement.id);
}
