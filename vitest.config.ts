import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'web/**/*.test.ts'],
    // The document corpus runs on its own (npm run test:corpus) until the readers of issue 13 land.
    exclude: ['**/node_modules/**', 'test/corpus/corpus.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
