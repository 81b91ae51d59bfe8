/**
 * Start-up benchmark (`npm run bench`, and alone: `node dist/bench/startup.js [--runs N] [--bin launcher]… [file]`):
 * the wall time of `reportlint check <one ~50 KB Markdown file> --format json` through bin/reportlint.js, as a
 * ratio to a bare `node -e ''`, runs interleaved (A, B, A, B…) so that a change in the machine's load hits both
 * alike; medians. Also the CPU time of the process tree (user + system, Linux only: read from /proc/self/stat's
 * figures for waited-for children, 10 ms resolution), which load inflates less than wall time.
 *
 * The file is the corpus Markdown document closest to 50 KB (../shared/corpus, or REPORTLINT_CORPUS), else the
 * example manuscript repeated to 50 KB. Several `--bin` launchers (e.g. a copy of an older build) are timed in the
 * same interleaved rounds, for before/after comparisons; without `--bin`, the same check in one Node process that
 * has the regexp flags on its command line is timed too (what the launcher's second start costs), and the route a
 * check takes by default outside CI: through this build's warm daemon (its CPU counted with the client's), and the
 * first check, which starts that daemon. Target (issue 15; not asserted): ≤ 4× `node -e ''`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DETECTING_FLAGS, SINGLE_FILE_FLAGS } from './flags.js';

// the variables that tell a CI job (bin/daemon-client.js)
const { CI_VARIABLES } = createRequire(import.meta.url)('../../bin/daemon-client.js') as { CI_VARIABLES: string[] };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusRoot = process.env.REPORTLINT_CORPUS ?? resolve(root, '../shared/corpus');
const TARGET = 50 * 1024;

/** The corpus Markdown document whose size is closest to 50 KB (by name on ties), or a generated one. */
export function fiftyKbMarkdown(): string {
  let best: { file: string; d: number } | undefined;
  if (existsSync(corpusRoot)) {
    for (const c of readdirSync(corpusRoot).sort()) {
      const dir = join(corpusRoot, c, 'docs');
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).sort()) {
        if (!f.endsWith('.md')) continue;
        const file = join(dir, f);
        const d = Math.abs(statSync(file).size - TARGET);
        if (!best || d < best.d) best = { file, d };
      }
    }
  }
  if (best) return best.file;
  const example = readFileSync(join(root, 'examples/spine-mri-study.md'), 'utf8');
  const file = join(mkdtempSync(join(tmpdir(), 'reportlint-startup-')), 'fifty-kb.md');
  writeFileSync(file, example.repeat(Math.ceil(TARGET / example.length)).slice(0, TARGET));
  return file;
}

