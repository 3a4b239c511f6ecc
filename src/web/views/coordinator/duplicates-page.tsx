import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { Translate } from '../../../i18n/i18n.ts';
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

/** One open pair side by side with why it was flagged, and the merge / "not the same" actions. */
function Pair(p: { flag: DuplicateFlag; number: number; base: string; csrfToken: string; t: Translate }) {
  const f = p.flag;
  return (
    <section class={`pair pair-${f.level}`} aria-labelledby={`pair-${f.id}`}>
      <h3 id={`pair-${f.id}`} class="pair-title">
        {p.number}. “<bdi>{f.a.name}</bdi>” and “<bdi>{f.b.name}</bdi>”
      </h3>
      <p class="why">
        <span class="level">{p.t(f.level === 'likely' ? 'duplicates.levelLikely' : 'duplicates.levelPossible')}</span>{' '}
        <span class="score" title="1.00 = certainly the same">
          score {f.score.toFixed(2)}
        </span>{' '}
        {f.reason}
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
        <form method="post" action={`${p.base}/duplicates/${f.id}/merge`} class="inline">
          <CsrfField token={p.csrfToken} />
          <button type="submit" name="keep" value="a">Merge, keeping A</button>{' '}
          <button type="submit" name="keep" value="b" class="secondary">Merge, keeping B</button>
        </form>
        <form method="post" action={`${p.base}/duplicates/${f.id}/dismiss`} class="inline">
          <CsrfField token={p.csrfToken} />
          <button type="submit" class="danger">Not the same</button>
        </form>
      </div>
    </section>
  );
}

/**
 * Open duplicates of one statement: the likely ones first, then — apart, below — the pairs
 * worth a look, each side by side with why it was flagged.
 */
export function DuplicatesPage(p: {
  statement: Statement;
  coordinator: Coordinator;
  csrfToken: string;
  open: DuplicateFlag[];
  resolved: DuplicateFlag[];
  notice?: string | undefined;
  t: Translate;
}) {
  const base = `/coordinator/statements/${p.statement.slug}`;
  const likely = p.open.filter((f) => f.level === 'likely');
  const possible = p.open.filter((f) => f.level === 'possible');
  return (
    <Layout title={`Likely duplicates — ${p.statement.title}`} coordinator={p.coordinator} csrfToken={p.csrfToken} wide>
      <p class="muted">
        <a href={base}>← {p.statement.title}</a> · <a href={`${base}/import`}>Import a list</a>
      </p>
      <h1>{p.t('duplicates.likelyHeading', { count: likely.length })}</h1>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <p class="muted">
        Merging keeps one signatory and records the other's name as another name of the same organisation, so it is recognised in every statement. “Not the
        same” is remembered: the two names are never flagged together again.
      </p>
      {likely.length === 0 ? <p>{p.t('duplicates.noneLikely')}</p> : null}
      {likely.map((f, i) => (
        <Pair flag={f} number={i + 1} base={base} csrfToken={p.csrfToken} t={p.t} />
      ))}
      {possible.length ? (
        <section class="possible" aria-labelledby="possible-heading">
          <h2 id="possible-heading">{p.t('duplicates.possibleHeading', { count: possible.length })}</h2>
          <p class="muted">{p.t('duplicates.possibleIntro')}</p>
          {possible.map((f, i) => (
            <Pair flag={f} number={i + 1} base={base} csrfToken={p.csrfToken} t={p.t} />
          ))}
        </section>
      ) : null}
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
