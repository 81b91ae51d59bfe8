/**
 * Golden files under test/golden/. A normal test run only compares: a missing or different golden file fails.
 * `npm run update-golden` (UPDATE_GOLDEN=1) rewrites them after an intended change; review the diff before
 * committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

export const goldenDir = join(import.meta.dirname, 'golden');
export const updatingGolden = Boolean(process.env.UPDATE_GOLDEN);

/** Compare `actual` with test/golden/<name> (or rewrite it under `npm run update-golden`). */
export function expectGolden(name: string, actual: string): void {
  const file = join(goldenDir, name);
  if (updatingGolden) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file test/golden/${name} is missing: run \`npm run update-golden\` to write it, then review and commit it`);
  expect(actual, `differs from test/golden/${name} (after an intended change: npm run update-golden)`).toBe(readFileSync(file, 'utf8'));
}
