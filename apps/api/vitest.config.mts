import { defineConfig } from 'vitest/config';
import { serverAliases, swcDecorators, testReporters } from '../../vitest.shared.mts';

export default defineConfig({
  plugins: [swcDecorators()],
  resolve: { alias: serverAliases },
  test: {
    ...testReporters('api'),
    globals: true,
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
