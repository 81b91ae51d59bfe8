// A static ReDoS check with recheck, slow (about a second a pattern): run by `npm run fuzz` (RECHECK=1), not by
// `npm test`. Polynomial backtracking is accepted (sentences are at most 1,200 characters and the timing test in
// redos.test.ts bounds it); exponential is not.
import { describe, expect, it } from 'vitest';
import { detectorPatterns } from './patterns.js';

describe.runIf(process.env.RECHECK === '1')('recheck', () => {
  it('no detector pattern is exponentially vulnerable', async () => {
    const { checkSync } = await import('recheck');
    const bad: string[] = [];
    for (const [name, re] of detectorPatterns()) {
      const r = checkSync(re.source, re.flags.replace(/[gy]/g, ''), { timeout: 3000 });
      if (r.status === 'vulnerable' && r.complexity.type === 'exponential') bad.push(name);
    }
    expect(bad).toEqual([]);
  }, 3_600_000);
});
