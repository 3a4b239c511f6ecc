import type { Edition } from '../../../publishing/edition.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField } from '../layout.tsx';

const when = (d: Date | null) => (d ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '—');

/** Editions published or scheduled, the publish form, and the exports of the statement as it stands. */
export function PublicationSection(p: { statement: Statement; editions: Edition[]; csrfToken: string }) {
  const s = p.statement;
  const base = `/coordinator/statements/${s.slug}`;
  return (
    <section aria-labelledby="publication">
      <h2 id="publication">Publication</h2>
      <p>
        As it stands now: <a href={`${base}/export.pdf`}>PDF</a> · <a href={`${base}/export.docx`}>Word</a> ·{' '}
        <a href={`${base}/export.csv`}>full CSV with contacts</a> · <a href={`${base}/export.json`}>JSON</a>
      </p>
      {p.editions.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Edition</th>
              <th scope="col">State</th>
              <th scope="col">Published</th>
              <th scope="col">Count</th>
              <th scope="col">Files</th>
            </tr>
          </thead>
          <tbody>
            {p.editions.map((e) => (
              <tr>
                <td>{e.number}</td>
                <td>
                  <span class="state">{e.state}</span>
                  {e.lastError ? <div class="error">{e.lastError}</div> : null}
                </td>
                <td>{e.state === 'scheduled' ? `due ${when(e.publishAt)}` : when(e.publishedAt)}</td>
                <td>{e.count ?? '—'}</td>
                <td>
                  {e.state === 'published' ? (
                    <>
                      <a href={`/statements/${s.slug}/editions/${e.number}/statement.pdf`}>PDF</a> ·{' '}
                      <a href={`/statements/${s.slug}/editions/${e.number}/statement.docx`}>Word</a>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">Nothing published yet. Publishing freezes the text, the numbering and the count; later sign-ons appear as “Signed after publication”.</p>
      )}
      {s.state !== 'draft' ? (
        <form method="post" action={`${base}/editions`}>
          <CsrfField token={p.csrfToken} />
          <fieldset>
            <legend>Publish an edition</legend>
            <div class="checkbox">
              <input type="radio" id="f-when-now" name="when" value="now" checked />
              <label for="f-when-now">Now</label>
            </div>
            <div class="checkbox">
              <input type="radio" id="f-when-later" name="when" value="later" />
              <label for="f-when-later">At (UTC)</label>
              <input type="datetime-local" name="at" aria-label="Publication date and time (UTC)" />
            </div>
          </fieldset>
          <button type="submit">Publish edition {p.editions.length + 1}</button>
        </form>
      ) : null}
    </section>
  );
}
