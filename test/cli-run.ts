import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/reportlint.js');

/** Run the built CLI without colours (unless `env` says otherwise), standard input from `input`. */
export function cli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, encoding: 'utf8', input: opts.input ?? '', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: '', ...opts.env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
