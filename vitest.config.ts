import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    pool: 'threads',
    testTimeout: 20000,
    // CLI runs in tests never use a reportlint daemon the developer may have running (test/daemon.test.ts sets its own)
    env: { REPORTLINT_DAEMON: '0' },
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
