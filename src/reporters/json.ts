import type { CheckResult } from '../engine/types.js';

/** The versioned JSON contract (see ARCHITECTURE.md "Data contracts"). */
export function json(result: CheckResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
