// How many worker threads a batch gets by default (src/pool chooseJobs): none without cores to spare or for small
// batches, an explicit --jobs always. Tested on the build: from TypeScript sources the pool never starts workers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const built = join(import.meta.dirname, '../dist/pool/index.js');

describe.skipIf(!existsSync(built))(existsSync(built) ? 'chooseJobs' : 'chooseJobs (dist/ not built: run npm run build)', () => {
  it('uses workers only with cores to spare and files to repay them; --jobs wins', async () => {
    const { chooseJobs, FILES_PER_WORKER_BREAK_EVEN: per } = (await import(built)) as { chooseJobs: (files: number, requested: number | undefined, cores?: number) => number; FILES_PER_WORKER_BREAK_EVEN: number };
    // 2 cores: one process already uses them (main thread, GC and compiler threads)
    expect(chooseJobs(10_000, undefined, 2)).toBe(0);
    expect(chooseJobs(10_000, undefined, 1)).toBe(0);
    // more cores: one worker per spare core, as far as the files repay
    expect(chooseJobs(10_000, undefined, 4)).toBe(2);
    expect(chooseJobs(per, undefined, 8)).toBe(1);
    expect(chooseJobs(per - 1, undefined, 8)).toBe(0);
    expect(chooseJobs(10_000, undefined, 64)).toBe(16);
    // asked for: that many, never more than the files
    expect(chooseJobs(5, 3, 2)).toBe(3);
    expect(chooseJobs(2, 3, 2)).toBe(2);
    expect(chooseJobs(500, 0, 8)).toBe(0);
  });
});
