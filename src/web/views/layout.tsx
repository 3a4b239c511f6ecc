import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Coordinator } from '../../accounts/coordinator.ts';
import { LOCALES, nativeLanguageName, textDirection, type Translate } from '../../i18n/i18n.ts';
import { CSRF_FIELD } from '../csrf.ts';

export interface LayoutProps {
  title: string;
  /** The reader's interface language: sets <html lang dir> and every label. */
  t: Translate;
  coordinator?: Coordinator | null;
  csrfToken?: string;
  /** Wide pages for tables that compare side by side. */
  wide?: boolean;
  /** Extra tags for <head> (a public page's share-card meta tags). */
  head?: Child;
  children?: Child;
}

const capitalise = (name: string, locale: string) => name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);

/** Links to this same page in each interface language; plain links, so it works without JavaScript. */
export function LanguageSwitcher(p: { t: Translate }) {
  return (
    <nav class="languages" aria-label={p.t('nav.language')}>
      <ul>
        {LOCALES.map((l) => (
          <li>
            <a href={`?lang=${l}`} lang={l} hreflang={l} dir={textDirection(l)} aria-current={l === p.t.locale ? 'true' : undefined}>
              {capitalise(nativeLanguageName(l), l)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The page frame shared by public and coordinator pages; mobile-first, no inline script or style. */
export function Layout(p: LayoutProps) {
  const { t } = p;
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang={t.locale} dir={textDirection(t.locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{p.title}</title>
        <link rel="stylesheet" href="/assets/app.css" />
        {p.head ?? null}
      </head>
      <body>
        <header class="site">
          <a href="/" class="brand">{t('app.name')}</a>
          {p.coordinator ? (
            <nav class="coordinator">
              <a href="/coordinator">{t('nav.statements')}</a>
              {p.coordinator.role === 'admin' ? <a href="/coordinator/outbox">{t('nav.outbox')}</a> : null}
              {p.coordinator.role === 'admin' ? <a href="/coordinator/people">{t('team.nav.people')}</a> : null}
              <a href="/coordinator/tokens">{t('team.nav.tokens')}</a>
              {p.coordinator.role === 'admin' ? <a href="/coordinator/audit">{t('audit.nav')}</a> : null}
              <a href="/account/sessions">{t('security.sessions.nav')}</a>
              <form method="post" action="/sign-out" class="inline">
                <input type="hidden" name={CSRF_FIELD} value={p.csrfToken ?? ''} />
                <button type="submit" class="link">{t('nav.signOut')}</button>
              </form>
            </nav>
          ) : null}
          <LanguageSwitcher t={t} />
        </header>
        <main class={p.wide ? 'wide' : undefined}>{p.children}</main>
      </body>
    </html>
    </>
  );
}

export const CsrfField = (p: { token: string }) => <input type="hidden" name={CSRF_FIELD} value={p.token} />;

/** A labelled field with its error next to it; keeps what was typed. */
export function Field(p: {
  name: string;
  label: string;
  value?: string | null;
  error?: string | undefined;
  type?: string;
  required?: boolean;
  hint?: string;
  maxlength?: number;
  autocomplete?: string;
  /** For the word "optional" in the reader's language. */
  t: Translate;
  inputmode?: 'text' | 'email' | 'url' | 'numeric' | 'decimal' | 'tel' | 'search' | 'none';
  dir?: 'auto' | 'ltr';
}) {
  const id = `f-${p.name}`;
  const describedBy = [p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={p.error ? 'field invalid' : 'field'}>
      <label for={id}>
        {p.label}
        {p.required ? null : <span class="muted"> ({p.t('common.optional')})</span>}
      </label>
      {p.hint ? <p class="hint" id={`${id}-hint`}>{p.hint}</p> : null}
      {p.error ? <p class="error" id={`${id}-error`}>{p.error}</p> : null}
      <input
        id={id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        required={p.required}
        maxlength={p.maxlength}
        autocomplete={p.autocomplete}
        inputmode={p.inputmode}
        dir={p.dir}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

export function ErrorSummary(p: { errors: Record<string, string> | undefined; message: string }) {
  if (!p.errors || Object.keys(p.errors).length === 0) return null;
  return (
    <div class="error-summary" role="alert">
      <p>{p.message}</p>
    </div>
  );
}
