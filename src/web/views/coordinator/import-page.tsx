import { placeName } from '../../../i18n/place-name.ts';
import type { Coordinator } from '../../../accounts/coordinator.ts';
import { textDirection, type Translate } from '../../../i18n/i18n.ts';
import type { ColumnMapping } from '../../../imports/column-mapping.ts';
import { IMPORT_FIELDS } from '../../../imports/import-entries.ts';
import type { ImportPreview } from '../../../imports/import-preview.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField, Layout } from '../layout.tsx';

interface Common {
  statement: Statement;
  coordinator: Coordinator;
  csrfToken: string;
  t: Translate;
}

/** The way back to the statement, its title in its own language. */
function BackLink(p: { statement: Statement; base: string }) {
  return (
    <a href={p.base} lang={p.statement.language} dir={textDirection(p.statement.language)}>
      {p.statement.title}
    </a>
  );
}

/** Step 1: paste a list or upload a file. */
export function ImportPage(p: Common & { text?: string; pasteError?: string; fileError?: string }) {
  const { t } = p;
  const base = `/coordinator/statements/${p.statement.slug}`;
  return (
    <Layout title={t('import.title', { title: p.statement.title })} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <p class="muted">
        <BackLink statement={p.statement} base={base} />
      </p>
      <h1>{t('import.heading')}</h1>
      <p>{t('import.intro')}</p>

      <h2 id="paste">{t('import.pasteHeading')}</h2>
      <form method="post" action={`${base}/import`} class={p.pasteError ? 'field invalid' : 'field'}>
        <CsrfField token={p.csrfToken} />
        <label for="f-text">{t('import.pasteLabel')}</label>
        <p class="hint" id="f-text-hint">
          {t('import.pasteHint')}
        </p>
        {p.pasteError ? <p class="error" id="f-text-error" role="alert">{p.pasteError}</p> : null}
        <textarea
          id="f-text"
          name="text"
          rows={14}
          maxlength={1_000_000}
          aria-describedby={p.pasteError ? 'f-text-hint f-text-error' : 'f-text-hint'}
          aria-invalid={p.pasteError ? 'true' : undefined}
          dir="auto"
        >
          {p.text ?? ''}
        </textarea>
        <div class="actions">
          <button type="submit">{t('import.pasteSubmit')}</button>
        </div>
      </form>

      <h2 id="upload">{t('import.uploadHeading')}</h2>
      <form method="post" action={`${base}/import`} enctype="multipart/form-data" class={p.fileError ? 'field invalid' : 'field'}>
        <CsrfField token={p.csrfToken} />
        <label for="f-file">{t('import.uploadLabel')}</label>
        <p class="hint" id="f-file-hint">
          {t('import.uploadHint')}
        </p>
        {p.fileError ? <p class="error" id="f-file-error" role="alert">{p.fileError}</p> : null}
        <input
          id="f-file"
          type="file"
          name="file"
          required
          accept=".csv,.xlsx,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={p.fileError ? 'f-file-hint f-file-error' : 'f-file-hint'}
        />
        <div class="actions">
          <button type="submit">{t('import.uploadSubmit')}</button>
        </div>
      </form>
    </Layout>
  );
}

