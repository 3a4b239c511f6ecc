import type { Translate } from '../../../i18n/i18n.ts';
import type { Coordinator } from '../../../accounts/coordinator.ts';
import { countryName } from '../../../i18n/countries.ts';
import type { ColumnMapping } from '../../../imports/column-mapping.ts';
import { FIELD_LABELS, IMPORT_FIELDS } from '../../../imports/import-entries.ts';
import type { ImportPreview } from '../../../imports/import-preview.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField, Layout } from '../layout.tsx';

interface Common {
  statement: Statement;
  coordinator: Coordinator;
  csrfToken: string;
}

/** Step 1: paste a list or upload a file. */
export function ImportPage(p: Common & { text?: string; pasteError?: string; fileError?: string }) {
  const base = `/coordinator/statements/${p.statement.slug}`;
  return (
    <Layout title={`Import signatories — ${p.statement.title}`} coordinator={p.coordinator} csrfToken={p.csrfToken}>
      <p class="muted">
        <a href={base}>← {p.statement.title}</a>
      </p>
      <h1>Import signatories</h1>
      <p>
        Nothing is added until you have seen a preview and confirmed it. The preview shows each organisation, its country, and likely duplicates — within
        the list, among this statement's signatories, and organisations that signed other statements.
      </p>

      <h2 id="paste">Paste a list</h2>
      <form method="post" action={`${base}/import`} class={p.pasteError ? 'field invalid' : 'field'}>
        <CsrfField token={p.csrfToken} />
        <label for="f-text">List of organisations</label>
        <p class="hint" id="f-text-hint">
          Copied from a PDF, a web page or an email: numbered, bulleted or one per line. A whole statement works too — the list after "Signatories" or
          "Signed by" is used. Countries written after a name ("…, Kenya" or "(Kenya)") are recognised.
        </p>
        {p.pasteError ? <p class="error" id="f-text-error" role="alert">{p.pasteError}</p> : null}
        <textarea
          id="f-text"
          name="text"
          rows={14}
          maxlength={1_000_000}
          aria-describedby={p.pasteError ? 'f-text-hint f-text-error' : 'f-text-hint'}
          aria-invalid={p.pasteError ? 'true' : undefined}
        >
          {p.text ?? ''}
        </textarea>
        <div class="actions">
          <button type="submit">Preview the list</button>
        </div>
      </form>

      <h2 id="upload">Or upload a file</h2>
      <form method="post" action={`${base}/import`} enctype="multipart/form-data" class={p.fileError ? 'field invalid' : 'field'}>
        <CsrfField token={p.csrfToken} />
        <label for="f-file">CSV or Excel file</label>
        <p class="hint" id="f-file-hint">
          A CSV saved as UTF-8 (a Google Forms export works as it is) or an Excel workbook (.xlsx, first sheet), up to 5 MB and 20,000 rows. You choose
          which column holds what in the next step.
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
          <button type="submit">Upload and preview</button>
        </div>
      </form>
    </Layout>
  );
}

