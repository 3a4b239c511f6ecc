import { createOneTimeLink } from '../../src/accounts/one-time-links.ts';
import type { TestApp } from './app.ts';

/** A tiny cookie-keeping client that submits HTML forms with their CSRF token, as a browser without JS does. */
export class FormClient {
  private cookies = new Map<string, string>();
  constructor(private readonly t: TestApp) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(path: string) {
    const res = await this.t.app.request(path, { headers: { cookie: this.cookieHeader() } });
    this.keep(res);
    return { status: res.status, html: await res.text(), headers: res.headers };
  }

  csrf(): string {
    return this.cookies.get('usg_csrf') ?? '';
  }

  /** A multipart form post (a file upload), with the CSRF field unless told otherwise. */
  async postMultipart(path: string, form: FormData, opts: { withCsrf?: boolean } = {}) {
    if (opts.withCsrf !== false) form.append('_csrf', this.csrf());
    const res = await this.t.app.request(path, { method: 'POST', headers: { cookie: this.cookieHeader() }, body: form });
    this.keep(res);
    return { status: res.status, html: await res.text(), location: res.headers.get('location') };
  }

  async post(path: string, fields: Record<string, string | string[]>, opts: { withCsrf?: boolean } = {}) {
    const body = new URLSearchParams();
    if (opts.withCsrf !== false) body.append('_csrf', this.csrf());
    for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    const res = await this.t.app.request(path, {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    this.keep(res);
    return { status: res.status, html: await res.text(), location: res.headers.get('location') };
  }
}

/** A coordinator's browser, signed in through a one-time link (the first coordinator of the database). */
export async function coordinatorBrowser(t: TestApp, email?: string): Promise<FormClient> {
  const b = new FormClient(t);
  // Without an email, the first row the database gives (as before); with one, that coordinator.
  let q = t.deps.db.selectFrom('coordinators').select('id');
  if (email) q = q.where('email', '=', email);
  const coordinator = await q.executeTakeFirstOrThrow();
  const link = await createOneTimeLink(t.deps.db, { purpose: 'sign-in', coordinatorId: coordinator.id, now: t.deps.clock() });
  await b.get(`/sign-in/link/${link}`);
  await b.post(`/sign-in/link/${link}`, {});
  return b;
}
