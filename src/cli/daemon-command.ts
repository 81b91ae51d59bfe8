/**
 * `reportlint daemon start|stop|status|restart`: control this build's daemon (bin/daemon-client.js; outside CI the
 * first `check` starts one by itself, and with REPORTLINT_DAEMON=1 on CI too). `serve` is what a started daemon runs.
 */
import { createRequire } from 'node:module';
import type { RunCli } from '../daemon/server.js';
import { EXIT } from './exit.js';

interface DaemonState {
  pid: number;
  served: number;
  startedAt: number;
  rssMb: number;
  idleMinutes: number;
}

interface DaemonClient {
  socketPath(): string | undefined;
  ping(path: string): Promise<DaemonState | undefined>;
  stop(path: string): Promise<boolean>;
  start(path: string, idleMinutes?: number, warm?: boolean): Promise<DaemonState | undefined>;
}

// the client is the launcher's CommonJS module (bin/), two folders up from dist/bundle and dist/cli alike
const client = createRequire(import.meta.url)('../../bin/daemon-client.js') as DaemonClient;

function describe(s: DaemonState, path: string): string {
  const up = Math.round((Date.now() - s.startedAt) / 1000);
  const ends = s.idleMinutes > 0 ? `ends after ${s.idleMinutes} idle minutes` : 'runs until stopped';
  return `running: pid ${s.pid}, ${s.served} check${s.served === 1 ? '' : 's'} served, up ${up} s, ${s.rssMb} MB, ${ends}; socket ${path}`;
}

export async function runDaemon(action: string, o: { socket?: string; idle?: number; warm?: boolean }, run: RunCli): Promise<number> {
  const idle = o.idle ?? 15;
  if (action === 'serve') {
    if (!o.socket) throw new Error('daemon serve needs --socket <path>');
    const { serve } = await import('../daemon/server.js');
    return serve(o.socket, idle, Boolean(o.warm), run);
  }
  if (!['start', 'stop', 'status', 'restart'].includes(action)) {
    process.stderr.write(`reportlint: unknown daemon action "${action}" (start, stop, status or restart)\n`);
    return EXIT.error;
  }
  const path = client.socketPath();
  if (!path) {
    process.stderr.write('reportlint: no private folder for the daemon\'s socket (set REPORTLINT_DAEMON_DIR to a folder only you can write to)\n');
    return EXIT.error;
  }
  const before = await client.ping(path);
  if (action === 'status') {
    process.stdout.write(before ? `${describe(before, path)}\n` : 'not running\n');
    return before ? EXIT.ok : EXIT.findings;
  }
  if (action === 'stop' || action === 'restart') {
    if (before) {
      await client.stop(path);
      for (let i = 0; i < 100 && (await client.ping(path)); i++) await new Promise((r) => setTimeout(r, 50));
    }
    if (action === 'stop') {
      process.stdout.write(before ? `stopped (pid ${before.pid})\n` : 'not running\n');
      return EXIT.ok;
    }
  } else if (before) {
    process.stdout.write(`already ${describe(before, path)}\n`);
    return EXIT.ok;
  }
  const started = await client.start(path, idle, true);
  if (!started) {
    process.stderr.write(`reportlint: the daemon did not start (socket ${path})\n`);
    return EXIT.error;
  }
  process.stdout.write(`started: ${describe(started, path)}\n`);
  return EXIT.ok;
}
