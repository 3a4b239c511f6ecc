import { raw } from 'hono/html';
import type { AddresseeResponse } from '../../delivery/responses.ts';
import { ResponsesSection } from './responses-section.tsx';
import { formatDate, languageName, matchLocale, textDirection, type Translate } from '../../i18n/i18n.ts';
import { placeName } from '../../i18n/place-name.ts';
import type { CurrentList } from '../../publishing/current-list.ts';
import type { FrozenEntry } from '../../publishing/edition.ts';
import { headlineText, type Statement } from '../../statements/statement.ts';
import { withText, type StatementText } from '../../statements/translation.ts';
import { Layout } from './layout.tsx';

export { textDirection } from '../../i18n/i18n.ts';

/** The public statement: rendered text, live count, numbered list. */
export function StatementPage(p: { statement: Statement; text: StatementText; bodyHtml: string; list: CurrentList; open: boolean; referral?: string | null; publicUrl?: string; t: Translate; responses?: readonly AddresseeResponse[] }) {
  const { list, t, text } = p;
  const s = withText(p.statement, text);
  const count = s.approvedCount;
  const locale = t.locale;
  const ref = p.referral ? encodeURIComponent(p.referral) : null;
  // The edition's documents in the language read, when it stores them.
  const docLang = text.translated && list.edition?.languages.includes(text.language) ? `?lang=${encodeURIComponent(text.language)}` : '';
  return (
    <Layout title={s.title} t={t} head={p.publicUrl ? <ShareMeta statement={s} language={text.language} publicUrl={p.publicUrl} t={t} /> : undefined}>
      {s.state === 'draft' ? (
        <p class="draft-banner" id="draft-banner" role="note">
          <strong>{t('statement.draftBanner')}</strong> {t('statement.draftBannerBody')}
        </p>
      ) : null}
      <LanguageNotes text={text} t={t} />
      <article lang={s.language} dir={textDirection(s.language)}>
        <h1>{headlineText(s, count)}</h1>
        {s.headline ? <p class="muted">{s.title}</p> : null}
        <p class="count" id="count" data-count={String(count)} lang={locale} dir={textDirection(locale)}>
          {t('statement.count', { count })}
        </p>
        {p.open ? (
          <p lang={locale} dir={textDirection(locale)}>
            <a class="button" href={`/statements/${s.slug}/sign${ref ? `?ref=${ref}` : ''}`}>
              {t('statement.signCta')}
            </a>
            {s.allowIndividuals ? (
              <>
                {' '}
                <a href={`/statements/${s.slug}/sign?kind=individual${ref ? `&ref=${ref}` : ''}`}>{t('statement.signIndividualCta')}</a>
              </>
            ) : null}
          </p>
        ) : null}
        {s.placeAndDate ? <p class="muted">{s.placeAndDate}</p> : null}
        <div class="statement-body">{raw(p.bodyHtml)}</div>
      </article>
      {list.edition ? (
        <p class="downloads">
          {t('statement.editionLine', { number: String(list.edition.number), date: formatDate(list.edition.publishedAt ?? new Date(), locale) })}
          {' · '}
          <a href={`/statements/${s.slug}/editions/${list.edition.number}/statement.pdf${docLang}`}>PDF</a>
          {' · '}
          <a href={`/statements/${s.slug}/editions/${list.edition.number}/statement.docx${docLang}`}>{t('statement.wordFile')}</a>
          {' · '}
          <a href={`/statements/${s.slug}/signatories.csv`}>CSV</a>
        </p>
      ) : null}
      <SignatoryList list={list} language={locale} t={t} />
      <ResponsesSection responses={p.responses ?? []} t={t} />
    </Layout>
  );
}

