// `reportlint daemon` and REPORTLINT_DAEMON=1 (bin/daemon-client.js, src/daemon/server.ts): a check handed to the
// warm daemon prints exactly what the same check prints in its own process, in the client's folder, with the
// client's configuration, environment and limits. Every test uses its own socket folder (REPORTLINT_DAEMON_DIR), so
// a developer's own daemon is never touched.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, root } from './cli-run.js';

const client = createRequire(import.meta.url)('../bin/daemon-client.js') as {
  daemonMode(args: string[], env: Record<string, string | undefined>): 'start' | 'auto' | 'use' | false;
  buildId(): string;
  CI_VARIABLES: string[];
  socketPath(create?: boolean): string | undefined;
};

describe('which command lines go to the daemon', () => {
  // a socket folder of the test's own, empty: no daemon runs there
  const none = { REPORTLINT_DAEMON_DIR: mkdtempSync(join(tmpdir(), 'reportlint-daemon-none-')) };
  const on = { ...none, REPORTLINT_DAEMON: '1' };
  it.each([
    [['check', 'paper.md'], on, 'start'],
    [['check', '-f', 'json', 'a.md', 'b.tex'], on, 'start'],
    [['check', 'paper.md'], { ...none, REPORTLINT_DAEMON: '0' }, false],
    [['check', 'paper.md'], { ...none, REPORTLINT_DAEMON: 'false' }, false],
    [['check', '--no-daemon', 'paper.md'], on, false],
    [['check', 'paper.md', '--no-daemon'], none, false],
    // on CI no daemon is started (and none runs in this folder)
    [['check', 'paper.md'], { ...none, CI: 'true' }, false],
    [['check', 'paper.md'], { ...none, CI: '1' }, false],
    [['check', 'paper.md'], { ...none, GITHUB_ACTIONS: 'true' }, false],
    [['check', 'paper.md'], { ...none, BUILD_NUMBER: '12' }, false],
    [['check', 'paper.md'], { ...none, CI: 'true', REPORTLINT_DAEMON: '1' }, 'start'],
    [['check', '-'], on, 'start'],
    [['check', '--stdin-filename', 'x.md', '-'], on, 'start'],
    [['check', '--help'], on, false],
    [['eval', 'corpus'], on, false],
    [['review', 'paper.md'], on, false],
  ])('%j with %j: %s', (args, env, mode) => {
    expect(client.daemonMode(args, env)).toBe(mode);
  });
  // on a developer's machine (no CI variable), a check of one file starts one when none runs; a batch does not
  const one = join(root, 'examples/spine-mri-study.md');
  it.each([
    [['check', one], none, 'auto'],
    [['check', one, '-f', 'json'], { ...none, CI: 'false' }, 'auto'],
    [['check', '--stdin-filename', 'x.md', '-'], { ...none, CI: '0', REPORTLINT_DAEMON: '' }, 'auto'],
    [['check', one, join(root, 'examples/draft-incomplete.md')], none, false],
    [['check', '-f', 'json', join(root, 'examples')], none, false],
    [['check', 'papers/**/*.md'], none, false],
  ])('%j with %j: %s outside Windows', (args, env, mode) => {
    expect(client.daemonMode(args, env)).toBe(process.platform === 'win32' ? false : mode);
  });
});

