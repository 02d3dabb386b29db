import { defineConfig } from 'vitest/config';

/** The document corpus (issue 13): every generated form of the sample plans must import back. */
export default defineConfig({
  test: {
    include: ['test/corpus/corpus.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
