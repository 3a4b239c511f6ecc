import { textDirection, type Translate } from '../../i18n/i18n.ts';
import { countryOptions } from '../../i18n/countries.ts';
import { ORGANISATION_TYPES } from '../../signatures/signature.ts';
import type { Statement } from '../../statements/statement.ts';
import { referralCode } from '../../reach/partner-link.ts';
import { CsrfField, ErrorSummary, Field, Layout } from './layout.tsx';

export type FormValues = Record<string, string>;

/**
 * The country of an organisation, "International / regional" first. `optional` (coordinators)
 * adds "Not given", for lists that came without countries.
 */
export function CountrySelect(p: { value: string | undefined; error: string | undefined; t: Translate; optional?: boolean }) {
  const { t, error } = p;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for="f-country">{t('sign.country')}</label>
      {error ? <p class="error" id="f-country-error">{error}</p> : null}
      <select id="f-country" name="country" required={!p.optional} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'f-country-error' : undefined}>
        <option value="">{p.optional ? t('place.notGiven') : t('sign.countryChoose')}</option>
        <option value="international" selected={p.value === 'international'}>
          {t('sign.international')}
        </option>
        {countryOptions(t.locale).map((c) => (
          <option value={c.code} selected={p.value === c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The optional type of an organisation. */
export function TypeSelect(p: { value: string | undefined; error: string | undefined; t: Translate }) {
  const { t, error } = p;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for="f-type">
        {t('sign.type')} <span class="muted">({t('common.optional')})</span>
      </label>
      {error ? <p class="error">{error}</p> : null}
      <select id="f-type" name="type">
        <option value="">—</option>
        {ORGANISATION_TYPES.map((k) => (
          <option value={k} selected={p.value === k}>
            {t(`orgType.${k}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Consent to hear about future statements: never ticked unless the signatory ticks it. */
function UpdatesConsent(p: { checked: boolean; t: Translate }) {
  return (
    <>
      <div class="checkbox">
        <input id="f-updates-consent" type="checkbox" name="updates_consent" value="on" checked={p.checked} aria-describedby="f-updates-consent-hint" />
        <label for="f-updates-consent">{p.t('partners.sign.updates')}</label>
      </div>
      <p class="hint" id="f-updates-consent-hint">{p.t('partners.sign.updatesHint')}</p>
    </>
  );
}

/**
 * What every public sign form carries against bots: a honeypot field people never see (hidden from
 * screen readers and the tab order too), and, when the check is on, the hidden field the form's
 * own script fills with a solved proof of work (without JavaScript the server asks to confirm).
 */
export function SignOnProtection(p: { check: boolean; t: Translate }) {
  return (
    <>
      <div class="hp" aria-hidden="true">
        <label for="f-message">{p.t('abuse.honeypot')}</label>
        <input id="f-message" type="text" name="message" value="" tabindex={-1} autocomplete="off" />
      </div>
      {p.check ? <input type="hidden" name="altcha" value="" data-challenge="/api/v1/challenge" data-checking={p.t('abuse.checking')} /> : null}
      {p.check ? <script src="/assets/sign-on-check.js" defer></script> : null}
    </>
  );
}

type SignPageProps = { statement: Statement; values: FormValues; errors?: Record<string, string>; csrfToken: string; check: boolean; t: Translate };

/** The partner link the signatory came through, carried along with the form (never shown). */
function ReferralField(p: { values: FormValues }) {
  const code = referralCode(p.values.ref);
  return code ? <input type="hidden" name="ref" value={code} /> : null;
}

/** The sign-on form: one column, large targets, works without JavaScript. */
export function SignPage(p: SignPageProps) {
  const { t, values: v, errors: e = {} } = p;
  const s = p.statement;
  if (v.kind === 'individual' && s.allowIndividuals) return <IndividualSignPage {...p} />;
  return (
    <Layout title={`${t('sign.heading')} — ${s.title}`} t={t}>
      <h1>{t('sign.heading')}</h1>
      <p>
        <a href={`/statements/${s.slug}`} lang={s.language} dir={textDirection(s.language)}>
          {s.title}
        </a>
      </p>
      <p class="muted">{t('sign.intro')}</p>
      <ErrorSummary errors={e} message={t('common.fixErrors')} />
      <form method="post" action={`/statements/${p.statement.slug}/sign`} novalidate>
        <CsrfField token={p.csrfToken} />
        <ReferralField values={v} />
        <Field t={t} name="name" label={t('sign.name')} value={v.name} error={e.name} required maxlength={300} autocomplete="organization" dir="auto" />
        <CountrySelect value={v.country} error={e.country} t={t} />
        <TypeSelect value={v.type} error={e.type} t={t} />
        <Field t={t} name="website" label={t('sign.website')} value={v.website} error={e.website} maxlength={300} inputmode="url" autocomplete="url" dir="ltr" />
        <div class="checkbox">
          <input id="f-confidential" type="checkbox" name="confidential" value="on" checked={v.confidential === 'on'} aria-describedby="f-confidential-hint" />
          <label for="f-confidential">{t('manage.confidential')}</label>
        </div>
        <p class="hint" id="f-confidential-hint">{t('sign.confidentialHint')}</p>
        <Field t={t} name="contact_name" label={t('sign.contactName')} value={v.contact_name} error={e.contact_name} required maxlength={200} autocomplete="name" dir="auto" />
        <Field
          t={t}
          name="contact_email"
          type="email"
          label={t('sign.contactEmail')}
          value={v.contact_email}
          error={e.contact_email}
          required
          maxlength={254}
          autocomplete="email"
          dir="ltr"
          hint={t('sign.contactHint')}
        />
        <UpdatesConsent checked={v.updates_consent === 'on'} t={t} />
        <div class={e.authorised ? 'field invalid' : 'field'}>
          {e.authorised ? <p class="error" id="f-authorised-error">{e.authorised}</p> : null}
          <div class="checkbox">
            <input id="f-authorised" type="checkbox" name="authorised" value="yes" checked={v.authorised === 'yes'} />
            <label for="f-authorised">{t('sign.authorised')}</label>
          </div>
        </div>
        <SignOnProtection check={p.check} t={t} />
        <button type="submit">{t('sign.submit')}</button>
      </form>
    </Layout>
  );
}

/** The separate form for an individual, where the statement allows them: name, affiliation, email. */
function IndividualSignPage(p: SignPageProps) {
  const { t, values: v, errors: e = {} } = p;
  const s = p.statement;
  return (
    <Layout title={`${t('sign.individualHeading')} — ${s.title}`} t={t}>
      <h1>{t('sign.individualHeading')}</h1>
      <p>
        <a href={`/statements/${s.slug}`} lang={s.language} dir={textDirection(s.language)}>
          {s.title}
        </a>
      </p>
      <p class="muted">{t('sign.individualIntro')}</p>
      <ErrorSummary errors={e} message={t('common.fixErrors')} />
      <form method="post" action={`/statements/${s.slug}/sign`} novalidate>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="kind" value="individual" />
        <ReferralField values={v} />
        <Field t={t} name="name" label={t('sign.yourName')} value={v.name} error={e.name} required maxlength={300} autocomplete="name" dir="auto" />
        <Field t={t} name="affiliation" label={t('sign.affiliation')} value={v.affiliation} error={e.affiliation} maxlength={300} autocomplete="organization-title" dir="auto" hint={t('sign.affiliationHint')} />
        <Field t={t} name="contact_email" type="email" label={t('sign.contactEmail')} value={v.contact_email} error={e.contact_email} required maxlength={254} autocomplete="email" dir="ltr" hint={t('sign.contactHint')} />
        <UpdatesConsent checked={v.updates_consent === 'on'} t={t} />
        <SignOnProtection check={p.check} t={t} />
        <button type="submit">{t('sign.submit')}</button>
      </form>
    </Layout>
  );
}

export function CheckEmailPage(p: { statement: Statement; t: Translate }) {
  const s = p.statement;
  return (
    <Layout title={p.t('sign.checkEmail.heading')} t={p.t}>
      <h1>{p.t('sign.checkEmail.heading')}</h1>
      <p class="notice">{p.t('sign.checkEmail.body')}</p>
      <p>
        <a href={`/statements/${s.slug}`} lang={s.language} dir={textDirection(s.language)}>
          {s.title}
        </a>
      </p>
    </Layout>
  );
}

/** The fields carried from the sign form to the confirm step (never the check fields themselves). */
const CARRIED = ['kind', 'name', 'country', 'type', 'website', 'confidential', 'affiliation', 'contact_name', 'contact_email', 'authorised', 'message'];

/**
 * The no-JavaScript step of the sign-on check: the details again, as hidden fields, with a signed
 * timestamped token that passes when sent back after a few seconds. Nothing is stored for it.
 */
export function SignOnCheckPage(p: { statement: Statement; values: FormValues; token: string; early: boolean; csrfToken: string; t: Translate }) {
  const { t, values: v } = p;
  const s = p.statement;
  return (
    <Layout title={t('abuse.confirm.heading')} t={t}>
      <h1>{t('abuse.confirm.heading')}</h1>
      {p.early ? <p class="notice" role="status">{t('abuse.confirm.early')}</p> : null}
      <p>{t('abuse.confirm.body')}</p>
      <dl>
        <dt>{v.kind === 'individual' ? t('sign.yourName') : t('sign.name')}</dt>
        <dd dir="auto">{v.name}</dd>
        <dt>{t('sign.contactEmail')}</dt>
        <dd dir="ltr">{v.contact_email}</dd>
      </dl>
      <form method="post" action={`/statements/${s.slug}/sign`}>
        <CsrfField token={p.csrfToken} />
        {CARRIED.filter((k) => v[k] !== undefined).map((k) => (
          <input type="hidden" name={k} value={v[k]} />
        ))}
        <input type="hidden" name="wait_token" value={p.token} />
        <button type="submit">{t('abuse.confirm.submit')}</button>
      </form>
      <p>
        <a href={`/statements/${s.slug}/sign${v.kind === 'individual' ? '?kind=individual' : ''}`}>{t('abuse.confirm.change')}</a>
      </p>
    </Layout>
  );
}