describe.skipIf(process.platform === 'win32')('reportlint daemon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-daemon-'));
  const env = { REPORTLINT_DAEMON_DIR: join(dir, 'sockets') };
  const viaDaemon = { ...env, REPORTLINT_DAEMON: '1' };
  // the same check in its own process (while a daemon runs, a check without the variable would use it)
  const local = { ...env, REPORTLINT_DAEMON: '0' };
  const example = join(root, 'examples/spine-mri-study.md');

  afterAll(() => {
    cli(['daemon', 'stop'], { env });
    rmSync(dir, { recursive: true, force: true });
  });

  it('is not running before the first check', () => {
    expect(cli(['daemon', 'status'], { env })).toEqual({ code: 1, stdout: 'not running\n', stderr: '' });
  });

  it('starts on the first check and prints what a check in its own process prints', () => {
    for (const args of [
      ['check', example, '-f', 'json'],
      ['check', example, '--verbose'],
      ['check', example, '--checklist', 'all', '-f', 'checklist'],
    ]) {
      const alone = cli(args, { env: local });
      expect(alone.stdout.length).toBeGreaterThan(1000);
      expect(cli(args, { env: viaDaemon })).toEqual(alone);
    }
    const status = cli(['daemon', 'status'], { env });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^running: pid \d+, 3 checks served, /);
  }, 60_000);

  it("works in the client's folder, with its configuration file and its colour settings", () => {
    const work = join(dir, 'work');
    mkdirSync(work, { recursive: true });
    copyFileSync(example, join(work, 'paper.md'));
    writeFileSync(join(work, '.reportlintrc.json'), JSON.stringify({ checklist: 'stard-2015', failOn: 'never' }));
    for (const extra of [{}, { FORCE_COLOR: '1', NO_COLOR: '' }]) {
      const alone = cli(['check', 'paper.md'], { cwd: work, env: { ...local, ...extra } });
      expect(alone.code).toBe(0);
      expect(alone.stdout).toContain('stard-2015');
      expect(cli(['check', 'paper.md'], { cwd: work, env: { ...viaDaemon, ...extra } })).toEqual(alone);
    }
  }, 60_000);

  it('checks standard input sent by the client, and an empty one as a check does', () => {
    const text = readFileSync(example, 'utf8');
    for (const input of [text, text.slice(0, 1500), '']) {
      const args = ['check', '-', '--stdin-filename', 'draft.md', '-f', 'json'];
      const alone = cli(args, { env: local, input });
      expect(cli(args, { env: viaDaemon, input })).toEqual(alone);
    }
  }, 60_000);

  it("reports errors as a check does, and one check's limits do not carry over to the next", () => {
    const missing = ['check', join(dir, 'no-such-paper.md')];
    const alone = cli(missing, { env: local });
    expect(alone.code).toBe(2);
    expect(cli(missing, { env: viaDaemon })).toEqual(alone);
    const small = cli(['check', example, '--limit', 'text-bytes=1KB'], { env: viaDaemon });
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/spine-mri-study\.md/);
    expect(cli(['check', example, '-f', 'json'], { env: viaDaemon })).toEqual(cli(['check', example, '-f', 'json'], { env: local }));
  }, 60_000);

  it('stop ends it and removes its socket; a socket file left behind is replaced by the next daemon', () => {
    const socket = withDaemonDir(env.REPORTLINT_DAEMON_DIR, () => client.socketPath())!;
    expect(existsSync(socket)).toBe(true);
    expect(cli(['daemon', 'stop'], { env }).stdout).toMatch(/^stopped \(pid \d+\)\n$/);
    expect(existsSync(socket)).toBe(false);
    expect(cli(['daemon', 'status'], { env }).code).toBe(1);
    // what a daemon killed with SIGKILL leaves: a file nobody listens on
    writeFileSync(socket, '');
    const args = ['check', example, '-f', 'json'];
    expect(cli(args, { env: viaDaemon })).toEqual(cli(args, { env: local }));
    expect(cli(['daemon', 'status'], { env }).stdout).toMatch(/^running: pid \d+, 1 check served, /);
  }, 60_000);

  it('once started by `daemon start`, checks use it without REPORTLINT_DAEMON (and not with REPORTLINT_DAEMON=0)', () => {
    expect(cli(['daemon', 'start'], { env }).stdout).toMatch(/^(started|already running): pid \d+/);
    const served = () => Number(/(\d+) checks? served/.exec(cli(['daemon', 'status'], { env }).stdout)?.[1]);
    const before = served();
    const args = ['check', example, '-f', 'json'];
    // (vitest.config.ts sets REPORTLINT_DAEMON=0 for every test: empty here, as if unset)
    const viaRunning = cli(args, { env: { ...env, REPORTLINT_DAEMON: '' } });
    expect(served()).toBe(before + 1);
    expect(cli(args, { env: { ...env, REPORTLINT_DAEMON: '0' } })).toEqual(viaRunning);
    expect(served()).toBe(before + 1);
  }, 60_000);

  it('skips the check of a client that went away while it waited', async () => {
    const socket = withDaemonDir(env.REPORTLINT_DAEMON_DIR, () => client.socketPath())!;
    expect(cli(['daemon', 'start'], { env }).code).toBe(0);
    const served = () => Number(/(\d+) checks? served/.exec(cli(['daemon', 'status'], { env }).stdout)?.[1]);
    const before = served();
    const request = (argv: string[], stdin?: string) => `${JSON.stringify({ v: 1, argv, cwd: root, env: { NO_COLOR: '1' }, stdoutTTY: false, stderrTTY: false, stdin })}\n`;
    // a long check (the example 200 times over, 2.3 MB from standard input) keeps the daemon busy; a second client sends
    // its check and goes away at once
    const busy = connect(socket);
    const answered = new Promise((resolve) => busy.on('close', resolve));
    busy.on('data', () => undefined);
    const long = Buffer.from(readFileSync(example, 'utf8').repeat(200)).toString('base64');
    await new Promise((r) => busy.write(request(['check', '-', '--stdin-filename', 'long.md', '--checklist', 'all', '-f', 'checklist', '--verbose'], long), r));
    // (once the daemon has the whole long request, which takes a while to arrive)
    await new Promise((r) => setTimeout(r, 200));
    const quitter = connect(socket, () => quitter.end(request(['check', example, '-f', 'json']), () => quitter.destroy()));
    await answered;
    await new Promise((r) => setTimeout(r, 300));
    expect(served()).toBe(before + 1);
  }, 60_000);

  it('refuses unknown actions', () => {
    const r = cli(['daemon', 'serve-me'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown daemon action "serve-me"/);
  });
});

