// `npm test`: starts what the suite needs (a throwaway PostgreSQL), runs every *.test.ts with
// Node's test runner through tsx, then stops it. Pass file paths to run only those.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresStartError, startPostgres } from './postgres.mjs';

function findTests(dir) {
  let out = [];
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(findTests(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const files = args.length ? args : ['src', 'test', 'e2e'].flatMap(findTests).sort();
const env = { ...process.env };
let pg = null;
if (!env.TEST_PG_URL) {
  const started = Date.now();
  try {
    pg = await startPostgres();
  } catch (error) {
    // One line that says why and what to do, not a stack trace.
    const why = error instanceof PostgresStartError ? error.message : `${String(error?.message ?? error).split('\n')[0]}; to use an existing server instead, set TEST_PG_URL=postgres://user:password@host:5432/postgres`;
    process.stderr.write(`npm test: PostgreSQL for the tests could not start: ${why}\n`);
    process.exit(1);
  }
  env.TEST_PG_URL = pg.url;
  process.stderr.write(`PostgreSQL for tests on ${pg.url.replace(/:[^:@]*@/, ':***@')} (${Date.now() - started} ms)\n`);
}

const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env });
const stop = async () => {
  if (pg) await pg.stop();
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', async (code, signal) => {
  await stop();
  process.exit(code ?? (signal ? 1 : 0));
});
