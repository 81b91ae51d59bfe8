#!/usr/bin/env node
// Stress test of the CLI (issue 15; not part of `npm test`): N consecutive runs of `reportlint check`, then C
// rounds of M concurrent runs, each a fresh process through bin/reportlint.js exactly as a user starts it. A run
// fails when it ends on a signal (a crash: segmentation fault, abort) or with an exit code other than the expected
// ones (0: every item reported, 1: items missing). Prints a summary; exits 1 when any run failed.
//
//   node scripts/stress.mjs [--runs 2000] [--rounds 4] [--concurrent 300] [--file <manuscript>] [--args "..."]
//
// The defaults are the issue's sizes (2,000 consecutive, 4 × 300 concurrent); on a small machine that takes a long
// time: run it under `nice`, or pass smaller sizes. Each concurrent run holds two Node processes (the launcher and
// the check; ~40 and ~70 MB resident at their peaks), but runs started together do not all peak together: 4 rounds of
// 300 on the 24 GB machine never took more than ~5 GB (docs/performance.md). Watch the memory. Ctrl-C or a kill
// prints the summary of the runs finished so far (exit 3 when none failed). `--file` defaults to the example.
// Outside CI a check goes to this build's warm daemon (README, "Repeated checks: the daemon"), started by the first
// run: `--args "--format json --no-daemon"` (or REPORTLINT_DAEMON=0) stresses the route without it. The summary says
// which route the runs took.
// Exit codes: 0 every run as expected, 1 some run failed, 2 bad options, 3 stopped early without a failure.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism, constants, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const opts = { runs: 2000, rounds: 4, concurrent: 300, file: join(root, 'examples/spine-mri-study.md'), args: '--format json', expect: '0,1' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const key = argv[i].replace(/^--/, '');
  if (!(key in opts) || argv[i + 1] === undefined) {
    process.stderr.write(`stress: unknown option or missing value: ${argv[i]}\nusage: node scripts/stress.mjs [--runs N] [--rounds C] [--concurrent M] [--file F] [--args "..."] [--expect 0,1]\n`);
    process.exit(2);
  }
  const v = argv[++i];
  opts[key] = typeof opts[key] === 'number' ? Number(v) : v;
}
const expected = new Set(opts.expect.split(',').map(Number));
const bin = join(root, 'bin/reportlint.js');
const cliArgs = [bin, 'check', opts.file, ...opts.args.split(' ').filter(Boolean)];

/** One CLI run: its exit code or signal, wall time, and the first line of stderr. */
function runOnce() {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, cliArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      if (err.length < 2000) err += d;
    });
    child.on('error', (e) => resolve({ code: null, signal: null, error: e.message, ms: performance.now() - t0, err }));
    child.on('close', (code, signal) => resolve({ code, signal, ms: performance.now() - t0, err }));
  });
}

const results = { consecutive: [], concurrent: [] };
const failures = [];
function record(phase, r, n) {
  results[phase].push(r);
  // bin/reportlint.js reports a child that died on a signal as 128 + its number, as a shell does
  const ok = r.signal === null && !r.error && expected.has(r.code);
  if (!ok) failures.push({ phase, n, ...r, err: r.err.split('\n').filter(Boolean).slice(0, 3).join(' | ') });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const p = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const started = Date.now();
const progress = (msg) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${msg}\n`);

// stopped early (Ctrl-C, kill): summarise the runs that finished
let stopped = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopped = true;
    summary(`stopped by ${sig}: partial`);
    process.exit(failures.length ? 1 : 3);
  });
}

progress(`${opts.runs} consecutive runs of: node ${cliArgs.map((a) => a.replace(root + '/', '')).join(' ')}`);
for (let i = 0; i < opts.runs && !stopped; i++) {
  record('consecutive', await runOnce(), i);
  if ((i + 1) % 100 === 0) progress(`consecutive ${i + 1}/${opts.runs}, failures so far ${failures.length}`);
}
for (let round = 0; round < opts.rounds; round++) {
  progress(`concurrent round ${round + 1}/${opts.rounds}: ${opts.concurrent} processes at once`);
  const rs = await Promise.all(Array.from({ length: opts.concurrent }, () => runOnce()));
  rs.forEach((r, i) => record('concurrent', r, round * opts.concurrent + i));
}

summary('complete');
process.exitCode = failures.length ? 1 : 0;

function summary(state) {
const signalName = (code) => Object.entries(constants.signals).find(([, n]) => n === code - 128)?.[0];
console.log(`reportlint stress (${state}): ${new Date().toISOString()}, Node ${process.version}, ${availableParallelism()} cores, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const mode = createRequire(import.meta.url)('../bin/daemon-client.js').daemonMode(cliArgs.slice(1));
console.log(`route: ${mode ? `the warm daemon (${mode}; bin/daemon-client.js)` : 'a Node process per check (launcher and check)'}`);
console.log(`file ${opts.file.replace(root + '/', '')}, expected exit codes ${[...expected].join(',')}, total ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const [phase, rs] of Object.entries(results)) {
  if (!rs.length) continue;
  const codes = {};
  for (const r of rs) {
    const k = r.signal ? `signal ${r.signal}` : r.error ? 'spawn error' : `exit ${r.code}`;
    codes[k] = (codes[k] ?? 0) + 1;
  }
  const walls = rs.map((r) => r.ms);
  const size = phase === 'consecutive' ? `${rs.length}` : `${rs.length / opts.concurrent}×${opts.concurrent}`;
  console.log(`${phase} ${size}: ${Object.entries(codes).map(([k, n]) => `${k}: ${n}`).join(', ')}; wall median ${median(walls).toFixed(0)} ms, p90 ${p(walls, 0.9).toFixed(0)} ms, max ${Math.max(...walls).toFixed(0)} ms`);
}
console.log(`failures: ${failures.length}`);
for (const f of failures.slice(0, 20)) {
  const sig = f.signal ?? (f.code > 128 ? signalName(f.code) : undefined);
  console.log(`  ${f.phase} #${f.n}: ${f.signal ? `signal ${f.signal}` : f.error ? `spawn error ${f.error}` : `exit ${f.code}`}${sig && !f.signal ? ` (child ended on ${sig})` : ''} — ${f.err}`);
}
}