/** CPU time (ms) of this process's waited-for children so far, or NaN where /proc is not available. */
function childrenCpuMs(): number {
  try {
    // fields after the command name (which may hold spaces, so split after its closing parenthesis)
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime are fields 16 and 17 of the whole line: 14 and 15 here
    return ((Number(f[13]) + Number(f[14])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** CPU time (ms) of another process so far (Linux), or NaN. */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 here
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** CPU time (ms) of a process once it has stopped using any (a daemon's warm-up done), or NaN */
function settledCpuMs(pid: number): number {
  let last = processCpuMs(pid);
  for (let i = 0; i < 100; i++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    const now = processCpuMs(pid);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** The environment of a developer's machine (no CI variable, REPORTLINT_DAEMON unset) with sockets in `dir` */
function outsideCi(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, REPORTLINT_DAEMON_DIR: dir };
  for (const k of ['REPORTLINT_DAEMON', ...CI_VARIABLES]) delete env[k];
  return env;
}

/** The pid of the daemon listening in `env`'s socket folder, or undefined */
function daemonPid(env: NodeJS.ProcessEnv): number | undefined {
  const r = spawnSync(process.execPath, [join(root, 'bin/reportlint.js'), 'daemon', 'status'], { env, encoding: 'utf8' });
  const pid = Number(/pid (\d+)/.exec(r.stdout)?.[1]);
  return pid > 0 ? pid : undefined;
}

/** Start a daemon in a folder of its own: its pid and the environment of checks that use it, or undefined. */
function startDaemon(): { pid: number; env: NodeJS.ProcessEnv; dir: string } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-bench-daemon-'));
  const env = outsideCi(dir);
  spawnSync(process.execPath, [join(root, 'bin/reportlint.js'), 'daemon', 'start'], { env, encoding: 'utf8' });
  const pid = daemonPid(env);
  return pid ? { pid, env, dir } : undefined;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
}

interface Variant {
  label: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** the pid of a daemon whose CPU time counts as this variant's too */
  daemon?: number;
  /** a first check: each run in a socket folder of its own, so that it starts a daemon (whose CPU time counts) */
  first?: boolean;
  wall: number[];
  cpu: number[];
  codes: Set<string>;
}

export function startupBenchmark(opts: { runs?: number; bins?: string[]; file?: string } = {}): void {
  const runs = opts.runs ?? 11;
  const file = opts.file ?? fiftyKbMarkdown();
  const bins = opts.bins?.length ? opts.bins : [join(root, 'bin/reportlint.js')];
  const variants: Variant[] = [
    { label: "node -e ''", args: ['-e', ''], wall: [], cpu: [], codes: new Set() },
    ...bins.map((b) => ({ label: b === join(root, 'bin/reportlint.js') ? 'reportlint check without the daemon (on CI, or REPORTLINT_DAEMON=0)' : `reportlint check (${b})`, args: [b, 'check', file, '--format', 'json'], wall: [], cpu: [], codes: new Set<string>() })),
    // what the launcher's second Node start costs: the same check in one process that has the flags already
    // (as `node <DETECTING_FLAGS> <SINGLE_FILE_FLAGS> bin/reportlint.js check …` runs; bin/flags.js)
    ...(opts.bins?.length
      ? []
      : [{ label: 'one process, flags on its command line', args: [...DETECTING_FLAGS, ...SINGLE_FILE_FLAGS, join(root, 'dist/bundle/main.js'), 'check', file, '--format', 'json'], wall: [], cpu: [], codes: new Set<string>() }]),
  ];
  // the default route on a developer's machine (docs/performance.md, "The daemon by default outside CI"): a warm
  // daemon in a folder of its own, started before the rounds (its start-up is not timed) and stopped after them; and
  // a first check, which starts the daemon, in a new folder at every run (the daemon it started is stopped untimed,
  // once its warm-up is done: its CPU time counts)
  const daemon = opts.bins?.length ? undefined : startDaemon();
  if (daemon) {
    variants.push({ label: 'reportlint check, default outside CI: the warm daemon (CPU: client + daemon)', args: [join(root, 'bin/reportlint.js'), 'check', file, '--format', 'json'], env: daemon.env, daemon: daemon.pid, wall: [], cpu: [], codes: new Set() });
    variants.push({ label: 'the first check, which starts the daemon (CPU: client + the daemon\'s start and warm-up)', args: [join(root, 'bin/reportlint.js'), 'check', file, '--format', 'json'], first: true, wall: [], cpu: [], codes: new Set() });
  }
  for (let i = 0; i < runs; i++) {
    // alternate the order, so neither variant always runs right after the other
    for (const v of i % 2 ? [...variants].reverse() : variants) {
      const fresh = v.first ? mkdtempSync(join(tmpdir(), 'reportlint-bench-first-')) : undefined;
      const c0 = childrenCpuMs() + (v.daemon ? processCpuMs(v.daemon) : 0);
      const t0 = performance.now();
      // the other routes never go to a daemon the user may have running
      const r = spawnSync(process.execPath, v.args, { stdio: 'ignore', env: fresh ? outsideCi(fresh) : (v.env ?? { ...process.env, REPORTLINT_DAEMON: '0' }) });
      v.wall.push(performance.now() - t0);
      // the daemon is spawned as the check exits: wait until it answers (its start lock is gone), up to 10 s
      let started = fresh ? daemonPid(outsideCi(fresh)) : undefined;
      for (let w = 0; fresh && !started && w < 100; w++) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        started = daemonPid(outsideCi(fresh));
      }
      v.cpu.push(childrenCpuMs() + (v.daemon ? processCpuMs(v.daemon) : 0) + (started ? settledCpuMs(started) : 0) - c0);
      v.codes.add(r.signal ? `signal ${r.signal}` : `exit ${r.status}`);
      if (fresh) {
        spawnSync(process.execPath, [join(root, 'bin/reportlint.js'), 'daemon', 'stop'], { env: outsideCi(fresh), stdio: 'ignore' });
        rmSync(fresh, { recursive: true, force: true });
      }
    }
  }
  if (daemon) {
    spawnSync(process.execPath, [join(root, 'bin/reportlint.js'), 'daemon', 'stop'], { env: daemon.env, stdio: 'ignore' });
    rmSync(daemon.dir, { recursive: true, force: true });
  }
  const base = variants[0]!;
  console.log(`start-up, ${runs} interleaved runs each, medians; file ${file.replace(`${corpusRoot}/`, '')} (${(statSync(file).size / 1024).toFixed(0)} KB)`);
  for (const v of variants) {
    const ratio = v === base ? '' : `  = ${(median(v.wall) / median(base.wall)).toFixed(2)}× wall, ${(median(v.cpu) / median(base.cpu)).toFixed(2)}× CPU (target ≤ 4× wall)`;
    console.log(`  ${v.label}: wall ${median(v.wall).toFixed(0)} ms, CPU ${median(v.cpu).toFixed(0)} ms [${[...v.codes].join(', ')}]${ratio}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const bins: string[] = [];
  let runs: number | undefined;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Number(args[++i]);
    else if (args[i] === '--bin') bins.push(resolve(args[++i]!));
    else file = args[i];
  }
  startupBenchmark({ runs, bins, ...(file ? { file } : {}) });
}
