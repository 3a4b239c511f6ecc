import { Hono, type Context } from 'hono';
import { raw } from 'hono/html';
import { AppError, localisedError, statementNotFound } from '../errors.ts';
import { textDirection, type Translate } from '../i18n/i18n.ts';
import { createPartnerLink } from '../reach/create-partner-link.ts';
import { listPartnerLinks } from '../reach/partner-link.repository.ts';
import { CardCache, CardRenderer, countBucket } from '../reach/share-card.ts';
import { statementStats } from '../reach/statement-stats.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { acceptsSignatures, headlineText, type Statement } from '../statements/statement.ts';
import { withText } from '../statements/translation.ts';
import { coordinatorArea, readableStatement, requireCoordinator } from './auth.ts';
import type { AppEnv } from './env.ts';
import { errorFields } from './errors.tsx';
import { formValues } from './form.ts';
import { readerLocale, readerTranslator } from './locale.ts';
import { etagMatches } from './response-cache.ts';
import { readerText } from './statement-text.ts';
import { DashboardPage } from './views/coordinator/dashboard-page.tsx';

/** The coordinator's dashboard and partner links; the widget, badge and share card other sites show. */
export const reachRoutes = new Hono<AppEnv>();

reachRoutes.use('/coordinator/*', coordinatorArea);

async function dashboard(c: Context<AppEnv>, slug: string, extra: { notice?: string; values?: Record<string, string>; errors?: Record<string, string> } = {}, status: 200 | 409 | 422 = 200) {
  const { db, publicUrl } = c.get('deps');
  const statement = await getStatementBySlug(db, slug);
  const [stats, links] = await Promise.all([statementStats(db, statement.id), listPartnerLinks(db, statement.id)]);
  return c.html(
    <DashboardPage
      statement={statement}
      stats={stats}
      links={links}
      publicUrl={publicUrl.replace(/\/$/, '')}
      coordinator={requireCoordinator(c)}
      csrfToken={c.get('csrfToken')}
      notice={extra.notice ?? (c.req.query('done') === 'link' ? c.get('t')('reach.links.created') : undefined)}
      linkValues={extra.values}
      linkErrors={extra.errors}
      t={c.get('t')}
    />,
    status,
  );
}

reachRoutes.get('/coordinator/statements/:slug/dashboard', (c) => dashboard(c, c.req.param('slug')));

reachRoutes.post('/coordinator/statements/:slug/partner-links', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const slug = c.req.param('slug');
  const values = await formValues(c);
  try {
    await db.transaction().execute((trx) => createPartnerLink(trx, { slug, input: { name: values.name ?? '', code: values.code ?? '' }, coordinatorId: who.id, now: clock() }));
  } catch (err) {
    if (!(err instanceof AppError) || (err.code !== 'validation_failed' && err.code !== 'conflict')) throw err;
    return dashboard(c, slug, { values, errors: errorFields(err, c.get('t')) ?? {} }, err.code === 'conflict' ? 409 : 422);
  }
  return c.redirect(`/coordinator/statements/${encodeURIComponent(slug)}/dashboard?done=link#partner-links`, 303);
});

/** A statement as a partner's site shows it: never a draft, whoever asks. */
async function embeddedStatement(c: Context<AppEnv>): Promise<Statement> {
  const slug = c.req.param('slug') ?? '';
  const s = await readableStatement(c, slug, { snapshot: true });
  if (s.state === 'draft') throw statementNotFound(slug);
  return s;
}

