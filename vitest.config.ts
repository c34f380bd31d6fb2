import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests: beside the code. Cross-process suites live in tests/ and run with
// vitest.e2e.config.ts. DOM tests opt in with `// @vitest-environment jsdom`.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['{shared,renderer,console,electron,server,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup/unit.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
