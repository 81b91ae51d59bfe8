// bin/reportlint.js runs a detecting command in a child Node process (the V8 flags go on its command line): a signal
// sent to the launcher is passed on, so the child never outlives it, and the launcher reports the child's end.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/reportlint.js');

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((l) => Number(l.trim()))
      .filter((n) => n > 0);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(process.platform !== 'linux')('the launcher and signals', () => {
  it.each(['SIGTERM', 'SIGHUP'] as const)('%s to the launcher of `reportlint web` stops the server too', async (signal) => {
    const launcher = spawn(process.execPath, [bin, 'web'], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      launcher.stdout!.on('data', (d) => /http:\/\/127\.0\.0\.1:\d+/.test(String(d)) && resolve());
      launcher.on('exit', () => reject(new Error('the server did not start')));
    });
    const [server] = childrenOf(launcher.pid!);
    expect(server).toBeGreaterThan(0);
    const ended = new Promise<[number | null, string | null]>((resolve) => launcher.on('exit', (c, s) => resolve([c, s])));
    launcher.kill(signal);
    const [code] = await ended;
    // the server ends on the signal passed on (web stops on SIGTERM by closing; SIGHUP ends it outright)
    expect(code === 0 || code === 128 + (signal === 'SIGTERM' ? 15 : 1)).toBe(true);
    for (let i = 0; i < 50 && alive(server!); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(server!)).toBe(false);
  }, 60_000);
});
