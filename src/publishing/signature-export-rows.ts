import { contactsOf } from '../contacts/contact.repository.ts';
import type { DbOrTx } from '../db/database.ts';
import type { ExportColumn, ExportRow } from './documents/csv.ts';

/** Columns of the coordinators' full export, contact details included. Never served publicly. */
export const fullColumns: ExportColumn[] = [
  { key: 'id', header: 'Signature id' },
  { key: 'name', header: 'Name' },
  { key: 'country', header: 'Country' },
  { key: 'type', header: 'Type' },
  { key: 'website', header: 'Website' },
  { key: 'status', header: 'Status' },
  { key: 'initiator', header: 'Initiator' },
  { key: 'confidential', header: 'Confidential' },
  { key: 'source', header: 'Source' },
  { key: 'created_at', header: 'Signed at' },
  { key: 'confirmed_at', header: 'Confirmed at' },
  { key: 'decided_at', header: 'Moderated at' },
  { key: 'contact_name', header: 'Contact name' },
  { key: 'contact_email', header: 'Contact email' },
  { key: 'contact_language', header: 'Contact language' },
];

const PAGE = 2000;

/** Every signature of a statement with its contact, read page by page so memory stays flat. */
export async function* fullRows(db: DbOrTx, statementId: string): AsyncGenerator<ExportRow> {
  let after: { created_at: string; id: string } | null = null;
  for (;;) {
    let q = db
      .selectFrom('signatures')
      .select([
        'signatures.id',
        'signatures.name',
        'signatures.country',
        'signatures.org_type',
        'signatures.website',
        'signatures.state',
        'signatures.initiator',
        'signatures.confidential',
        'signatures.source',
        'signatures.created_at',
        'signatures.confirmed_at',
        'signatures.decided_at',
      ])
      .where('signatures.statement_id', '=', statementId);
    if (after) {
      const a = after;
      q = q.where((eb) =>
        eb.or([eb('signatures.created_at', '>', a.created_at), eb.and([eb('signatures.created_at', '=', a.created_at), eb('signatures.id', '>', a.id)])]),
      );
    }
    const rows = await q.orderBy('signatures.created_at').orderBy('signatures.id').limit(PAGE).execute();
    const contacts = await contactsOf(db, rows.map((r) => r.id));
    for (const r of rows) {
      const contact = contacts.get(r.id);
      yield {
        id: r.id,
        name: r.name,
        country: r.country,
        type: r.org_type,
        website: r.website,
        status: r.state,
        initiator: Number(r.initiator) === 1 ? 'yes' : 'no',
        confidential: Number(r.confidential) === 1 ? 'yes' : 'no',
        source: r.source,
        created_at: r.created_at,
        confirmed_at: r.confirmed_at,
        decided_at: r.decided_at,
        contact_name: contact?.name ?? null,
        contact_email: contact?.email ?? null,
        contact_language: contact?.language ?? null,
      };
    }
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = { created_at: last.created_at, id: last.id };
  }
}
