import type { Translate } from '../../i18n/i18n.ts';
import type { AddresseeResponse } from '../../delivery/responses.ts';

const paragraphs = (text: string) => text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);

/**
 * The public "Responses" section: responses the coordinator chose to publish, as plain text
 * (escaped by JSX, paragraphs kept, never HTML) with an http(s) link when there is one.
 */
export function ResponsesSection(p: { responses: readonly AddresseeResponse[]; t: Translate }) {
  if (p.responses.length === 0) return null;
  const { t } = p;
  return (
    <section aria-labelledby="responses" class="responses">
      <h2 id="responses">{t('delivery.public.heading')}</h2>
      {p.responses.map((r) => (
        <article class="response">
          <h3 dir="auto">{r.responder}</h3>
          <p class="muted">
            <time datetime={r.receivedOn}>{new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${r.receivedOn}T00:00:00Z`))}</time>
          </p>
          {r.text ? paragraphs(r.text).map((para) => <p dir="auto" class="response-text">{para}</p>) : null}
          {r.link ? (
            <p>
              <a href={r.link} rel="nofollow noopener noreferrer" dir="ltr">
                {t('delivery.public.link')}
              </a>
            </p>
          ) : null}
        </article>
      ))}
    </section>
  );
}
