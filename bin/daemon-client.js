// The client side of `reportlint daemon` (docs/performance.md, "A warm daemon for repeated single checks"; README,
// "Repeated checks: the daemon"): the launcher hands a `check` to a long-lived reportlint process of the same build
// instead of starting a second Node process that must load the CLI and compile its patterns from cold. The daemon
// runs the same CLI code with this process's arguments, working directory, environment and terminal facts, and sends
// back what it wrote to stdout and stderr and the exit code, so the output is the same byte for byte.
//
// On a developer's machine a check starts the daemon when none runs, as Nx does with its daemon and Gradle and Bazel
// with their servers; on CI (onCi), on Windows, with REPORTLINT_DAEMON=0 or `--no-daemon`, a check runs in its own
// process unless a daemon was started by hand (daemonMode). The daemon is local: it listens on a Unix socket in a
// directory only this user can enter, one socket per build (package files, Node version), so an upgrade never talks
// to an old daemon; it ends after 15 idle minutes (`daemon start --idle <minutes>`). CommonJS like the launcher: it
// runs before, and usually instead of, loading the CLI bundle.
'use strict';
const { spawn } = require('node:child_process');
const { accessSync, closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, rmSync, statSync } = require('node:fs');
const { join } = require('node:path');
const os = require('node:os');
const { DETECTING_FLAGS, singleFileCheck } = require('./flags.js');

const MAIN = join(__dirname, '../dist/bundle/main.js');
const PROTOCOL = 1;

/** FNV-1a of a string, as 8 hex digits */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** What a daemon must share with its clients: the built CLI (path, size, time) and the Node binary. */
function buildId() {
  const st = statSync(MAIN);
  return hash(`${PROTOCOL}:${MAIN}:${st.size}:${st.mtimeMs}:${process.execPath}:${process.version}`);
}

/**
 * The folder of this user's sockets: REPORTLINT_DAEMON_DIR, else reportlint-<uid> in XDG_RUNTIME_DIR or the temporary
 * folder, created private (0700) when `create`. A folder that another user owns or others can write to is refused
 * (undefined), and so is a missing one unless created: the launcher then checks without the daemon.
 */
