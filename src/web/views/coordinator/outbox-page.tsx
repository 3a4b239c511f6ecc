import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import type { MessageStatus, OutgoingMessage } from '../../../mail/message.ts';
import { CsrfField, Layout } from '../layout.tsx';
import { utcTime } from './when.ts';

/** Every outgoing message with its delivery state; failed and waiting ones can be tried again at once. */
export function OutboxPage(p: {
  messages: OutgoingMessage[];
  counts: Record<MessageStatus, number>;
  mode: 'smtp' | 'outbox';
  notice?: string | undefined;
  coordinator: Coordinator;
  csrfToken: string;
  t: Translate;
}) {
  const { t } = p;
  return (
    <Layout title={`${t('nav.outbox')} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <h1>{t('nav.outbox')}</h1>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <p class="muted">{p.mode === 'outbox' ? t('coord.outbox.outboxMode') : t('coord.outbox.smtpMode')}</p>
      {p.mode === 'smtp' ? (
        <p>{t('coord.outbox.summary', { queued: p.counts.queued + p.counts.sending, retrying: p.counts.retrying, failed: p.counts.failed, sent: p.counts.sent })}</p>
      ) : null}
      {p.messages.map((m) => (
        <article class={`mail mail-${m.status}`}>
          <h2 dir="auto">{m.subject}</h2>
          <p class="muted">
            {t.rich('coord.outbox.to', { to: <bdi>{m.to}</bdi> })} · {utcTime(m.createdAt, t.locale)} · <span class="state">{t(`messageStatus.${m.status}`)}</span>
            {m.attempts > 0 && m.status !== 'sent' ? <> · {t('coord.outbox.attempts', { count: m.attempts })}</> : null}
          </p>
          {m.lastError && (m.status === 'failed' || m.status === 'retrying') ? (
            <p class="warn">
              {t.rich('coord.outbox.lastError', { error: <code dir="ltr">{m.lastError}</code> })}
            </p>
          ) : null}
          {m.status === 'failed' || m.status === 'retrying' ? (
            <form method="post" action={`/coordinator/outbox/${m.id}/retry`} class="inline">
              <CsrfField token={p.csrfToken} />
              <button type="submit">{t('coord.outbox.retry')}</button>
            </form>
          ) : null}
          <pre class="mail" dir="auto">{m.text}</pre>
        </article>
      ))}
    </Layout>
  );
}
