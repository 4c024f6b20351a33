import { defineConfig } from 'vitest/config';
import { testReporters, workspaceAliases } from '../../vitest.shared.mts';

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: { ...testReporters('messages'), globals: true, include: ['src/**/*.spec.ts'] },
});
