import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

const MARKER = 'undersigned.sqlite.running';
const HEARTBEAT_MS = 5000;
/** A marker not touched for this long was left by an instance that died. */
export const MARKER_STALE_MS = 20_000;

/**
 * A file beside the SQLite database that a running instance keeps fresh. SQLite's own locks
 * cannot tell an idle instance from none (WAL readers and writers come and go), and a process
 * id means nothing in another container sharing the volume; a heartbeat works in both cases.
 */
export function markDataDirInUse(dataDir: string): { release(): void } {
  const path = join(dataDir, MARKER);
  writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }) + '\n');
  const timer = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(path, now, now);
    } catch {
      /* removed by hand: nothing to keep fresh */
    }
  }, HEARTBEAT_MS);
  timer.unref();
  return {
    release() {
      clearInterval(timer);
      rmSync(path, { force: true });
    },
  };
}

/** The running instance using this data directory, or null when none has shown a sign of life lately. */
export function instanceUsing(dataDir: string, now = Date.now()): { pid?: number; host?: string } | null {
  const path = join(dataDir, MARKER);
  try {
    if (now - statSync(path).mtimeMs > MARKER_STALE_MS) return null;
    return JSON.parse(readFileSync(path, 'utf8')) as { pid?: number; host?: string };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return {}; // present and fresh but unreadable: still in use
  }
}
