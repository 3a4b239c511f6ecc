// Headless Chromium for the browser tests and scripts/screenshot.ts, with no system package: the
// self-contained build that npm installs (@sparticuz/chromium), unpacked once per version into a
// folder of this user's own. CHROMIUM_PATH=/usr/bin/chromium (say) runs another one instead.
// See docs/decisions/test-tooling-without-system-programs.md.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const require = createRequire(import.meta.url);

/** @sparticuz/chromium by default, or the browser at CHROMIUM_PATH; nothing is downloaded. */
export async function launchBrowser(): Promise<Browser> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return chromium.launch({ executablePath: chosen, args: ARGS, headless: true });
  const { executablePath, env } = unpackedSparticuz();
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return chromium.launch({ executablePath, args: [...sparticuz.args, ...ARGS], env, headless: true });
}

/** A cached unpacking is ours to run: a real folder, owned by this user, writable by no one else, complete. */
function trustworthy(dir: string): boolean {
  try {
    const st = lstatSync(dir);
    const me = process.getuid?.() ?? st.uid;
    return st.isDirectory() && st.uid === me && (st.mode & 0o022) === 0 && existsSync(join(dir, '.complete'));
  } catch {
    return false;
  }
}

function packageDir(name: string): string | null {
  try {
    let dir = dirname(require.resolve(name));
    while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
    return dir;
  } catch {
    return null;
  }
}

/**
 * The package's archives unpacked into `<tmp>/undersigned-chromium-<version>-<uid>`: the browser,
 * its SwiftShader libraries and fonts, and the NSS libraries it links to (its Amazon Linux set,
 * which a bare Debian lacks). The package itself unpacks into a fixed /tmp/chromium that another
 * user may already own, so it does so here in a child process whose TMPDIR is our staging folder,
 * renamed into place when complete.
 */
function unpackedSparticuz(): { executablePath: string; env: Record<string, string> } {
  const pkg = packageDir('@sparticuz/chromium');
  if (!pkg) throw new Error('@sparticuz/chromium is not installed: run npm install, or set CHROMIUM_PATH to a Chromium executable');
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
  const dir = join(tmpdir(), `undersigned-chromium-${version}-${process.getuid?.() ?? 'user'}`);
  if (!trustworthy(dir)) {
    const staging = mkdtempSync(`${dir}.tmp-`);
    try {
      const entry = pathToFileURL(require.resolve('@sparticuz/chromium')).href;
      const unpack = `
        const { default: chromium, inflate } = await import(${JSON.stringify(entry)});
        await chromium.executablePath();
        await inflate(${JSON.stringify(join(pkg, 'bin', 'al2023.tar.br'))});
      `;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', unpack], { env: { ...process.env, TMPDIR: staging }, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`could not unpack @sparticuz/chromium into ${staging}: ${run.stderr.trim().split('\n').pop()}`);
      const fontDirs = [join(dir, 'fonts'), packageDir('@expo-google-fonts/noto-sans'), packageDir('@expo-google-fonts/noto-sans-arabic'), '/usr/share/fonts', '/usr/local/share/fonts'];
      writeFileSync(
        join(staging, 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${fontDirs
          .filter(Boolean)
          .map((d) => `  <dir>${d}</dir>\n`)
          .join('')}  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
      );
      writeFileSync(join(staging, '.complete'), `${version}\n`);
      try {
        renameSync(staging, dir);
      } catch {
        // A parallel run may have put its copy there first; anything else there is replaced.
        if (!trustworthy(dir)) {
          rmSync(dir, { recursive: true, force: true });
          renameSync(staging, dir);
        }
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.FONTCONFIG_FILE = join(dir, 'fonts.conf');
  // The bundled NSS needs glibc 2.34 or later; on an older system, the system's own NSS serves.
  const glibc = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime;
  const [major = 0, minor = 0] = (glibc ?? '0.0').split('.').map(Number);
  if (major > 2 || (major === 2 && minor >= 34)) env.LD_LIBRARY_PATH = [join(dir, 'al2023', 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return { executablePath: join(dir, 'chromium'), env };
}
