import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    pool: 'threads',
    testTimeout: 20000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
