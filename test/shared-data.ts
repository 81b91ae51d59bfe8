/**
 * The reference corpora and checklists next to the checkout (../shared), which a fresh clone does not have. Tests
 * that read them skip with a printed reason when they are absent; no test reads a path outside the checkout
 * other than through this helper.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** ../shared relative to the checkout (the folder that holds package.json). */
export const sharedRoot = join(import.meta.dirname, '..', '..', 'shared');

export interface SharedData {
  /** absolute path of ../shared/<rel> */
  path: string;
  present: boolean;
  /** why the tests that need it are skipped ('' when present) */
  reason: string;
  /** a test or suite name, with the reason appended when it will be skipped */
  name: (title: string) => string;
}

/**
 * ../shared/<rel>, and a note on stderr (shown by vitest beside the test file) when it is missing, saying which
 * tests are skipped.
 */
export function sharedData(rel: string, skipped: string): SharedData {
  const path = join(sharedRoot, rel);
  const present = existsSync(path);
  const reason = present ? '' : `../shared/${rel} not found: ${skipped} skipped`;
  if (!present) console.warn(`[skip] ${reason}`);
  return { path, present, reason, name: (title) => (present ? title : `${title} (${reason})`) };
}
