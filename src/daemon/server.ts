/**
 * `reportlint daemon serve`: a long-lived process that runs `check` command lines for bin/daemon-client.js (see
 * there and docs/performance.md, "A warm daemon for repeated single checks"). Its patterns stay compiled and its code
 * warm, so a repeated single check costs a Node start (the client) and a warm check instead of two Node starts and
 * a cold check.
 *
 * Each request is run as the CLI would run it in the client's place: the client's arguments, working directory,
 * environment and terminal facts (stdout/stderr a terminal or not, its width) are put in place for the time of the
 * run, and what the CLI writes to stdout and stderr goes back to the client, then the exit code. Requests run one at
 * a time (these settings are the process's), in the order they came; limits set by one request's flags or
 * configuration are reset before the next.
 *
 * Protocol: one line of JSON per message. Client → daemon: `{ v, argv, cwd, env, stdoutTTY, stderrTTY, columns,
 * stdin?, stdinTTY? }` (standard input as base64 for `check -`), or
 * `{ ping: true }`, or `{ stop: true }`. Daemon → client: `{ o }` / `{ ob }` (stdout text / base64 bytes), `{ e }`
 * (stderr), then `{ code }`; a ping gets the daemon's state; then the daemon closes the connection.
 */
import { existsSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { EXIT } from '../cli/exit.js';
import { resetLimits } from '../limits.js';

interface CheckRequest {
  v: number;
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  stdoutTTY: boolean;
  stderrTTY: boolean;
  columns?: number;
  /** `check -`: standard input (base64), or a terminal there */
  stdin?: string;
  stdinTTY?: boolean;
}

type Message = { o: string } | { ob: string } | { e: string } | { code: number } | Record<string, unknown>;

const PROTOCOL = 1;
/** A daemon whose memory grew past this after a request ends after answering it (the next client starts a fresh one). */
const MAX_RSS_MB = 1536;

// the client's side of the protocol (bin/daemon-client.js, two folders up from dist/bundle and dist/daemon alike): a
// daemon that starts where another already answers ends at once
const client = createRequire(import.meta.url)('../../bin/daemon-client.js') as { ping(path: string): Promise<object | undefined> };
const answers = async (path: string): Promise<boolean> => Boolean(await client.ping(path));

type Write = typeof process.stdout.write;
/** The CLI's `run` (src/cli/program.ts), given by the command that starts the daemon (no import cycle). */
export type RunCli = (argv: string[]) => Promise<number>;

/**
 * Run one CLI command line with the client's settings in place, sending the output as it is written; the exit code.
 * Everything changed is put back afterwards, also when the command throws.
 */
async function runRequest(req: CheckRequest, send: (m: Message) => void, run: RunCli): Promise<number> {
  const saved = {
    cwd: process.cwd(),
    env: process.env,
    out: process.stdout.write,
    err: process.stderr.write,
    outTTY: Object.getOwnPropertyDescriptor(process.stdout, 'isTTY'),
    errTTY: Object.getOwnPropertyDescriptor(process.stderr, 'isTTY'),
    columns: Object.getOwnPropertyDescriptor(process.stdout, 'columns'),
    exitCode: process.exitCode,
    stdin: Object.getOwnPropertyDescriptor(process, 'stdin'),
  };
  // what the client had on standard input (the daemon's own is never read)
  const stdin = Readable.from(req.stdin ? [Buffer.from(req.stdin, 'base64')] : []) as Readable & { isTTY?: boolean };
  if (req.stdinTTY) stdin.isTTY = true;
  const capture = (kind: 'o' | 'e'): Write =>
    function (this: unknown, chunk: unknown, encoding?: unknown, cb?: unknown): boolean {
      const done = typeof encoding === 'function' ? encoding : cb;
      if (typeof chunk === 'string') send(kind === 'o' ? { o: chunk } : { e: chunk });
      else if (chunk instanceof Uint8Array) {
        if (kind === 'o') send({ ob: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('base64') });
        else send({ e: Buffer.from(chunk).toString('utf8') });
      }
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
      return true;
    } as Write;
  const define = (stream: NodeJS.WriteStream, key: 'isTTY' | 'columns', value: unknown) => Object.defineProperty(stream, key, { value, configurable: true, writable: true });
  const restore = (stream: NodeJS.WriteStream, key: 'isTTY' | 'columns', d: PropertyDescriptor | undefined) => {
    if (d) Object.defineProperty(stream, key, d);
    else delete (stream as unknown as Record<string, unknown>)[key];
  };
  resetLimits();
  try {
    process.chdir(req.cwd);
    process.env = { ...req.env };
    process.stdout.write = capture('o');
    process.stderr.write = capture('e');
    Object.defineProperty(process, 'stdin', { value: stdin, configurable: true, writable: true });
    define(process.stdout, 'isTTY', req.stdoutTTY || undefined);
    define(process.stderr, 'isTTY', req.stderrTTY || undefined);
    define(process.stdout, 'columns', req.stdoutTTY ? req.columns : undefined);
    return await run(['node', 'reportlint', ...req.argv]);
  } catch (e) {
    // what main.ts does: never a stack trace
    send({ e: `reportlint: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n` });
    return EXIT.error;
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    restore(process.stdout, 'isTTY', saved.outTTY);
    restore(process.stderr, 'isTTY', saved.errTTY);
    restore(process.stdout, 'columns', saved.columns);
    if (saved.stdin) Object.defineProperty(process, 'stdin', saved.stdin);
    process.env = saved.env;
    process.exitCode = saved.exitCode;
    try {
      process.chdir(saved.cwd);
    } catch {
      /* the folder went away: stay where we are */
    }
    resetLimits();
  }
}

/** Read the first line a client sends (its request), or undefined when it closes first. */
function firstLine(sock: Socket): Promise<string | undefined> {
  return new Promise((resolve) => {
    // a request with standard input can be tens of megabytes: look for the end of the line in new data only
    const parts: string[] = [];
    sock.setEncoding('utf8');
    const onData = (d: string) => {
      const nl = d.indexOf('\n');
      if (nl < 0) return void parts.push(d);
      sock.off('data', onData);
      parts.push(d.slice(0, nl));
      resolve(parts.join(''));
    };
    sock.on('data', onData);
    sock.on('end', () => resolve(undefined));
    sock.on('error', () => resolve(undefined));
  });
}

/**
 * A daemon that cannot listen leaves a mark next to its socket, so that checks outside CI do not start another at
 * every run (bin/daemon-client.js, failedRecently); the error, to end with.
 */
function failedToStart(path: string, e: unknown): unknown {
  try {
    writeFileSync(`${path}.failed`, String(process.pid));
    rmSync(`${path}.lock`, { force: true });
  } catch {
    /* nowhere to write it */
  }
  return e;
}

/**
 * Listen on `path` until `idleMinutes` pass without a request (0: never), a client asks to stop, or
 * SIGTERM/SIGINT/SIGHUP. Ends at once (0) when another daemon already answers there. `warm`: check a bundled example
 * before the first request.
 */
export async function serve(path: string, idleMinutes: number, warm: boolean, run: RunCli): Promise<number> {
  try {
    if (process.platform !== 'win32' && existsSync(path)) {
      if (await answers(path)) return EXIT.ok;
      unlinkSync(path); // left by a daemon that was killed
    }
  } catch (e) {
    throw failedToStart(path, e);
  }
  const startedAt = Date.now();
  let served = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;
  const server = createServer();
  const finished = new Promise<void>((resolve) => server.on('close', () => resolve()));
  const shutdown = () => {
    if (idle) clearTimeout(idle);
    server.close();
  };
  const armIdle = () => {
    if (idle) clearTimeout(idle);
    if (idleMinutes <= 0) return; // --idle 0: until stopped
    idle = setTimeout(shutdown, idleMinutes * 60_000);
    idle.unref();
  };
  const state = () => ({ pid: process.pid, protocol: PROTOCOL, served, startedAt, rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20), idleMinutes });

  server.on('connection', (sock: Socket) => {
    const send = (m: Message) => {
      if (!sock.destroyed) sock.write(`${JSON.stringify(m)}\n`);
    };
    void firstLine(sock).then((line) => {
      let req: (CheckRequest & { ping?: boolean; stop?: boolean }) | undefined;
      try {
        req = line === undefined ? undefined : JSON.parse(line);
      } catch {
        req = undefined;
      }
      if (!req) return void sock.end();
      if (req.ping) return void sock.end(`${JSON.stringify(state())}\n`);
      if (req.stop) {
        sock.end(`${JSON.stringify({ stopping: true, ...state() })}\n`);
        return void shutdown();
      }
      if (req.v !== PROTOCOL || !Array.isArray(req.argv)) {
        send({ e: 'reportlint: the daemon speaks another protocol: stop it with `reportlint daemon stop`\n' });
        send({ code: EXIT.error });
        return void sock.end();
      }
      const job = queue.then(async () => {
        // a client that went away while waiting (killed, Ctrl-C) has nobody to read its check (ours never half-close);
        // a turn of the event loop first, so that a close that came in during the check before is seen
        await new Promise((r) => setImmediate(r));
        if (sock.destroyed || sock.readableEnded) return void sock.destroy();
        if (idle) clearTimeout(idle);
        const code = await runRequest(req, send, run);
        served++;
        send({ code });
        sock.end();
        if (process.memoryUsage.rss() / 2 ** 20 > MAX_RSS_MB) shutdown();
        else armIdle();
      });
      queue = job.catch(() => undefined);
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve());
    });
  } catch (e) {
    // two clients started a daemon at once: the other one listens
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE' && (await answers(path))) return EXIT.ok;
    throw failedToStart(path, e);
  }
  // listening: the start lock of the check that started this daemon (bin/daemon-client.js) has done its work
  rmSync(`${path}.lock`, { force: true });
  // a failed accept must not end the daemon (its clients would fall back to checking locally anyway)
  server.on('error', () => undefined);
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(sig, shutdown);
  armIdle();
  // started by `daemon start`: warm up on a bundled example while no client waits (one that comes meanwhile waits)
  const example = join(dirname(fileURLToPath(import.meta.url)), '../../examples/spine-mri-study.md');
  if (warm && existsSync(example)) {
    queue = queue.then(() => runRequest({ v: PROTOCOL, argv: ['check', example, '--format', 'json', '--no-config'], cwd: process.cwd(), env: process.env as Record<string, string>, stdoutTTY: false, stderrTTY: false }, () => undefined, run)).catch(() => undefined);
  }
  await finished;
  return EXIT.ok;
}
