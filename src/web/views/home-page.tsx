import type { Coordinator } from '../../accounts/coordinator.ts';
import type { Statement } from '../../statements/statement.ts';
import { Layout } from './layout.tsx';

export function HomePage(p: { statements: Statement[]; coordinator: Coordinator | null; csrfToken: string }) {
  return (
    <Layout title="Undersigned" coordinator={p.coordinator} csrfToken={p.csrfToken}>
      <h1>Joint statements</h1>
      {p.statements.length === 0 ? <p class="muted">No statement is open yet.</p> : null}
      <ul>
        {p.statements.map((s) => (
          <li>
            <a href={`/statements/${s.slug}`}>{s.title}</a> <span class="muted">— {s.approvedCount} organisations · {s.state}</span>
          </li>
        ))}
      </ul>
      {p.coordinator ? null : (
        <p>
          <a href="/sign-in">Coordinator sign-in</a>
        </p>
      )}
    </Layout>
  );
}
