// Renders the public statement page with the 335 distinct IHRC 2019 signatories and saves
// docs/screenshot-statement.png (used in the README). Run: node --import tsx scripts/screenshot.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiToken } from '../src/accounts/api-tokens.ts';
import { ensureCoordinator } from '../src/accounts/coordinator.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';
import { launchBrowser } from '../e2e/browser.ts';

const fixture = JSON.parse(readFileSync(new URL('../test/fixtures/ihrc-2019-signatories.json', import.meta.url), 'utf8')) as { entries: { number: number; name: string }[] };
const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-shot-'));
const server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), silentLogger);
const base = `http://127.0.0.1:${server.port}`;
const who = await ensureCoordinator(server.deps.db, { email: 'demo@example.org', now: new Date() });
const token = await createApiToken(server.deps.db, { coordinatorId: who.id, now: new Date() });
const call = (path: string, body?: unknown) =>
  fetch(base + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
await call('/api/v1/statements', {
  slug: 'harm-reduction-2019',
  title: 'Joint statement on the occasion of the International Harm Reduction Conference',
  language: 'en',
  headline: '{count} NGOs call on world leaders to address the health and rights crisis among people who use drugs',
  headline_rounding: 100,
  place_and_date: 'Porto, 28 April 2019',
  body:
    'As civil society gathers for the conference, we call on the international community to act.[^1]\n\n' +
    '- **Fund** harm reduction at the level of need\n- End compulsory detention in the name of treatment\n- Put people who use drugs at the centre of the response\n\n' +
    '[^1]: Example source, for illustration.',
});
await call('/api/v1/statements/harm-reduction-2019/open');
for (const e of fixture.entries) if (e.number !== 73) await call('/api/v1/statements/harm-reduction-2019/signatures', { name: e.name, initiator: e.number === 1 });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
await page.goto(`${base}/statements/harm-reduction-2019`);
await page.screenshot({ path: new URL('../docs/screenshot-statement.png', import.meta.url).pathname });
await browser.close();
await server.stop();
rmSync(dataDir, { recursive: true, force: true });
console.log('docs/screenshot-statement.png written');