function MappingForm(p: { action: string; csrfToken: string; headers: string[]; mapping: ColumnMapping; sample: string[] | undefined; error?: string | undefined; t: Translate }) {
  const { t } = p;
  return (
    <form method="post" action={p.action} class="mapping">
      <CsrfField token={p.csrfToken} />
      <h2>{t('import.columns')}</h2>
      <p class="hint">{t('import.columnsHint')}</p>
      {p.error ? <p class="error" role="alert">{p.error}</p> : null}
      <div class="mapping-grid">
        {IMPORT_FIELDS.map((field) => (
          <div class="field">
            <label for={`map-${field}`}>
              {t(`import.field.${field}`)}
              {field === 'name' ? null : <span class="muted"> ({t('common.optional')})</span>}
            </label>
            <select id={`map-${field}`} name={field} required={field === 'name'}>
              {field === 'name' ? null : <option value="">{t('import.notImported')}</option>}
              {p.headers.map((h, i) => (
                <option value={String(i)} selected={p.mapping[field] === i}>
                  {h || t('import.column', { number: String(i + 1) })}
                  {p.sample?.[i] ? ` ${t('import.example', { text: p.sample[i]!.slice(0, 40) })}` : ''}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" class="secondary">{t('import.updatePreview')}</button>
    </form>
  );
}

/** Step 2: what the import would create, with duplicate warnings; Confirm writes it. */
export function ImportPreviewPage(p: Common & { preview: ImportPreview; sample?: string[] | undefined; mappingError?: string | undefined }) {
  const base = `/coordinator/statements/${p.statement.slug}`;
  const v = p.preview;
  const within = new Map<number, { other: number; score: number; possible: boolean; reason: string }[]>();
  for (const d of v.duplicates) {
    // Previews stored before levels existed carry no level: they were all likely.
    const possible = d.level === 'possible';
    within.set(d.a, [...(within.get(d.a) ?? []), { other: d.b, score: d.score, possible, reason: d.reason }]);
    within.set(d.b, [...(within.get(d.b) ?? []), { other: d.a, score: d.score, possible, reason: d.reason }]);
  }
  const existing = new Map<number, ImportPreview['existing']>();
  for (const m of v.existing) existing.set(m.entry, [...(existing.get(m.entry) ?? []), m]);
  const registry = new Map(v.registry.map((m) => [m.entry, m]));
  const flaggedEntries = new Set([...within.keys(), ...existing.keys()]);
  const { t } = p;
  const score = (n: number) => new Intl.NumberFormat(t.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  return (
    <Layout title={t('import.previewTitle', { title: p.statement.title })} coordinator={p.coordinator} csrfToken={p.csrfToken} wide t={t}>
      <p class="muted">
        <BackLink statement={p.statement} base={base} /> · <a href={`${base}/import`}>{t('import.another')}</a>
      </p>
      <h1>{t('import.previewHeading', { count: v.entries.length })}</h1>
      <p class="notice" role="status">
        {t('import.nothingYet')}
        {v.sourceName ? <> {t.rich('import.source', { name: <bdi>{v.sourceName}</bdi> })}</> : v.format === 'text' ? ` ${t('import.sourcePasted')}` : ''}
      </p>
      <ul class="summary">
        <li>{t('import.summary.within', { count: v.duplicates.length })}</li>
        <li>{t('import.summary.existing', { count: existing.size })}</li>
        <li>{t('import.summary.registry', { count: registry.size })}</li>
        {v.skipped.length ? <li>{t('import.summary.skipped', { count: v.skipped.length })}</li> : null}
      </ul>
      {v.warnings.length ? (
        <div class="warnings" role="note">
          {v.warnings.map((w) => (
            <p lang="en" dir="ltr">{w}</p>
          ))}
        </div>
      ) : null}

      {v.headers && v.mapping ? (
        <MappingForm action={`${base}/import/${v.id}/mapping`} csrfToken={p.csrfToken} headers={v.headers} mapping={v.mapping} sample={p.sample} error={p.mappingError} t={t} />
      ) : null}

      <form method="post" action={`${base}/import/${v.id}/confirm`}>
        <CsrfField token={p.csrfToken} />
        <table class="preview">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('coord.col.organisation')}</th>
              <th scope="col">{t('coord.col.country')}</th>
              <th scope="col">{t('import.col.checks')}</th>
              <th scope="col">{t('import.col.leaveOut')}</th>
            </tr>
          </thead>
          <tbody>
            {v.entries.map((e, i) => {
              const dups = within.get(i) ?? [];
              const ex = existing.get(i) ?? [];
              const known = registry.get(i);
              return (
                <tr id={`entry-${i + 1}`} class={flaggedEntries.has(i) ? 'flagged' : undefined}>
                  <td class="num">{i + 1}</td>
                  <td>
                    <bdi>{e.name}</bdi>
                    {e.website ? <div class="muted small url" dir="ltr">{e.website}</div> : null}
                    {e.contactEmail ? (
                      <div class="muted small">
                        {e.contactName ? <><bdi>{e.contactName}</bdi> </> : ''}
                        <span dir="ltr">&lt;{e.contactEmail}&gt;</span>
                      </div>
                    ) : null}
                  </td>
                  <td>{placeName(e, t.locale) ?? <span class="muted">—</span>}</td>
                  <td>
                    {dups.map((d) => (
                      <p class={d.possible ? 'info' : 'warn'}>
                        {t.rich(d.possible ? 'import.possibleSame' : 'import.sameAs', {
                          link: <a href={`#entry-${d.other + 1}`}>#{d.other + 1}</a>,
                          name: <bdi>{v.entries[d.other]!.name}</bdi>,
                          reason: <span lang="en" dir="ltr">{d.reason}</span>,
                          score: score(d.score),
                        })}
                      </p>
                    ))}
                    {ex.map((m) => (
                      <p class="warn">
                        {t.rich('import.already', {
                          name: <bdi>{m.name}</bdi>,
                          state: t(`signatureState.${m.state}`),
                          reason: <span lang="en" dir="ltr">{m.reason}</span>,
                          score: score(m.score),
                        })}
                      </p>
                    ))}
                    {known ? (
                      <p class="info">{t.rich('import.signedBefore', { name: <bdi>{known.name}</bdi>, reason: <span lang="en" dir="ltr">{known.reason}</span> })}</p>
                    ) : null}
                    {e.notes.map((n) => (
                      <p class="muted small" lang="en" dir="ltr">
                        {n}
                      </p>
                    ))}
                    {dups.length || ex.length || known || e.notes.length ? null : <span class="muted">{t('import.new')}</span>}
                  </td>
                  <td class="num">
                    {flaggedEntries.has(i) ? (
                      <label>
                        <input type="checkbox" name="leave_out" value={String(i)} aria-label={t('import.leaveOutEntry', { number: String(i + 1), name: e.name })} />
                        <span class="narrow-only"> {t('import.col.leaveOut')}</span>
                      </label>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div class="actions">
          <button type="submit">{t('import.confirm', { count: v.entries.length })}</button>
        </div>
        <p class="hint">{t('import.confirmHint')}</p>
      </form>
      <form method="post" action={`${base}/import/${v.id}/discard`}>
        <CsrfField token={p.csrfToken} />
        <button type="submit" class="danger">{t('import.discard')}</button>
      </form>

      {v.skipped.length ? (
        <>
          <h2>{t('import.leftOut')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('import.col.where')}</th>
                <th scope="col">{t('import.col.text')}</th>
                <th scope="col">{t('import.col.why')}</th>
              </tr>
            </thead>
            <tbody>
              {v.skipped.map((s) => (
                <tr>
                  <td lang="en" dir="ltr">{s.origin}</td>
                  <td dir="auto">{s.text}</td>
                  <td lang="en" dir="ltr">{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </Layout>
  );
}
