import { defineConfig } from 'vitest/config';

/**
 * `npx vitest run` runs the unit tests and the integration tests on PGlite (scripts/test.sh runs
 * them as two passes: `--project unit`, then `--project integration --project corpus`). The fault
 * tests stop databases and kill processes, so only their own pass runs them (vitest.faults.config.ts);
 * the browser tests are vitest.e2e.config.ts's.
 */
export default defineConfig({
  test: {
    exclude: ['**/node_modules/**'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'web/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
      { extends: true, test: { name: 'corpus', include: ['test/corpus/**/*.test.ts'] } },
    ],
  },
});
