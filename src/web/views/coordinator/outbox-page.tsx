import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { OutgoingMessage } from '../../../mail/message.ts';
import { Layout } from '../layout.tsx';

export function OutboxPage(p: { messages: OutgoingMessage[]; mode: 'smtp' | 'outbox'; coordinator: Coordinator; csrfToken: string }) {
  return (
    <Layout title="Outbox — Undersigned" coordinator={p.coordinator} csrfToken={p.csrfToken}>
      <h1>Outbox</h1>
      <p class="muted">
        {p.mode === 'outbox'
          ? 'No SMTP server is configured (SMTP_URL), so emails are kept here instead of being sent. Forward confirmation links by hand, or set SMTP_URL.'
          : 'Emails sent through SMTP, newest first.'}
      </p>
      {p.messages.map((m) => (
        <article class="mail">
          <h2>{m.subject}</h2>
          <p class="muted">
            To {m.to} · {m.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC · <span class="state">{m.status}</span>
          </p>
          <pre class="mail">{m.text}</pre>
        </article>
      ))}
    </Layout>
  );
}
