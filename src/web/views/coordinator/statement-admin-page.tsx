import type { Coordinator } from '../../../accounts/coordinator.ts';
import { countryName } from '../../../i18n/countries.ts';
import { ORGANISATION_TYPES, type Signature, type SignatureState } from '../../../signatures/signature.ts';
import type { Statement } from '../../../statements/statement.ts';
import type { Edition } from '../../../publishing/edition.ts';
import { PublicationSection } from './publication-section.tsx';
import { CsrfField, ErrorSummary, Field, Layout } from '../layout.tsx';

type Row = Signature & { contact: { name: string; email: string } | null };

export interface StatementAdminProps {
  statement: Statement;
  coordinator: Coordinator;
  csrfToken: string;
  queue: Row[];
  approved: Row[];
  counts: Record<SignatureState, number>;
  editions: Edition[];
  notice?: string | undefined;
  addValues?: Record<string, string>;
  addErrors?: Record<string, string>;
}

function SignatureTable(p: { rows: Row[]; language: string; withContact: boolean }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Select</th>
          <th scope="col">Organisation</th>
          <th scope="col">Country</th>
          {p.withContact ? <th scope="col">Contact (private)</th> : null}
        </tr>
      </thead>
      <tbody>
        {p.rows.map((s) => (
          <tr>
            <td>
              <input type="checkbox" name="ids" value={s.id} aria-label={`Select ${s.name}`} />
            </td>
            <td>
              {s.name}
              {s.initiator ? <span class="state"> initiator</span> : null}
              {s.confidential ? <span class="state"> confidential</span> : null}
              {s.website ? <div class="muted">{s.website}</div> : null}
            </td>
            <td>{s.country ? countryName(s.country, 'en') : '—'}</td>
            {p.withContact ? <td>{s.contact ? `${s.contact.name} <${s.contact.email}>` : '—'}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatementAdminPage(p: StatementAdminProps) {
  const s = p.statement;
  const base = `/coordinator/statements/${s.slug}`;
  const av = p.addValues ?? {};
  const ae = p.addErrors ?? {};
  return (
    <Layout title={`${s.title} — Undersigned`} coordinator={p.coordinator} csrfToken={p.csrfToken}>
      <h1>{s.title}</h1>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <p>
        State: <span class="state" id="statement-state">{s.state}</span> · Public page: <a href={`/statements/${s.slug}`}>/statements/{s.slug}</a>
      </p>
      <p>
        {p.counts.approved} approved · {p.counts.confirmed} awaiting review · {p.counts.unconfirmed} awaiting email confirmation · {p.counts.rejected} rejected
      </p>
      <p>
        <a href={`${base}/duplicates`}>Likely duplicates</a> · <a href={`${base}/import`}>Import a list</a>
      </p>
      <div class="actions">
        {s.state !== 'open' ? (
          <form method="post" action={`${base}/open`}>
            <CsrfField token={p.csrfToken} />
            <button type="submit">{s.state === 'draft' ? 'Open for signature' : 'Reopen for signature'}</button>
          </form>
        ) : (
          <form method="post" action={`${base}/close`}>
            <CsrfField token={p.csrfToken} />
            <button type="submit" class="secondary">Close signing</button>
          </form>
        )}
      </div>

      <PublicationSection statement={s} editions={p.editions} csrfToken={p.csrfToken} />

      <h2>Moderation queue ({p.queue.length})</h2>
      {p.queue.length === 0 ? (
        <p class="muted">Nothing awaits review. Signatures appear here once confirmed by email.</p>
      ) : (
        <form method="post" action={`${base}/moderate`}>
          <CsrfField token={p.csrfToken} />
          <SignatureTable rows={p.queue} language={s.language} withContact />
          <div class="actions">
            <button type="submit" name="decision" value="approve">Approve selected</button>
            <button type="submit" name="decision" value="reject" class="danger">Reject selected</button>
          </div>
        </form>
      )}

      <h2>Add a signatory</h2>
      <p class="muted">For initiators, or organisations that signed by email. Added signatories are approved at once.</p>
      <ErrorSummary errors={ae} message="Please correct the fields marked below." />
      <form method="post" action={`${base}/signatories`}>
        <CsrfField token={p.csrfToken} />
        <Field name="name" label="Organisation name" value={av.name} error={ae.name} required maxlength={300} />
        <Field name="country" label="Country code" value={av.country} error={ae.country} maxlength={2} hint='Two letters, e.g. "PT".' />
        <div class="field">
          <label for="f-add-type">Type <span class="muted">(optional)</span></label>
          <select id="f-add-type" name="type">
            <option value="">—</option>
            {ORGANISATION_TYPES.map((k) => (
              <option value={k} selected={av.type === k}>{k}</option>
            ))}
          </select>
        </div>
        <div class="checkbox">
          <input id="f-initiator" type="checkbox" name="initiator" value="on" checked={av.initiator === 'on'} />
          <label for="f-initiator">Initiator (listed first)</label>
        </div>
        <div class="checkbox">
          <input id="f-confidential" type="checkbox" name="confidential" value="on" checked={av.confidential === 'on'} />
          <label for="f-confidential">Confidential (counted, not named)</label>
        </div>
        <button type="submit">Add signatory</button>
      </form>

      <h2>Approved signatories ({p.approved.length})</h2>
      {p.approved.length === 0 ? null : (
        <form method="post" action={`${base}/moderate`}>
          <CsrfField token={p.csrfToken} />
          <SignatureTable rows={p.approved} language={s.language} withContact />
          <div class="actions">
            <button type="submit" name="decision" value="reject" class="danger">Reject selected</button>
          </div>
        </form>
      )}
    </Layout>
  );
}
