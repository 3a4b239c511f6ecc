import type { Coordinator } from '../../../accounts/coordinator.ts';
import { countryName } from '../../../i18n/countries.ts';
import { textDirection, type MessageKey, type Translate } from '../../../i18n/i18n.ts';
import type { DuplicateFlag, FlaggedSignature } from '../../../organisations/duplicate-flag.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField, Layout } from '../layout.tsx';

import { utcTime } from './when.ts';

const SOURCE = new Map<string, MessageKey>([
  ['form', 'dup.source.form'],
  ['import', 'dup.source.import'],
  ['coordinator', 'dup.source.coordinator'],
]);

function Rows(p: { a: FlaggedSignature; b: FlaggedSignature; t: Translate }) {
  const { t } = p;
  const none = <span class="muted">—</span>;
  const rows: [string, (s: FlaggedSignature) => unknown][] = [
    [t('dup.row.name'), (s) => <strong><bdi>{s.name}</bdi></strong>],
    [t('dup.row.country'), (s) => (s.country ? countryName(s.country, t.locale) : none)],
    [t('dup.row.website'), (s) => (s.website ? <span class="url" dir="ltr">{s.website}</span> : none)],
    [t('dup.row.emailDomain'), (s) => (s.contactEmail ? <span dir="ltr">@{s.contactEmail.split('@').pop()}</span> : none)],
    [t('dup.row.source'), (s) => (SOURCE.has(s.source) ? t(SOURCE.get(s.source)!) : s.source)],
    [t('dup.row.state'), (s) => <span class="state">{t(`signatureState.${s.state}`)}</span>],
    [t('dup.row.signed'), (s) => utcTime(s.createdAt, t.locale)],
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
  t: Translate;
}) {
  const { t } = p;
  const s = p.statement;
  const base = `/coordinator/statements/${s.slug}`;
  const likely = p.open.filter((f) => f.level === 'likely');
  const possible = p.open.filter((f) => f.level === 'possible');
  return (
    <Layout title={t('dup.title', { title: s.title })} coordinator={p.coordinator} csrfToken={p.csrfToken} wide t={t}>
      <p class="muted">
        <a href={base} lang={s.language} dir={textDirection(s.language)}>
          {s.title}
        </a>{' '}
        · <a href={`${base}/import`}>{t('coord.admin.import')}</a>
      </p>
      <h1>{t('dup.heading', { count: likely.length })}</h1>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <p class="muted">{t('dup.intro')}</p>
      {likely.length === 0 ? <p>{t('dup.none')}</p> : null}
      {likely.map((f, i) => (
        <Pair flag={f} number={i + 1} base={base} csrfToken={p.csrfToken} t={t} />
      ))}
      {possible.length ? (
        <section aria-labelledby="possible-heading">
          <h2 id="possible-heading">{t('dup.possibleHeading', { count: possible.length })}</h2>
          <p class="muted">{t('dup.possibleIntro')}</p>
          {possible.map((f, i) => (
            <Pair flag={f} number={likely.length + i + 1} base={base} csrfToken={p.csrfToken} t={t} />
          ))}
        </section>
      ) : null}
      {p.resolved.length ? (
        <>
          <h2>{t('dup.resolved')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('coord.col.pair')}</th>
                <th scope="col">{t('coord.col.decision')}</th>
                <th scope="col">{t('coord.col.when')}</th>
              </tr>
            </thead>
            <tbody>
              {p.resolved.map((f) => (
                <tr>
                  <td>
                    “<bdi>{f.a.name}</bdi>” / “<bdi>{f.b.name}</bdi>”
                  </td>
                  <td>{f.status === 'merged' ? t.rich('dup.mergedKept', { name: <bdi>{f.a.state === 'merged' ? f.b.name : f.a.name}</bdi> }) : t('dup.notSame')}</td>
                  <td>{f.resolvedAt ? utcTime(f.resolvedAt, t.locale) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </Layout>
  );
}

/** One flagged pair side by side, with its level, score and reason, and the two decisions. */
function Pair(p: { flag: DuplicateFlag; number: number; base: string; csrfToken: string; t: Translate }) {
  const { t, flag: f } = p;
  return (
    <section class={`pair pair-${f.level}`} aria-labelledby={`pair-${f.id}`}>
      <h3 id={`pair-${f.id}`} class="pair-title">
        {t.rich('dup.pair', { number: String(p.number), a: <bdi>{f.a.name}</bdi>, b: <bdi>{f.b.name}</bdi> })}
      </h3>
      <p class="why">
        <span class="level">{t(f.level === 'likely' ? 'dup.level.likely' : 'dup.level.possible')}</span>{' '}
        <span class="score" title={t('dup.scoreHint')}>
          {t('dup.score', { score: new Intl.NumberFormat(t.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(f.score) })}
        </span>{' '}
        <span lang="en" dir="ltr">{f.reason}</span>
      </p>
      <table class="side-by-side">
        <thead>
          <tr>
            <td></td>
            <th scope="col">{t('dup.earlier')}</th>
            <th scope="col">{t('dup.later')}</th>
          </tr>
        </thead>
        <Rows a={f.a} b={f.b} t={t} />
      </table>
      <div class="actions">
        <form method="post" action={`${p.base}/duplicates/${f.id}/merge`} class="inline">
          <CsrfField token={p.csrfToken} />
          <button type="submit" name="keep" value="a">{t('dup.mergeA')}</button>{' '}
          <button type="submit" name="keep" value="b" class="secondary">{t('dup.mergeB')}</button>
        </form>
        <form method="post" action={`${p.base}/duplicates/${f.id}/dismiss`} class="inline">
          <CsrfField token={p.csrfToken} />
          <button type="submit" class="danger">{t('dup.dismiss')}</button>
        </form>
      </div>
    </section>
  );
}