/** Which language prevails, what else exists, and why the reader's own language is missing. */
function LanguageNotes(p: { text: StatementText; t: Translate }) {
  const { text, t } = p;
  const name = (tag: string) => languageName(tag, t.locale);
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  const others = text.available.filter((l) => l !== text.language);
  const link = (l: string) => (
    <a href={`?lang=${encodeURIComponent(l)}`} hreflang={l}>
      {name(l)}
    </a>
  );
  const authoritative = text.authoritativeLanguage;
  return (
    <>
      {base(text.language) !== base(t.locale) ? (
        <p class="muted">{t('statement.notTranslated', { language: name(t.locale), original: name(text.language) })}</p>
      ) : null}
      {base(authoritative) !== base(text.language) ? (
        <p class="translation-note">
          {t('statement.translationNote', { language: name(authoritative) })}{' '}
          {text.available.includes(authoritative) && (matchLocale(authoritative) || authoritative) ? (
            <a href={`?lang=${encodeURIComponent(authoritative)}`} hreflang={authoritative}>
              {t('statement.readAuthoritative', { language: name(authoritative) })}
            </a>
          ) : null}
        </p>
      ) : null}
      {others.length > 0 ? (
        <p class="muted">
          {t('statement.otherLanguages')}{' '}
          {others.map((l, i) => (
            <>
              {i > 0 ? ' · ' : ''}
              {link(l)}
            </>
          ))}
        </p>
      ) : null}
    </>
  );
}

function Entries(p: { entries: FrozenEntry[]; language: string; verified: ReadonlySet<string>; t: Translate }) {
  return (
    <ol class="signatories">
      {p.entries.map((e) => (
        <li value={String(e.number)}>
          <bdi>{e.name}</bdi>
          {p.verified.has(e.signatureId) ? <> <span class="verified" title={p.t('verified.publicTitle')}>✓<span class="visually-hidden"> {p.t('verified.publicTitle')}</span></span></> : null}
          {placeName(e, p.language) ? <span class="country"> — {placeName(e, p.language)}</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** The numbered list; names are isolated (<bdi>) so a Latin name in an Arabic list, and the reverse, read right. */
export function SignatoryList(p: { list: CurrentList; language: string; t: Translate }) {
  const { list } = p;
  return (
    <section aria-labelledby="signatories">
      <h2 id="signatories">{p.t('statement.signatoriesHeading')}</h2>
      {list.signatories.length === 0 ? <p class="muted">{p.t('statement.noSignatories')}</p> : null}
      <Entries entries={list.signatories} language={p.language} verified={list.verified} t={p.t} />
      {list.confidentialCount > 0 ? <p class="muted">{p.t('statement.confidential', { count: list.confidentialCount })}</p> : null}
      {list.addendum.length > 0 ? (
        <>
          <h2 id="addendum">{p.t('statement.addendumHeading')}</h2>
          <Entries entries={list.addendum} language={p.language} verified={list.verified} t={p.t} />
        </>
      ) : null}
      {list.individuals.length > 0 ? (
        <>
          <h2 id="individuals">{p.t('statement.individualsHeading')}</h2>
          <ol class="signatories individuals">
            {list.individuals.map((e) => (
              <li value={String(e.number)}>
                <bdi>{e.name}</bdi>
                {e.affiliation ? (
                  <span class="country">
                    {' — '}
                    <bdi>{e.affiliation}</bdi>
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** Open Graph and Twitter card tags: the share image shows the title and count in the language read. */
function ShareMeta(p: { statement: Statement; language: string; publicUrl: string; t: Translate }) {
  const base = p.publicUrl.replace(/\/$/, '');
  const lang = matchLocale(p.language) ?? p.t.locale;
  const image = `${base}/statements/${encodeURIComponent(p.statement.slug)}/card.png?lang=${encodeURIComponent(lang)}`;
  const description = p.t('statement.count', { count: p.statement.approvedCount });
  return (
    <>
      <meta property="og:type" content="website" />
      <meta property="og:title" content={p.statement.title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={`${base}/statements/${encodeURIComponent(p.statement.slug)}`} />
      <meta property="og:image" content={image} />
      <meta property="og:image:width" content="1200" />
      <meta property="og:image:height" content="630" />
      <meta property="og:image:alt" content={p.t('reach.card.alt', { title: p.statement.title, count: description })} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={p.statement.title} />
      <meta name="twitter:image" content={image} />
    </>
  );
}
