// Where a public sign-on's time goes: runs the app on SQLite under `--cpu-prof`, sends it sign-ons
// with autocannon (50 connections), stops it, and prints the self time of the profile grouped by
// where the code lives (this app's folders, each npm package, Node itself).
// Run: node --import tsx bench/profile-sign-on.ts   (PROFILE_SECONDS=8 by default)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.env.PROFILE_SECONDS ?? 8);
const dir = mkdtempSync('/tmp/undersigned-profile-');
const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: dir, DATABASE_URL: '', SIGN_ON_RATE_LIMIT: '100000000', SIGN_ON_DOMAIN_RATE_LIMIT: '100000000', SIGN_ON_CHALLENGE: 'off' };
const token = execFileSync(process.execPath, ['bin/undersigned.mjs', 'token', 'create', '--email', 'profile@example.org'], { cwd: root, env }).toString().trim();
const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}/prof`, '--import', 'tsx', 'src/cli/main.ts', 'serve'], { cwd: root, env: { ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise<number>((resolve) =>
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      const e = JSON.parse(line) as { msg?: string; url?: string };
      if (e.msg === 'listening' && e.url) resolve(Number(new URL(e.url).port));
    } catch { /* not a log line */ }
  }),
);
const base = `http://127.0.0.1:${port}`;
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
await fetch(`${base}/api/v1/statements`, { method: 'POST', headers, body: JSON.stringify({ slug: 'p', title: 'Profile', language: 'en', body: 'We call for action.' }) });
await fetch(`${base}/api/v1/statements/p/open`, { method: 'POST', headers });

let i = 0;
const run = await autocannon({
  url: `${base}/api/v1/statements/p/signatures`, method: 'POST', connections: 50, duration: seconds,
  headers: { 'content-type': 'application/json' },
  requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: JSON.stringify({ name: `Organisation ${i} pour la santé`, country: 'ML', type: 'ngo', contact_name: 'Point focal', contact_email: `focal${i}@org${i++}.example` }) }) }],
} as unknown as autocannon.Options);
console.log(`${Math.round(run.requests.average)} sign-ons/s, p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms, non-2xx ${run.non2xx}`);
child.kill('SIGTERM');
await new Promise((r) => child.on('exit', r));

const file = readdirSync(join(dir, 'prof')).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error('no profile written');
const profile = JSON.parse(readFileSync(join(dir, 'prof', file), 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));

/** Where a frame's code lives: "app: src/<folder>", "npm: <package>", "node", or a V8 bucket. */
function place(n: ProfileNode): string {
  const url = n.callFrame.url;
  if (!url) return n.callFrame.functionName ? `(${n.callFrame.functionName})` : '(native)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return `npm: ${pkg[1]}`;
  const app = url.match(/\/src\/([^/]+)/);
  if (app) return `app: src/${app[1]}`;
  return url.startsWith('node:') ? 'node' : url;
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const groups = new Map<string, number>();
for (const [id, us] of self) groups.set(place(byId.get(id)!), (groups.get(place(byId.get(id)!)) ?? 0) + us);
console.log(`self time over ${(total / 1e6).toFixed(1)} s of profile:`);
for (const [where, us] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${where}`);

// The heaviest functions of the three biggest places, to say what in them costs.
const top = [...groups].sort((a, b) => b[1] - a[1]).filter(([w]) => !w.startsWith('(')).slice(0, 3).map(([w]) => w);
for (const where of top) {
  const fns = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    if (place(n) !== where) continue;
    const name = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(root, '')}`;
    fns.set(name, (fns.get(name) ?? 0) + us);
  }
  console.log(`in ${where}:`);
  for (const [fn, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%    ${fn}`);
}