const EMBED_CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;color:#111827;background:#fff}
main{padding:12px 14px;border:1px solid #d1d5db;border-radius:8px;max-width:100%}h1{font-size:1.05rem;margin:0 0 .4rem}
.count{font-size:1.5rem;font-weight:700;color:#1d4ed8;margin:.2rem 0 .6rem}.button{display:inline-block;background:#1d4ed8;color:#fff;text-decoration:none;font-weight:600;padding:.55rem 1rem;border-radius:6px}
.button:focus{outline:3px solid #f59e0b;outline-offset:2px}.muted{color:#4b5563;font-size:.85rem}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

// The widget for a partner's iframe: the headline, the count and a link that opens the sign page in a new window.
reachRoutes.get('/statements/:slug/embed', async (c) => {
  const s0 = await embeddedStatement(c);
  const text = await readerText(c, s0);
  const s = withText(s0, text);
  const t = readerTranslator(c, s0.language);
  const open = acceptsSignatures(s0, c.get('deps').clock());
  const etag = `W/"embed-${s0.approvedCount}-${s0.updatedAt.getTime().toString(36)}-${t.locale}-${text.language}-${open ? 1 : 0}"`;
  const headers = { ETag: etag, 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300', Vary: 'Accept-Language' };
  if (etagMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  const base = c.get('deps').publicUrl.replace(/\/$/, '');
  const signUrl = `${base}/statements/${encodeURIComponent(s.slug)}/sign${t.locale !== s0.language ? `?lang=${t.locale}` : ''}`;
  const html = (
    <html lang={t.locale} dir={textDirection(t.locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{s.title}</title>
        <style>{raw(EMBED_CSS)}</style>
      </head>
      <body>
        <main>
          <h1 lang={s.language} dir={textDirection(s.language)}>{headlineText(s, s.approvedCount)}</h1>
          <p class="count" id="count" data-count={String(s.approvedCount)}>{t('statement.count', { count: s.approvedCount })}</p>
          {open ? (
            <a class="button" id="sign" href={signUrl} target="_blank" rel="noopener">
              {t('reach.embed.signIn')}
              <span class="sr">{` ${t('reach.embed.newWindow')}`}</span>
            </a>
          ) : (
            <p class="muted">{t('reach.embed.closed')}</p>
          )}
        </main>
      </body>
    </html>
  );
  return c.html(`<!DOCTYPE html>${html}`, 200, headers);
});

/** The badge's text width, roughly: enough to size a one-line SVG without measuring fonts. */
const textWidth = (s: string) => Math.ceil([...s].reduce((w, ch) => w + (/[\u0600-\u06FF]/.test(ch) ? 6.5 : /[A-Z0-9]/.test(ch) ? 8 : 7), 0));

reachRoutes.get('/statements/:slug/badge.svg', async (c) => {
  const s = await embeddedStatement(c);
  const t = readerTranslator(c, s.language);
  const etag = `W/"badge-${s.approvedCount}-${s.listVersion}-${s.updatedAt.getTime().toString(36)}-${t.locale}"`;
  const headers = { ETag: etag, 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300', Vary: 'Accept-Language', 'Content-Type': 'image/svg+xml; charset=utf-8' };
  if (etagMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  return c.body(badgeSvg(t, s.approvedCount), 200, headers);
});

function badgeSvg(t: Translate, count: number): string {
  const label = t('reach.badge.count', { count });
  const w = textWidth(label) + 24;
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="24" viewBox="0 0 ${w} 24" role="img" aria-label="${esc(label)}" data-count="${count}"><title>${esc(label)}</title><rect width="${w}" height="24" rx="4" fill="#1d4ed8"/><text x="${w / 2}" y="16.5" fill="#ffffff" font-family="system-ui,'Noto Sans','Noto Sans Arabic',sans-serif" font-size="13" font-weight="600" text-anchor="middle" direction="${textDirection(t.locale)}">${esc(label)}</text></svg>`;
}

const cardRenderer = new CardRenderer();
const cards = new CardCache(cardRenderer);

/** Stops the share-card worker thread (the server's shutdown and the tests call it). */
export const shutdownCardRenderer = (): Promise<void> => cardRenderer.close();

// The Open Graph / Twitter card: title and count in the language asked; re-rendered as the count moves a step.
reachRoutes.get('/statements/:slug/card.png', async (c) => {
  const s0 = await embeddedStatement(c);
  const text = await readerText(c, s0);
  const s = withText(s0, text);
  const locale = readerLocale(c, s0.language);
  const t = readerTranslator(c, s0.language);
  const bucket = countBucket(s0.approvedCount);
  const card = await cards
    .get(`${s0.id}|${locale}|${text.language}`, `${bucket}|${s.title}`, () => ({
      title: headlineText(s, bucket),
      count: t('statement.count', { count: bucket }),
      brand: `${t('app.name')} · ${new URL(c.get('deps').publicUrl).host}`,
      dir: textDirection(text.language),
    }))
    .catch((err: unknown) => {
      c.get('deps').logger.error('share card not rendered', { slug: s0.slug, error: err instanceof Error ? err.message : String(err) });
      throw localisedError('unavailable', 'error.unavailable');
    });
  const headers = { ETag: card.etag, 'Cache-Control': 'public, max-age=300', Vary: 'Accept-Language', 'Content-Type': 'image/png' };
  if (etagMatches(c.req.header('if-none-match'), card.etag)) return c.body(null, 304, headers);
  return c.body(new Uint8Array(card.png), 200, headers);
});
