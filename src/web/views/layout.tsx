import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Coordinator } from '../../accounts/coordinator.ts';
import { CSRF_FIELD } from '../csrf.ts';

export interface LayoutProps {
  title: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  coordinator?: Coordinator | null;
  csrfToken?: string;
  /** Wide pages for tables that compare side by side. */
  wide?: boolean;
  children?: Child;
}

/** The page frame shared by public and coordinator pages; mobile-first, no inline script or style. */
export function Layout(p: LayoutProps) {
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang={p.lang ?? 'en'} dir={p.dir ?? 'ltr'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{p.title}</title>
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body>
        <header class="site">
          <a href="/" class="brand">Undersigned</a>
          {p.coordinator ? (
            <nav>
              <a href="/coordinator">Statements</a>
              <a href="/coordinator/outbox">Outbox</a>
              <form method="post" action="/sign-out" class="inline">
                <input type="hidden" name={CSRF_FIELD} value={p.csrfToken ?? ''} />
                <button type="submit" class="link">Sign out</button>
              </form>
            </nav>
          ) : null}
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
  /** The word for "optional" in the reader's language. */
  optionalText?: string;
  inputmode?: 'text' | 'email' | 'url' | 'numeric' | 'decimal' | 'tel' | 'search' | 'none';
}) {
  const id = `f-${p.name}`;
  const describedBy = [p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={p.error ? 'field invalid' : 'field'}>
      <label for={id}>
        {p.label}
        {p.required ? null : <span class="muted"> ({p.optionalText ?? 'optional'})</span>}
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
