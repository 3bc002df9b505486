import { defineConfig } from 'vitest/config';

// Real browsers on the built extension: run `npm run build && npm run build:firefox` first.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