function socketDir(create, env) {
  const base = env.REPORTLINT_DAEMON_DIR || join(env.XDG_RUNTIME_DIR || os.tmpdir(), `reportlint-${process.getuid ? process.getuid() : os.userInfo().username}`);
  try {
    if (create) mkdirSync(base, { recursive: true, mode: 0o700 });
    const st = lstatSync(base);
    if (!st.isDirectory()) return undefined;
    if (process.getuid && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return undefined;
    accessSync(base, constants.W_OK); // a socket, a start lock and a failure mark are made there
    return base;
  } catch {
    return undefined;
  }
}

/** The socket (or Windows pipe) of this build's daemon, or undefined when no safe place exists (`create`: make it). */
function socketPath(create = true, env = process.env) {
  const id = buildId();
  if (process.platform === 'win32') return `\\\\.\\pipe\\reportlint-${os.userInfo().username}-${id}`;
  const dir = socketDir(create, env);
  return dir && join(dir, `${id}.sock`);
}

/**
 * Send one request and collect the answer: `onMessage` sees every message (a line of JSON); resolves when the
 * daemon closes the connection. Rejects when no daemon listens there.
 */
function request(path, body, onMessage) {
  return new Promise((resolve, reject) => {
    const sock = require('node:net').createConnection(path);
    // the daemon's answer is lines of JSON, some as long as a whole report: look for line ends in new data only
    let parts = [];
    let connected = false;
    sock.setEncoding('utf8');
    sock.on('connect', () => {
      connected = true;
      sock.write(`${JSON.stringify(body)}\n`);
    });
    sock.on('data', (d) => {
      let from = 0;
      let nl;
      while ((nl = d.indexOf('\n', from)) >= 0) {
        parts.push(d.slice(from, nl));
        const line = parts.join('');
        parts = [];
        if (line) onMessage(JSON.parse(line));
        from = nl + 1;
      }
      if (from < d.length) parts.push(d.slice(from));
    });
    sock.on('error', (e) => (connected ? resolve() : reject(e)));
    sock.on('close', () => resolve());
  });
}

/** The daemon's state ({ pid, build, served, startedAt, rssMb }), or undefined when none answers. */
async function ping(path) {
  let state;
  try {
    await request(path, { ping: true }, (m) => (state = m));
  } catch {
    return undefined;
  }
  return state;
}

/** Ask the daemon to end; true when one answered. */
async function stop(path) {
  let answered = false;
  try {
    await request(path, { stop: true }, () => (answered = true));
  } catch {
    return false;
  }
  return answered;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Spawn this build's daemon, detached (it outlives this process) and silent; the child process. */
function spawnDaemon(path, idleMinutes, warm) {
  const serve = ['daemon', 'serve', '--socket', path, '--idle', String(idleMinutes), ...(warm ? ['--warm'] : [])];
  const child = spawn(process.execPath, [...DETECTING_FLAGS, MAIN, ...serve], {
    detached: true,
    stdio: 'ignore',
    cwd: join(__dirname, '..'),
    windowsHide: true,
  });
  child.unref();
  return child;
}

/**
 * Start a daemon for this build in the background and wait until it answers; its state, or undefined when it did not
 * come up within `waitMs` or ended first (it could not listen, say: it then leaves a mark, failedRecently). `warm`: it
 * checks a bundled example first (for `daemon start`; a check that starts a daemon is its first check instead, so
 * that it does not wait for another).
 */
async function start(path, idleMinutes = 15, warm = false, waitMs = 15000) {
  const child = spawnDaemon(path, idleMinutes, warm);
  let ended = false;
  child.on('exit', () => (ended = true));
  child.on('error', () => (ended = true));
  const until = Date.now() + waitMs;
  for (let wait = 10; Date.now() < until; wait = Math.min(wait * 2, 50)) {
    await sleep(wait);
    const state = await ping(path);
    if (state) return state;
    // it ended without listening: another client's daemon may have won the socket
    if (ended) return ping(path);
  }
  return undefined;
}

/**
 * Outside CI, a check that finds no daemon starts one in the background, warm, for the checks after it, and checks
 * in its own process: the daemon is spawned as this process exits, so the first check costs what a check without
 * the daemon costs. A start lock next to the socket (exclusive create; the daemon removes it once it listens) keeps
 * checks started together from starting one daemon each; a lock older than LOCK_STALE_MS (a daemon that never came
 * up) is taken over, so a failed start is tried again at most that often.
 */
async function startInBackground(path) {
  const lock = `${path}.lock`;
  if (takeLock(lock) !== 'taken') return;
  // a daemon that came up between this check's ping and the lock has removed the lock before this took it
  if (await ping(path)) rmSync(lock, { force: true });
  // started when this process ends, so that its warm-up does not compete with this check for the CPU
  else process.once('exit', () => spawnDaemon(path, 15, true).on('error', () => undefined));
}

/**
 * Take the start lock (an exclusive create; one older than LOCK_STALE_MS, left by a daemon that never came up, is
 * taken over): 'taken', 'held' (another client is starting the daemon), or 'none' (no lock can be made there).
 */
function takeLock(lock) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      closeSync(openSync(lock, 'wx', 0o600));
      return 'taken';
    } catch (e) {
      if (e.code !== 'EEXIST') return 'none';
    }
    try {
      if (Date.now() - statSync(lock).mtimeMs <= LOCK_STALE_MS) return 'held';
      rmSync(lock, { force: true });
    } catch {
      /* released meanwhile: try to take it */
    }
  }
  return 'held';
}

/** How long a failed automatic start keeps automatic starts off, and how old a start lock may be before it is stale */
const FAILED_PAUSE_MS = 10 * 60_000;
const LOCK_STALE_MS = 30_000;

/** Did a daemon of this build fail to start in the last minutes? (then a check does not wait for another one) */
function failedRecently(path) {
  try {
    return Date.now() - statSync(`${path}.failed`).mtimeMs < FAILED_PAUSE_MS;
  } catch {
    return false;
  }
}

/**
 * Start this build's daemon and wait for it, unless another client is starting it (the start lock): then wait for
 * that one. Many checks started at once with REPORTLINT_DAEMON=1 so start one daemon, not one each.
 */
async function startOnce(path, waitMs = 15000) {
  const lock = `${path}.lock`;
  const got = takeLock(lock);
  if (got === 'none') return start(path, 15, false, waitMs);
  if (got === 'taken') {
    try {
      return await start(path, 15, false, waitMs);
    } finally {
      rmSync(lock, { force: true });
    }
  }
  // another client is starting it: wait for it, as long as that client would
  const until = Date.now() + waitMs;
  for (let wait = 10; Date.now() < until; wait = Math.min(wait * 2, 100)) {
    await sleep(wait);
    const state = await ping(path);
    if (state) return state;
    if (!existsSync(lock)) return ping(path);
  }
  return undefined;
}

