// The baseline: bare Hono on @hono/node-server, no database. POST answers 202 with a small JSON;
// GET /r/<name> sends, byte for byte and with the same headers, a response recorded from the app.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const dir = process.env.RECORDED_DIR ?? '';
const recorded = new Map<string, { body: Uint8Array<ArrayBuffer>; headers: Record<string, string> }>();
if (dir) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const name = f.replace(/\.json$/, '');
    recorded.set(name, { headers: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>, body: new Uint8Array(readFileSync(join(dir, `${name}.body`))) });
  }
}
const app = new Hono();
app.post('/', async (c) => {
  await c.req.json();
  return c.json({ status: 'awaiting_confirmation', message: 'Check the contact email for a confirmation link.' }, 202);
});
app.get('/r/:name', (c) => {
  const r = recorded.get(c.req.param('name'));
  if (!r) return c.notFound();
  return c.body(r.body, 200, r.headers);
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.stdout.write(JSON.stringify({ port: info.port }) + '\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
