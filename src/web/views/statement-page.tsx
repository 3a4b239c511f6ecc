import { raw } from 'hono/html';
import type { Translate } from '../../i18n/i18n.ts';
import { countryName } from '../../i18n/countries.ts';
import type { PublicList } from '../../signatures/public-list.ts';
import { headlineText, type Statement } from '../../statements/statement.ts';
import { Layout } from './layout.tsx';

export const textDirection = (language: string): 'ltr' | 'rtl' =>
  ['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb'].includes(language.split('-')[0]!) ? 'rtl' : 'ltr';

/** The public statement: rendered text, live count, numbered list. */
export function StatementPage(p: { statement: Statement; bodyHtml: string; list: PublicList; open: boolean; t: Translate }) {
  const { statement: s, list, t } = p;
  const count = s.approvedCount;
  return (
    <Layout title={s.title} lang={s.language} dir={textDirection(s.language)}>
      <article>
        <h1>{headlineText(s, count)}</h1>
        {s.headline ? <p class="muted">{s.title}</p> : null}
        <p class="count" id="count" data-count={String(count)}>
          {t('statement.count', { count })}
        </p>
        {p.open ? (
          <p>
            <a class="button" href={`/statements/${s.slug}/sign`}>
              {t('statement.signCta')}
            </a>
          </p>
        ) : null}
        {s.placeAndDate ? <p class="muted">{s.placeAndDate}</p> : null}
        <div class="statement-body">{raw(p.bodyHtml)}</div>
        <SignatoryList list={list} language={s.language} t={t} />
      </article>
    </Layout>
  );
}

export function SignatoryList(p: { list: PublicList; language: string; t: Translate }) {
  const { list } = p;
  return (
    <section aria-labelledby="signatories">
      <h2 id="signatories">{p.t('statement.signatoriesHeading')}</h2>
      {list.signatories.length === 0 ? <p class="muted">{p.t('statement.noSignatories')}</p> : null}
      <ol class="signatories">
        {list.signatories.map((e) => (
          <li value={String(e.number)}>
            {e.name}
            {e.country ? <span class="country"> — {countryName(e.country, p.language)}</span> : null}
          </li>
        ))}
      </ol>
      {list.confidentialCount > 0 ? (
        <p class="muted">{p.t('statement.confidential', { count: list.confidentialCount })}</p>
      ) : null}
    </section>
  );
}
