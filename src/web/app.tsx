import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { api } from '../api/routes.ts';
import { localisedError } from '../errors.ts';
import { operationsRoutes, PROBE_PATHS } from '../operations/routes.ts';
import { negotiateLanguage } from './locale.ts';
import { newId } from '../shared/ids.ts';
import { listStatements } from '../statements/statement.repository.ts';
import { accountRoutes } from './account-routes.tsx';
import { auditRoutes } from './audit-routes.tsx';
import { securityRoutes } from './security-routes.tsx';
import { verificationRoutes } from './verification-routes.tsx';
import { verificationApi } from '../api/verification-routes.ts';
import { auditApi } from '../api/audit-routes.ts';
import { identify } from './auth.ts';
import { enforcePermissions } from './permit.ts';
import { coordinatorRoutes } from './coordinator-routes.tsx';
import { organisationRoutes } from './organisation-routes.tsx';
import { publishingRoutes } from './publishing-routes.tsx';
import { teamRoutes } from './team-routes.tsx';
import { organisationApi } from '../api/organisation-routes.ts';
import { publishingApi } from '../api/publishing-routes.ts';
import { translationApi } from '../api/translation-routes.ts';
import { teamApi } from '../api/team-routes.ts';
import { partnerRoutes, unsubscribeRoutes } from './partner-routes.tsx';
import { partnerApi } from '../api/partner-routes.ts';
import { challengeApi } from '../abuse/challenge-routes.ts';
import { abuseRoutes } from './abuse-routes.tsx';
import { reachApi } from '../api/reach-routes.ts';
import { originApi } from '../api/origin-routes.ts';
import { reachRoutes } from './reach-routes.tsx';
import { csrfProtection } from './csrf.ts';
import { refuseNul } from './nul-guard.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { handleError } from './errors.tsx';
import { publicRoutes } from './public-routes.tsx';
import { securityHeaders } from './security.ts';
import { HomePage } from './views/home-page.tsx';

const css = readFileSync(new URL('./assets/app.css', import.meta.url), 'utf8');
// The one stylesheet, gzipped once: phones on slow links download a fraction of it.
const cssGzip = new Uint8Array(gzipSync(css, { level: 9 }));
// The sign form's own proof-of-work script: served from here, no third party.
const signOnCheckJs = readFileSync(new URL('./assets/sign-on-check.js', import.meta.url), 'utf8');

/** Where import files are posted: the only requests allowed more than 1 MB. */
const IMPORT_PATH = /^\/(?:coordinator\/statements\/[^/]+\/import|api\/v1\/statements\/[^/]+\/imports)$/;
const IMPORT_BODY_LIMIT = 6 * 1024 * 1024;

/** Paths whose last segment is a secret; logged without it. */
const redact = (path: string) => path.replace(/^\/(confirm|manage|unsubscribe|api\/v1\/manage|setup|sign-in\/link|password-reset)\/[^/]+/, '/$1/…');

/** An incoming X-Request-Id is kept (a proxy's id ties its log to ours) only when short and plain. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Builds the whole application around its dependencies; no I/O happens here. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const secure = deps.publicUrl.startsWith('https://');

  app.onError(handleError);
  app.notFound((c) => handleError(localisedError('not_found', 'error.notFound'), c));

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('deps', deps);
    const incoming = c.req.header('x-request-id');
    c.set('requestId', incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : newId());
    await next();
    c.header('X-Request-Id', c.get('requestId'));
    // What this instance just changed is seen at once by its own readers; other instances' snapshots expire within a second.
    // (Public sign-ons and confirmations change nothing the public sees, so a crowd signing keeps the snapshots.)
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.get('coordinator')) deps.publicStatements?.clear();
    const seconds = (performance.now() - started) / 1000;
    // The route pattern, never the raw path, so the metric's labels stay few.
    const route = c.req.routePath === '/*' || c.req.routePath === '*' ? 'unmatched' : c.req.routePath;
    deps.operations?.metrics?.observeRequest(c.req.method, route, c.res.status, seconds);
    deps.logger[PROBE_PATHS.has(c.req.path) ? 'debug' : 'info']('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: redact(c.req.path),
      status: c.res.status,
      ms: Math.round(seconds * 10_000) / 10,
    });
  });
  app.use('*', negotiateLanguage({ secure }));
  // Pages rendered per request (the sign form, coordinator pages) go out gzipped; cached ones already are.
  app.use('*', compress({ encoding: 'gzip', contentTypeFilter: /^text\/html/ }));
  app.use('*', securityHeaders);
  app.use('*', refuseNul);
  const defaultLimit = bodyLimit({
    maxSize: 1024 * 1024,
    onError: () => {
      throw localisedError('payload_too_large', 'error.tooLarge');
    },
  });
  // Imports upload files of up to 5 MB (plus the form around them); nothing else gets more than 1 MB.
  const importLimit = bodyLimit({
    maxSize: IMPORT_BODY_LIMIT,
    onError: () => {
      throw localisedError('payload_too_large', 'error.fileTooLarge');
    },
  });
  app.use('*', (c, next) => (c.req.method === 'POST' && IMPORT_PATH.test(c.req.path) ? importLimit : defaultLimit)(c, next));

  app.route('/', operationsRoutes);
  app.get('/assets/app.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      return c.body(cssGzip, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Content-Encoding': 'gzip' });
    }
    return c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.get('/assets/sign-on-check.js', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(signOnCheckJs, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });

  app.use('*', identify);
  app.use('*', csrfProtection({ secure }));
  // Deny by default: every route's permission, from the one table, before any handler runs.
  app.use('*', enforcePermissions);

  app.get('/', async (c) => {
    const statements = (await listStatements(deps.db)).filter((s) => s.state !== 'draft');
    return c.html(<HomePage statements={statements} coordinator={c.get('coordinator')} csrfToken={c.get('csrfToken')} t={c.get('t')} />);
  });
  app.route('/', reachRoutes);
  app.route('/', publicRoutes);
  app.route('/', accountRoutes);
  app.route('/', securityRoutes);
  app.route('/', publishingRoutes);
  app.route('/', teamRoutes);
  app.route('/', unsubscribeRoutes);
  app.route('/coordinator', auditRoutes);
  app.route('/coordinator', verificationRoutes);
  app.route('/coordinator', organisationRoutes);
  app.route('/coordinator', partnerRoutes);
  app.route('/coordinator', abuseRoutes);
  app.route('/coordinator', coordinatorRoutes);
  app.route('/api/v1', auditApi);
  app.route('/api/v1', verificationApi);
  app.route('/api/v1', organisationApi);
  app.route('/api/v1', publishingApi);
  app.route('/api/v1', translationApi);
  app.route('/api/v1', teamApi);
  app.route('/api/v1', partnerApi);
  app.route('/api/v1', challengeApi);
  app.route('/api/v1', reachApi);
  app.route('/api/v1', originApi);
  app.route('/api/v1', api);
  return app;
}
