import type { Coordinator } from '../../../accounts/coordinator.ts';
import { CsrfField, ErrorSummary, Field, Layout } from '../layout.tsx';

export function NewStatementPage(p: { coordinator: Coordinator; csrfToken: string; values: Record<string, string>; errors?: Record<string, string> }) {
  const v = p.values;
  const e = p.errors ?? {};
  return (
    <Layout title="New statement — Undersigned" coordinator={p.coordinator} csrfToken={p.csrfToken}>
      <h1>New statement</h1>
      <ErrorSummary errors={e} message="Please correct the fields marked below." />
      <form method="post" action="/coordinator/statements">
        <CsrfField token={p.csrfToken} />
        <Field name="title" label="Title" value={v.title} error={e.title} required maxlength={300} />
        <Field name="slug" label="Address (slug)" value={v.slug} error={e.slug} required maxlength={80} hint="Used in the public link: /statements/your-slug. Letters a–z, digits and hyphens." />
        <Field name="language" label="Language" value={v.language ?? 'en'} error={e.language} required maxlength={35} hint='A language tag such as "en", "fr", "es", "ru", "pt-BR", "ar".' />
        <Field name="headline" label="Headline with count" value={v.headline} error={e.headline} maxlength={300} hint='Use {count} for the number, e.g. "{count} organisations call on world leaders to act".' />
        <Field name="headline_rounding" label="Round the headline count down to" type="number" value={v.headline_rounding} error={e.headline_rounding} hint='e.g. 100 shows "300+" for 336; leave empty for the exact count.' />
        <Field name="place_and_date" label="Place and date line" value={v.place_and_date} error={e.place_and_date} maxlength={200} hint="e.g. Porto, 28 April 2019" />
        <div class={e.body ? 'field invalid' : 'field'}>
          <label for="f-body">Text (Markdown)</label>
          <p class="hint">Headings with #, lists with -, links as [text](https://…), footnotes as [^1] with a line "[^1]: source" at the end.</p>
          {e.body ? <p class="error">{e.body}</p> : null}
          <textarea id="f-body" name="body" required>{v.body ?? ''}</textarea>
        </div>
        <button type="submit">Create draft</button>
      </form>
    </Layout>
  );
}
