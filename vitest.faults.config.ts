import { defineConfig } from 'vitest/config';

/**
 * Fault tests stop and start PostgreSQL and kill processes, so they run alone, one file at a time,
 * after the main suite (scripts/test.sh), against their own throwaway cluster.
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
