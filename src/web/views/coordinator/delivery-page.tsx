import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import type { DeliveryView } from '../../../delivery/deliver-edition.ts';
import type { AddresseeResponse } from '../../../delivery/responses.ts';
import type { Addressee } from '../../../partners/partner-contacts.ts';
import type { Edition } from '../../../publishing/edition.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField, ErrorSummary, Field, Layout } from '../layout.tsx';
import { utcTime } from './when.ts';

type Errors = Record<string, string>;

function AddresseeFields(p: { values: Record<string, string | null | undefined>; errors: Errors; t: Translate; prefix?: string }) {
  const { t, values: v, errors: e } = p;
  return (
    <>
      <Field t={t} name="name" label={t('delivery.field.name')} value={v.name} error={e.name} required maxlength={200} dir="auto" />
      <Field t={t} name="title" label={t('delivery.field.title')} value={v.title} error={e.title} maxlength={200} dir="auto" />
      <Field t={t} name="organisation" label={t('delivery.field.organisation')} value={v.organisation} error={e.organisation} maxlength={300} dir="auto" />
      <Field t={t} name="email" type="email" label={t('delivery.field.email')} value={v.email} error={e.email} required maxlength={254} dir="ltr" />
    </>
  );
}

/** Delivery to the statement's addressees: who they are, sending a published edition, their responses. */
export function DeliveryPage(p: {
  statement: Statement;
  addressees: Addressee[];
  editions: Edition[];
  deliveries: DeliveryView[];
  responses: AddresseeResponse[];
  /** Which form the errors and values belong to. */
  form?: 'addressee' | 'delivery' | 'response';
  values?: Record<string, string>;
  errors?: Errors;
  notice?: string | undefined;
  coordinator: Coordinator;
  csrfToken: string;
  t: Translate;
}) {
  const { t, statement: s } = p;
  const base = `/coordinator/statements/${s.slug}/delivery`;
  const errorsOf = (form: string) => (p.form === form ? (p.errors ?? {}) : {});
  const valuesOf = (form: string) => (p.form === form ? (p.values ?? {}) : {});
  const published = p.editions.filter((e) => e.state === 'published');
  return (
    <Layout title={`${t('delivery.page.heading')} — ${s.title}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t} wide>
      <p>
        <a href={`/coordinator/statements/${s.slug}`}>{s.title}</a>
      </p>
      <h1>{t('delivery.page.heading')}</h1>
      {p.notice ? <p class="notice" role="status" id="delivery-notice">{p.notice}</p> : null}
      <ErrorSummary errors={p.errors} message={t('common.fixErrors')} />

      <h2 id="addressees">{t('delivery.page.addressees')}</h2>
      {p.addressees.length === 0 ? <p class="muted">{t('delivery.page.noAddressees')}</p> : null}
      {p.addressees.map((a) => (
        <details class="addressee">
          <summary dir="auto">
            {a.name}
            {a.title ? `, ${a.title}` : ''}
            {a.organisation ? ` — ${a.organisation}` : ''} <bdi class="muted">{a.email}</bdi>
          </summary>
          <form method="post" action={`${base}/addressees/${a.id}`} novalidate>
            <CsrfField token={p.csrfToken} />
            <AddresseeFields values={{ name: a.name, email: a.email, organisation: a.organisation, title: a.title }} errors={{}} t={t} />
            <button type="submit">{t('delivery.page.save')}</button>
          </form>
          <form method="post" action={`${base}/addressees/${a.id}/remove`}>
            <CsrfField token={p.csrfToken} />
            <button type="submit" class="secondary">{t('delivery.page.remove')}</button>
          </form>
        </details>
      ))}
      <form method="post" action={`${base}/addressees`} novalidate class="add-addressee">
        <CsrfField token={p.csrfToken} />
        <fieldset>
          <legend>{t('delivery.page.addAddressee')}</legend>
          <AddresseeFields values={valuesOf('addressee')} errors={errorsOf('addressee')} t={t} />
          <button type="submit">{t('delivery.page.add')}</button>
        </fieldset>
      </form>

      <h2 id="send">{t('delivery.page.send')}</h2>
      {published.length === 0 ? (
        <p class="muted">{t('delivery.page.noEdition')}</p>
      ) : (
        <form method="post" action={`${base}/deliveries`} novalidate>
          <CsrfField token={p.csrfToken} />
          <div class="field">
            <label for="f-edition">{t('delivery.field.edition')}</label>
            <select id="f-edition" name="edition">
              {published
                .slice()
                .reverse()
                .map((e) => (
                  <option value={String(e.number)} selected={valuesOf('delivery').edition === String(e.number)}>
                    {t('delivery.page.editionOption', { number: e.number, when: utcTime(e.publishedAt ?? e.publishAt, t.locale) })}
                  </option>
                ))}
            </select>
          </div>
          <div class={errorsOf('delivery').message ? 'field invalid' : 'field'}>
            <label for="f-message">{t('delivery.field.message')}</label>
            <p class="hint" id="f-message-hint">{t('delivery.page.messageHint')}</p>
            {errorsOf('delivery').message ? <p class="error">{errorsOf('delivery').message}</p> : null}
            <textarea id="f-message" name="message" rows={8} maxlength={10000} dir="auto" aria-describedby="f-message-hint">{valuesOf('delivery').message ?? ''}</textarea>
          </div>
          <p class="hint">{t('delivery.page.sendHint', { count: p.addressees.length })}</p>
          <button type="submit" disabled={p.addressees.length === 0}>{t('delivery.page.sendButton', { count: p.addressees.length })}</button>
        </form>
      )}
      {p.deliveries.map((d) => (
        <article class="delivery">
          <h3>{t('delivery.page.delivered', { number: d.edition, when: utcTime(d.createdAt, t.locale) })}</h3>
          <ul>
            {d.sent.map((m) => (
              <li>
                <span dir="auto">{m.addresseeName}</span> — <span class="state">{t(`messageStatus.${m.status}`)}</span>
                {m.sentAt ? ` · ${utcTime(m.sentAt, t.locale)}` : ''}
                {m.lastError ? (
                  <>
                    {' · '}
                    <code dir="ltr">{m.lastError}</code>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </article>
      ))}

      <h2 id="responses">{t('delivery.page.responses')}</h2>
      {p.responses.map((r) => (
        <article class="response">
          <h3 dir="auto">{r.responder}</h3>
          <p class="muted">
            {r.receivedOn} · {r.published ? t('delivery.page.isPublished') : t('delivery.page.notPublished')}
          </p>
          {r.text ? <p dir="auto" class="response-text">{r.text}</p> : null}
          {r.link ? (
            <p>
              <a href={r.link} rel="nofollow noopener noreferrer" dir="ltr">{r.link}</a>
            </p>
          ) : null}
          <form method="post" action={`${base}/responses/${r.id}/${r.published ? 'unpublish' : 'publish'}`}>
            <CsrfField token={p.csrfToken} />
            <button type="submit" class={r.published ? 'secondary' : undefined}>{r.published ? t('delivery.page.unpublish') : t('delivery.page.publish')}</button>
          </form>
        </article>
      ))}
      <form method="post" action={`${base}/responses`} novalidate>
        <CsrfField token={p.csrfToken} />
        <fieldset>
          <legend>{t('delivery.page.recordResponse')}</legend>
          <Field t={t} name="responder" label={t('delivery.field.responder')} value={valuesOf('response').responder} error={errorsOf('response').responder} required maxlength={300} dir="auto" />
          <Field t={t} name="received_on" type="date" label={t('delivery.field.receivedOn')} value={valuesOf('response').received_on} error={errorsOf('response').received_on} required dir="ltr" />
          <div class={errorsOf('response').text ? 'field invalid' : 'field'}>
            <label for="f-text">
              {t('delivery.field.text')} <span class="muted">({t('common.optional')})</span>
            </label>
            {errorsOf('response').text ? <p class="error">{errorsOf('response').text}</p> : null}
            <textarea id="f-text" name="text" rows={6} maxlength={20000} dir="auto">{valuesOf('response').text ?? ''}</textarea>
          </div>
          <Field t={t} name="link" type="url" label={t('delivery.field.link')} value={valuesOf('response').link} error={errorsOf('response').link} maxlength={1000} dir="ltr" />
          <button type="submit">{t('delivery.page.record')}</button>
        </fieldset>
      </form>
    </Layout>
  );
}