function MappingForm(p: { action: string; csrfToken: string; headers: string[]; mapping: ColumnMapping; sample: string[] | undefined; error?: string | undefined }) {
  return (
    <form method="post" action={p.action} class="mapping">
      <CsrfField token={p.csrfToken} />
      <h2>Columns</h2>
      <p class="hint">Which column of the file holds each of our fields. Only the organisation name is required.</p>
      {p.error ? <p class="error" role="alert">{p.error}</p> : null}
      <div class="mapping-grid">
        {IMPORT_FIELDS.map((field) => (
          <div class="field">
            <label for={`map-${field}`}>
              {FIELD_LABELS[field]}
              {field === 'name' ? null : <span class="muted"> (optional)</span>}
            </label>
            <select id={`map-${field}`} name={field} required={field === 'name'}>
              {field === 'name' ? null : <option value="">— not imported —</option>}
              {p.headers.map((h, i) => (
                <option value={String(i)} selected={p.mapping[field] === i}>
                  {h || `Column ${i + 1}`}
                  {p.sample?.[i] ? ` (e.g. “${p.sample[i]!.slice(0, 40)}”)` : ''}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" class="secondary">Update the preview</button>
    </form>
  );
}

/** Step 2: what the import would create, with duplicate warnings; Confirm writes it. */
export function ImportPreviewPage(p: Common & { t: Translate; preview: ImportPreview; sample?: string[] | undefined; mappingError?: string | undefined }) {
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
  const score = (n: number) => n.toFixed(2);
  return (
    <Layout title={`Import preview — ${p.statement.title}`} coordinator={p.coordinator} csrfToken={p.csrfToken} wide>
      <p class="muted">
        <a href={base}>← {p.statement.title}</a> · <a href={`${base}/import`}>Start another import</a>
      </p>
      <h1>
        Preview: {v.entries.length.toLocaleString('en')} {v.entries.length === 1 ? 'signatory' : 'signatories'} to import
      </h1>
      <p class="notice" role="status">
        Nothing has been added yet. Check the list, leave out what should not be imported, then confirm.
        {v.sourceName ? ` Source: ${v.sourceName}.` : v.format === 'text' ? ' Source: a pasted list.' : ''}
      </p>
      <ul class="summary">
        <li>
          <strong>{v.duplicates.length}</strong> likely {v.duplicates.length === 1 ? 'duplicate' : 'duplicates'} within the list
        </li>
        <li>
          <strong>{existing.size}</strong> {existing.size === 1 ? 'entry looks' : 'entries look'} like a signatory already on this statement
        </li>
        <li>
          <strong>{registry.size}</strong> known from other statements
        </li>
        {v.skipped.length ? (
          <li>
            <strong>{v.skipped.length}</strong> {v.skipped.length === 1 ? 'line' : 'lines'} left out (listed below)
          </li>
        ) : null}
      </ul>
      {v.warnings.length ? (
        <div class="warnings" role="note">
          {v.warnings.map((w) => (
            <p>{w}</p>
          ))}
        </div>
      ) : null}

      {v.headers && v.mapping ? (
        <MappingForm action={`${base}/import/${v.id}/mapping`} csrfToken={p.csrfToken} headers={v.headers} mapping={v.mapping} sample={p.sample} error={p.mappingError} />
      ) : null}

      <form method="post" action={`${base}/import/${v.id}/confirm`}>
        <CsrfField token={p.csrfToken} />
        <table class="preview">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Organisation</th>
              <th scope="col">Country</th>
              <th scope="col">Checks</th>
              <th scope="col">Leave out</th>
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
                    {e.name}
                    {e.website ? <div class="muted small">{e.website}</div> : null}
                    {e.contactEmail ? <div class="muted small">{e.contactName ? `${e.contactName} ` : ''}&lt;{e.contactEmail}&gt;</div> : null}
                  </td>
                  <td>{e.country ? countryName(e.country, 'en') : <span class="muted">—</span>}</td>
                  <td>
                    {dups.map((d) =>
                      d.possible ? (
                        <p class="info">
                          <a href={`#entry-${d.other + 1}`}>{p.t('import.possibleSame', { number: d.other + 1, name: v.entries[d.other]!.name })}</a> — {d.reason} (score{' '}
                          {score(d.score)})
                        </p>
                      ) : (
                        <p class="warn">
                          Same as <a href={`#entry-${d.other + 1}`}>#{d.other + 1}</a> “{v.entries[d.other]!.name}” — {d.reason} (score {score(d.score)})
                        </p>
                      ),
                    )}
                    {ex.map((m) => (
                      <p class="warn">
                        Already on this statement as “{m.name}” ({m.state}) — {m.reason} (score {score(m.score)})
                      </p>
                    ))}
                    {known ? (
                      <p class="info">
                        Signed before as “{known.name}” — {known.reason}
                      </p>
                    ) : null}
                    {e.notes.map((n) => (
                      <p class="muted small">{n}</p>
                    ))}
                    {dups.length || ex.length || known || e.notes.length ? null : <span class="muted">new</span>}
                  </td>
                  <td class="num">
                    {flaggedEntries.has(i) ? (
                      <label>
                        <input type="checkbox" name="leave_out" value={String(i)} aria-label={`Leave out #${i + 1} ${e.name}`} />
                        <span class="narrow-only"> Leave out</span>
                      </label>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div class="actions">
          <button type="submit">
            Confirm: import {v.entries.length.toLocaleString('en')} {v.entries.length === 1 ? 'signatory' : 'signatories'}
          </button>
        </div>
        <p class="hint">
          Imported signatories are approved at once. Duplicates you do not leave out are imported and appear on the likely-duplicates page, where you can
          merge them.
        </p>
      </form>
      <form method="post" action={`${base}/import/${v.id}/discard`}>
        <CsrfField token={p.csrfToken} />
        <button type="submit" class="danger">Discard this import</button>
      </form>

      {v.skipped.length ? (
        <>
          <h2>Left out</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Where</th>
                <th scope="col">Text</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {v.skipped.map((s) => (
                <tr>
                  <td>{s.origin}</td>
                  <td>{s.text}</td>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </Layout>
  );
}
