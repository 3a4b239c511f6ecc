import type { Coordinator } from '../../../accounts/coordinator.ts';
import { countryName } from '../../../i18n/countries.ts';
import type { DuplicateFlag, FlaggedSignature } from '../../../organisations/duplicate-flag.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField, Layout } from '../layout.tsx';

const SOURCE: Record<string, string> = { form: 'sign-on form', import: 'import', coordinator: 'added by a coordinator' };
const when = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

function Rows(p: { a: FlaggedSignature; b: FlaggedSignature }) {
  const rows: [string, (s: FlaggedSignature) => unknown][] = [
    ['Name', (s) => <strong>{s.name}</strong>],
    ['Country', (s) => (s.country ? countryName(s.country, 'en') : <span class="muted">—</span>)],
    ['Website', (s) => s.website ?? <span class="muted">—</span>],
    ['Contact email domain', (s) => (s.contactEmail ? `@${s.contactEmail.split('@').pop()}` : <span class="muted">—</span>)],
    ['Source', (s) => SOURCE[s.source] ?? s.source],
    ['State', (s) => <span class="state">{s.state}</span>],
    ['Signed', (s) => when(s.createdAt)],
  ];
  return (
    <tbody>
      {rows.map(([label, cell]) => {
        const a = cell(p.a);
        const b = cell(p.b);
        return (
          <tr>
            <th scope="row">{label}</th>
            <td>{a as string}</td>
            <td>{b as string}</td>
          </tr>
        );
      })}
    </tbody>
  );
}

/** Open likely duplicates of one statement, each pair side by side with why it was flagged. */
export function DuplicatesPage(p: {
  statement: Statement;
  coordinator: Coordinator;
  csrfToken: string;
  open: DuplicateFlag[];
  resolved: DuplicateFlag[];
  notice?: string | undefined;
}) {
  const base = `/coordinator/statements/${p.statement.slug}`;
  return (
    <Layout title={`Likely duplicates — ${p.statement.title}`} coordinator={p.coordinator} csrfToken={p.csrfToken} wide>
      <p class="muted">
        <a href={base}>← {p.statement.title}</a> · <a href={`${base}/import`}>Import a list</a>
      </p>
      <h1>Likely duplicates ({p.open.length})</h1>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <p class="muted">
        Merging keeps one signatory and records the other's name as another name of the same organisation, so it is recognised in every statement. “Not the
        same” is remembered: the two names are never flagged together again.
      </p>
      {p.open.length === 0 ? <p>No likely duplicates to review.</p> : null}
      {p.open.map((f, i) => (
        <section class="pair" aria-labelledby={`pair-${f.id}`}>
          <h2 id={`pair-${f.id}`} class="pair-title">
            {i + 1}. “{f.a.name}” and “{f.b.name}”
          </h2>
          <p class="why">
            <span class="score" title="1.00 = certainly the same">score {f.score.toFixed(2)}</span> {f.reason}
          </p>
          <table class="side-by-side">
            <thead>
              <tr>
                <td></td>
                <th scope="col">A (earlier)</th>
                <th scope="col">B (later)</th>
              </tr>
            </thead>
            <Rows a={f.a} b={f.b} />
          </table>
          <div class="actions">
            <form method="post" action={`${base}/duplicates/${f.id}/merge`} class="inline">
              <CsrfField token={p.csrfToken} />
              <button type="submit" name="keep" value="a">Merge, keeping A</button>{' '}
              <button type="submit" name="keep" value="b" class="secondary">Merge, keeping B</button>
            </form>
            <form method="post" action={`${base}/duplicates/${f.id}/dismiss`} class="inline">
              <CsrfField token={p.csrfToken} />
              <button type="submit" class="danger">Not the same</button>
            </form>
          </div>
        </section>
      ))}
      {p.resolved.length ? (
        <>
          <h2>Resolved</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <th scope="col">Decision</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {p.resolved.map((f) => (
                <tr>
                  <td>
                    “{f.a.name}” / “{f.b.name}”
                  </td>
                  <td>{f.status === 'merged' ? `merged, kept “${f.a.state === 'merged' ? f.b.name : f.a.name}”` : 'not the same'}</td>
                  <td>{f.resolvedAt ? when(f.resolvedAt) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </Layout>
  );
}
