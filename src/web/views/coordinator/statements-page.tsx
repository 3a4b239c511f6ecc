import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { Statement } from '../../../statements/statement.ts';
import { Layout } from '../layout.tsx';

export function StatementsPage(p: { statements: Statement[]; coordinator: Coordinator; csrfToken: string; notice?: string }) {
  return (
    <Layout title="Statements — Undersigned" coordinator={p.coordinator} csrfToken={p.csrfToken}>
      <h1>Statements</h1>
      {p.notice ? <p class="notice">{p.notice}</p> : null}
      <p>
        <a class="button" href="/coordinator/statements/new">New statement</a>
      </p>
      {p.statements.length === 0 ? (
        <p class="muted">No statements yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Title</th>
              <th>State</th>
              <th>Signatories</th>
            </tr>
          </thead>
          <tbody>
            {p.statements.map((s) => (
              <tr>
                <td>
                  <a href={`/coordinator/statements/${s.slug}`}>{s.title}</a>
                  <div class="muted">/{s.slug}</div>
                </td>
                <td>
                  <span class="state">{s.state}</span>
                </td>
                <td>{s.approvedCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