/** All of standard input, as the CLI would read it (not called on a terminal). */
async function readAll(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

/**
 * Run a command line in the daemon (starting one when none runs): its exit code once its output is written, or
 * undefined when no daemon could take it and nothing was read or written (the caller then runs it itself).
 * Standard input (`check -`) is read only once a daemon answers, and sent with the request.
 */
async function viaDaemon(args, mode = 'start') {
  const path = socketPath(mode !== 'use');
  if (!path) return undefined;
  if (!(await ping(path))) {
    if (mode === 'auto' && !failedRecently(path)) await startInBackground(path);
    if (mode !== 'start' || !(await startOnce(path))) return undefined;
  }
  const readsStdin = args.includes('-');
  const stdinTTY = readsStdin && Boolean(process.stdin.isTTY);
  const body = {
    v: PROTOCOL,
    argv: args,
    cwd: process.cwd(),
    env: process.env,
    stdoutTTY: Boolean(process.stdout.isTTY),
    stderrTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    ...(readsStdin ? { stdinTTY, ...(stdinTTY ? {} : { stdin: (await readAll(process.stdin)).toString('base64') }) } : {}),
  };
  // `reportlint check … | head` closes the pipe early: end quietly, as the CLI does (src/cli/main.ts)
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  let code;
  let wrote = false;
  const onMessage = (m) => {
    if (m.o !== undefined) process.stdout.write(m.o);
    else if (m.ob !== undefined) process.stdout.write(Buffer.from(m.ob, 'base64'));
    else if (m.e !== undefined) process.stderr.write(m.e);
    else if (m.code !== undefined) code = m.code;
    if (m.code === undefined) wrote = true;
  };
  try {
    await request(path, body, onMessage);
  } catch {
    // the daemon went away between its answer and the request: check here, unless standard input was used up
    if (!readsStdin || stdinTTY) return undefined;
  }
  if (code !== undefined) return code;
  if (!wrote && (!readsStdin || stdinTTY)) return undefined;
  process.stderr.write('reportlint: the daemon stopped during the check (REPORTLINT_DAEMON=0 or --no-daemon checks in this process)\n');
  return 2;
}

/**
 * Is this a CI job? `CI` set to anything but '', 0 or false (GitHub Actions, GitLab, CircleCI, Travis, Buildkite and
 * most others set it), or a variable only some CI services set.
 */
function onCi(env) {
  const ci = env.CI;
  if (ci !== undefined && ci !== '') return ci !== '0' && ci.toLowerCase() !== 'false';
  return CI_VARIABLES.some((k) => k !== 'CI' && Boolean(env[k]));
}
const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS', 'GITLAB_CI', 'JENKINS_URL', 'TEAMCITY_VERSION', 'TF_BUILD', 'CODEBUILD_BUILD_ID', 'BUILDKITE', 'CIRCLECI', 'TRAVIS'];

/**
 * Does this command line go to a daemon? Only a `check` that is neither a help request nor given `--no-daemon`:
 * - REPORTLINT_DAEMON=0 (or false): never;
 * - REPORTLINT_DAEMON set otherwise: 'start' (a daemon is started when none runs);
 * - unset, a check of one file (or standard input) on a developer's machine: 'auto', a daemon is started in the
 *   background when none runs (unless one failed to start in the last 10 minutes) and this check runs in its own
 *   process;
 * - unset otherwise (a batch, CI, Windows): 'use' when this build's daemon has a socket (one started by `reportlint
 *   daemon start`, or by an earlier check), else false, so a CI job leaves nothing running behind it.
 */
function daemonMode(args, env = process.env) {
  const v = env.REPORTLINT_DAEMON;
  if (v === '0' || v === 'false') return false;
  if (args.find((a) => !a.startsWith('-')) !== 'check') return false;
  if (args.some((a) => a === '--help' || a === '-h' || a === '--no-daemon')) return false;
  if (v) return 'start';
  if (process.platform === 'win32') return false;
  // a batch (several files, a folder, a glob) starts none: it runs in one process anyway, where Ctrl-C stops it
  if (!onCi(env) && singleFileCheck(args)) return 'auto';
  try {
    const path = socketPath(false, env);
    return path && existsSync(path) ? 'use' : false;
  } catch {
    return false;
  }
}

module.exports = { CI_VARIABLES, buildId, daemonMode, ping, socketPath, start, stop, viaDaemon };
