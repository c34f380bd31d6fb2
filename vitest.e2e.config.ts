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
    // A page under load (two cores, a PBKDF2 PIN check, a sync round trip) can take more than
    // expect.poll's default second to reach the state a test waits for; the wait ends as soon as
    // it is reached, so a longer ceiling costs nothing when all is well.
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
  },
});
