// The client side of `reportlint daemon` (docs/performance.md, "A warm daemon for repeated single checks"): with
// REPORTLINT_DAEMON=1 in the environment, the launcher hands a `check` to a long-lived reportlint process of the same
// build instead of starting a second Node process that must load the CLI and compile its patterns from cold. The
// daemon runs the same CLI code with this process's arguments, working directory, environment and terminal facts,
// and sends back what it wrote to stdout and stderr and the exit code, so the output is the same byte for byte.
//
// Like eslint_d and prettierd, the daemon is opt-in and local: it listens on a Unix socket in a directory only this
// user can enter (a named pipe on Windows), one socket per build (package files, Node version), so an upgrade never
// talks to an old daemon; it ends after 15 idle minutes (`daemon start --idle <minutes>`). CommonJS like the launcher:
// it runs before, and usually instead of, loading the CLI bundle.
'use strict';
const { spawn } = require('node:child_process');
const { existsSync, lstatSync, mkdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const os = require('node:os');
const { DETECTING_FLAGS } = require('./flags.js');

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

/**
 * Start a daemon for this build in the background (detached: it outlives this process) and wait until it answers;
 * its state, or undefined when it did not come up within `waitMs`. `warm`: it checks a bundled example first (for
 * `daemon start`; a check that starts a daemon is its first check instead, so that it does not wait for another).
 */
async function start(path, idleMinutes = 15, warm = false, waitMs = 15000) {
  const serve = ['daemon', 'serve', '--socket', path, '--idle', String(idleMinutes), ...(warm ? ['--warm'] : [])];
  const child = spawn(process.execPath, [...DETECTING_FLAGS, MAIN, ...serve], {
    detached: true,
    stdio: 'ignore',
    cwd: join(__dirname, '..'),
    windowsHide: true,
  });
  child.unref();
  const until = Date.now() + waitMs;
  for (let wait = 10; Date.now() < until; wait = Math.min(wait * 2, 50)) {
    await sleep(wait);
    const state = await ping(path);
    if (state) return state;
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
  const path = socketPath(mode === 'start');
  if (!path) return undefined;
  if (!(await ping(path)) && (mode !== 'start' || !(await start(path)))) return undefined;
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
  process.stderr.write('reportlint: the daemon stopped during the check (run without REPORTLINT_DAEMON to check in this process)\n');
  return 2;
}

/**
 * Does this command line go to a daemon? Only a `check` that is not a help request: 'start' with REPORTLINT_DAEMON
 * set (a daemon is started when none runs), 'use' without it when this build's daemon has a socket (one started by
 * `reportlint daemon start`), else false; REPORTLINT_DAEMON=0 (or false) never.
 */
function daemonMode(args, env = process.env) {
  const v = env.REPORTLINT_DAEMON;
  if (v === '0' || v === 'false') return false;
  if (args.find((a) => !a.startsWith('-')) !== 'check') return false;
  if (args.some((a) => a === '--help' || a === '-h')) return false;
  if (v) return 'start';
  if (process.platform === 'win32') return false;
  try {
    const path = socketPath(false, env);
    return path && existsSync(path) ? 'use' : false;
  } catch {
    return false;
  }
}

module.exports = { buildId, daemonMode, ping, socketPath, start, stop, viaDaemon };
