import { defineConfig } from 'vitest/config';

// Cross-process suites: real Chromium against the built renderer, real hub on loopback with a
// real SQLite file. Run after `vite build` (see the test:e2e script).
export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
