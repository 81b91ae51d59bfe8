/**
 * One plain closing line after vitest's own summary, `N passed, N failed, N skipped`, the form CI logs are read
 * for (vitest's own summary line is not one of them).
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === 'passed') passed++;
        else if (s === 'failed') failed++;
        else skipped++;
      }
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    // after vitest's own summary, which the default reporter prints later in the same tick
    process.once('exit', () => console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`));
  }
}
