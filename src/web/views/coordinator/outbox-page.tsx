import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import type { OutgoingMessage } from '../../../mail/message.ts';
import { Layout } from '../layout.tsx';
import { utcTime } from './when.ts';

export function OutboxPage(p: { messages: OutgoingMessage[]; mode: 'smtp' | 'outbox'; coordinator: Coordinator; csrfToken: string; t: Translate }) {
  const { t } = p;
  return (
    <Layout title={`${t('nav.outbox')} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <h1>{t('nav.outbox')}</h1>
      <p class="muted">{p.mode === 'outbox' ? t('coord.outbox.outboxMode') : t('coord.outbox.smtpMode')}</p>
      {p.messages.map((m) => (
        <article class="mail">
          <h2 dir="auto">{m.subject}</h2>
          <p class="muted">
            {t.rich('coord.outbox.to', { to: <bdi>{m.to}</bdi> })} · {utcTime(m.createdAt, t.locale)} · <span class="state">{t(`messageStatus.${m.status}`)}</span>
          </p>
          <pre class="mail" dir="auto">{m.text}</pre>
        </article>
      ))}
    </Layout>
  );
}