// Outside CI a check starts the daemon by itself (bin/daemon-client.js, daemonMode 'auto'): checks started together
// start one daemon between them (a start lock), and where a daemon cannot start, checks run in their own process
// without trying again at every check.
describe.skipIf(process.platform === 'win32')('the daemon outside CI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-daemon-auto-'));
  // no CI variable, REPORTLINT_DAEMON unset (vitest.config.ts sets it to 0 for every test: empty here)
  const noCi = Object.fromEntries(client.CI_VARIABLES.map((k) => [k, '']));
  const example = join(root, 'examples/spine-mri-study.md');
  const args = ['check', example, '-f', 'json'];
  const sockets = (d: string) => readdirSync(d).filter((f) => f.endsWith('.sock'));

  afterAll(() => {
    for (const d of readdirSync(dir)) cli(['daemon', 'stop'], { env: { REPORTLINT_DAEMON_DIR: join(dir, d) } });
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks started together start one daemon between them, in the background, and print what a check in its own process prints', async () => {
    const env = { ...noCi, REPORTLINT_DAEMON: '', REPORTLINT_DAEMON_DIR: join(dir, 'together') };
    const alone = cli(args, { env: { ...env, REPORTLINT_DAEMON: '0' } });
    expect(existsSync(env.REPORTLINT_DAEMON_DIR)).toBe(false);
    // count the daemons serving this folder while the checks run and the daemon comes up
    let most = 0;
    const count = () => (most = Math.max(most, daemonsServing(env.REPORTLINT_DAEMON_DIR)));
    const timer = setInterval(count, 50);
    const runs = await Promise.all(Array.from({ length: 8 }, () => cliAsync(args, env)));
    for (const r of runs) expect(r).toEqual(alone);
    for (let i = 0; i < 300 && cli(['daemon', 'status'], { env }).code !== 0; i++) await new Promise((r) => setTimeout(r, 50));
    clearInterval(timer);
    count();
    if (existsSync('/proc')) expect(most).toBe(1);
    expect(sockets(env.REPORTLINT_DAEMON_DIR)).toHaveLength(1);
    // it listens, so it has removed the start lock; the next check goes to it (and so may the last of the eight)
    expect(readdirSync(env.REPORTLINT_DAEMON_DIR).filter((f) => f.endsWith('.lock'))).toEqual([]);
    const served = () => Number(/(\d+) checks? served/.exec(cli(['daemon', 'status'], { env }).stdout)?.[1]);
    const before = served();
    expect(before).toBeLessThan(8);
    expect(cli(args, { env })).toEqual(alone);
    expect(served()).toBe(before + 1);
  }, 60_000);

  it('on CI, a check starts none', () => {
    const env = { ...noCi, CI: 'true', REPORTLINT_DAEMON: '', REPORTLINT_DAEMON_DIR: join(dir, 'ci') };
    expect(cli(args, { env }).code).toBe(0);
    expect(existsSync(env.REPORTLINT_DAEMON_DIR)).toBe(false);
  });

  it('where a daemon cannot start, checks run in their own process and do not try again for a while', async () => {
    const env = { ...noCi, REPORTLINT_DAEMON: '', REPORTLINT_DAEMON_DIR: join(dir, 'blocked') };
    // a folder where the socket should be: the daemon cannot listen there and ends
    mkdirSync(join(env.REPORTLINT_DAEMON_DIR, `${client.buildId()}.sock`), { recursive: true, mode: 0o700 });
    chmodSync(env.REPORTLINT_DAEMON_DIR, 0o700);
    const alone = cli(args, { env: { ...env, REPORTLINT_DAEMON: '0' } });
    expect(cli(args, { env })).toEqual(alone);
    // the daemon that check started in the background ends, leaving a mark
    const mark = join(env.REPORTLINT_DAEMON_DIR, `${client.buildId()}.sock.failed`);
    for (let i = 0; i < 300 && !existsSync(mark); i++) await new Promise((r) => setTimeout(r, 50));
    const marked = statSync(mark).mtimeMs;
    // the next check does not start another daemon (which would mark the failure again)
    expect(cli(args, { env })).toEqual(alone);
    await new Promise((r) => setTimeout(r, 1500));
    expect(statSync(mark).mtimeMs).toBe(marked);
    expect(daemonsServing(env.REPORTLINT_DAEMON_DIR)).toBe(0);
  }, 60_000);
});

/** cli() without waiting: for checks started at once */
function cliAsync(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'bin/reportlint.js'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end();
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** How many `daemon serve` processes listen in a socket folder (Linux: read from /proc; 0 elsewhere) */
function daemonsServing(folder: string): number {
  if (!existsSync('/proc')) return 0;
  let n = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (cmd.includes('serve') && cmd.some((a) => a.startsWith(`${folder}/`))) n++;
    } catch {
      /* ended meanwhile */
    }
  }
  return n;
}

/** `fn` with REPORTLINT_DAEMON_DIR set to `dir` in this process (socketPath reads it) */
function withDaemonDir<T>(dir: string, fn: () => T): T {
  const before = process.env.REPORTLINT_DAEMON_DIR;
  process.env.REPORTLINT_DAEMON_DIR = dir;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.REPORTLINT_DAEMON_DIR;
    else process.env.REPORTLINT_DAEMON_DIR = before;
  }
}
