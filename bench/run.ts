// `npm run bench`: every measurement, each beside its baseline from the same run on this machine.
// Figures go into BENCHMARKS.md by hand, with the date and machine. Machines here are noisy:
// read medians and ratios, not single runs.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
const benches: [string, string[]][] = [
  ['http', ['--import', 'tsx', 'bench/http.ts']],
  ['documents', ['--import', 'tsx', 'bench/documents.ts']],
  ['dedupe-quality', ['--import', 'tsx', 'bench/dedupe-quality.ts']],
  ['dedupe-speed', ['--import', 'tsx', 'bench/dedupe-speed.ts']],
  ['registry-lookup', ['--import', 'tsx', 'bench/registry-lookup.ts']],
];

console.log(`Undersigned benchmarks — ${new Date().toISOString()}`);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
let failed = 0;
for (const [name, args] of benches) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`${name} failed (exit ${r.status})`);
  }
}
process.exitCode = failed ? 1 : 0;
