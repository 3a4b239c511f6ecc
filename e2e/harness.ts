import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';
import { startSmtpPeer } from '../test/support/smtp-peer.ts';
import { launchBrowser } from './browser.ts';

export interface E2e {
  browser: Browser;
  server: Awaited<ReturnType<typeof startServer>>;
  smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  base: string;
  close(): Promise<void>;
}

/** The real server on a fresh data folder, mail through a real SMTP peer, and a headless browser. */
export async function startE2e(env: Record<string, string> = {}): Promise<E2e> {
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-e2e-'));
  const smtp = await startSmtpPeer();
  const server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SMTP_URL: smtp.url, LOG_LEVEL: 'silent', SIGN_ON_CHALLENGE: 'off', SIGN_ON_DOMAIN_RATE_LIMIT: '1000000', ...env }), silentLogger);
  const base = `http://127.0.0.1:${server.port}`;
  // The confirmation email must carry a link this browser can open.
  server.deps.publicUrl = base;
  const browser = await launchBrowser();
  return {
    browser,
    server,
    smtp,
    base,
    async close() {
      await browser.close();
      await server.stop();
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
