import type { Translate } from '../../../i18n/i18n.ts';
import type { Edition } from '../../../publishing/edition.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField } from '../layout.tsx';
import { utcTime } from './when.ts';

/** Editions published or scheduled, the publish form, and the exports of the statement as it stands. */
export function PublicationSection(p: { statement: Statement; editions: Edition[]; csrfToken: string; t: Translate; preparedBy?: Map<number, { email: string; byMe: boolean }>; mayPublish?: boolean; contactsShown?: boolean }) {
  const mayPublish = p.mayPublish !== false;
  const { t } = p;
  const when = (d: Date | null) => (d ? utcTime(d, t.locale) : '—');
  const s = p.statement;
  const base = `/coordinator/statements/${s.slug}`;
  const nextNumber = p.editions.reduce((m, e) => Math.max(m, e.number), 0) + 1;
  return (
    <section aria-labelledby="publication">
      <h2 id="publication">{t('coord.pub.heading')}</h2>
      <p>
        {t('coord.pub.asItStands')} <a href={`${base}/export.pdf`}>PDF</a> · <a href={`${base}/export.docx`}>{t('statement.wordFile')}</a>
        {p.contactsShown !== false ? (
          <>
            {' '}· <a href={`${base}/export.csv`}>{t('coord.pub.fullCsv')}</a> · <a href={`${base}/export.json`}>JSON</a>
          </>
        ) : null}
      </p>
      {p.editions.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('coord.col.edition')}</th>
              <th scope="col">{t('coord.col.state')}</th>
              <th scope="col">{t('coord.col.published')}</th>
              <th scope="col">{t('coord.col.count')}</th>
              <th scope="col">{t('coord.col.files')}</th>
            </tr>
          </thead>
          <tbody>
            {p.editions.map((e) => (
              <tr>
                <td>{e.number}</td>
                <td>
                  <span class="state">{e.state === 'prepared' ? t('team.edition.prepared') : t(`editionState.${e.state}`)}</span>
                  {e.lastError ? <div class="error">{e.lastError}</div> : null}
                  {e.state === 'prepared' && mayPublish ? <ReleaseControl t={t} base={base} number={e.number} by={p.preparedBy?.get(e.number)} csrfToken={p.csrfToken} /> : null}
                </td>
                <td>{e.state === 'scheduled' ? t('coord.pub.due', { when: when(e.publishAt) }) : when(e.publishedAt)}</td>
                <td>{e.count === null ? '—' : new Intl.NumberFormat(t.locale).format(e.count)}</td>
                <td>
                  {e.state === 'published'
                    ? e.languages.map((l, i) => (
                        <div>
                          <span class="muted">{l}</span> <a href={`/statements/${s.slug}/editions/${e.number}/statement.pdf${i ? `?lang=${l}` : ''}`}>PDF</a> ·{' '}
                          <a href={`/statements/${s.slug}/editions/${e.number}/statement.docx${i ? `?lang=${l}` : ''}`}>{t('statement.wordFile')}</a>
                        </div>
                      ))
                    : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('coord.pub.nothing')}</p>
      )}
      {s.state !== 'draft' && mayPublish ? (
        <form method="post" action={`${base}/editions`}>
          <CsrfField token={p.csrfToken} />
          <fieldset>
            <legend>{t('coord.pub.legend')}</legend>
            <div class="checkbox">
              <input type="radio" id="f-when-now" name="when" value="now" checked />
              <label for="f-when-now">{t('coord.pub.now')}</label>
            </div>
            <div class="checkbox">
              <input type="radio" id="f-when-later" name="when" value="later" />
              <label for="f-when-later">{t('coord.pub.at')}</label>
              <input type="datetime-local" name="at" aria-label={t('coord.pub.atLabel')} />
            </div>
          </fieldset>
          <div class="checkbox">
            <input type="checkbox" id="f-publish-confirm" name="confirm" value="yes" required />
            <label for="f-publish-confirm">
              {t('coord.pub.confirm', { number: String(nextNumber), count: s.approvedCount, version: s.textVersion })}
            </label>
          </div>
          {s.twoPersonPublishing ? <p class="muted">{t('team.publish.twoPersonNote')}</p> : null}
          <button type="submit">{t(s.twoPersonPublishing ? 'team.publish.prepare' : 'coord.pub.submit', { number: String(nextNumber) })}</button>
        </form>
      ) : null}
    </section>
  );
}

/** Under two-person publishing: who prepared the edition, and the release button for anyone else. */
function ReleaseControl(p: { t: Translate; base: string; number: number; by: { email: string; byMe: boolean } | undefined; csrfToken: string }) {
  const { t } = p;
  return (
    <div>
      {p.by ? <div class="muted">{t('team.publish.preparedBy', { email: p.by.email })}</div> : null}
      {p.by?.byMe ? null : (
        <form method="post" action={`${p.base}/editions/${p.number}/release`}>
          <CsrfField token={p.csrfToken} />
          <button type="submit">{t('team.publish.release', { number: String(p.number) })}</button>
        </form>
      )}
    </div>
  );
}
