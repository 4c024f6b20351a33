import { defineConfig } from 'vitest/config';
import { testReporters } from '../../../vitest.shared.mts';

/** Browser tests: Debian's Chromium driven by playwright-core against the built server. */
export default defineConfig({
  test: {
    ...testReporters('web-e2e'),
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
