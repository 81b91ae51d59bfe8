import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/reportlint.js');

/** Run the built CLI; no colours. */
export function cli(args: string[], opts: { cwd?: string; input?: string; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    ...(opts.input !== undefined ? { input: opts.input } : {}),
    timeout: opts.timeout ?? 60_000,
    // a JSON report of a 40-file batch is several MB (the default buffer is 1 MB and kills the child past it)
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}
