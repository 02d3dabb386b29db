import { defineConfig } from 'vitest/config';

/** Browser tests against a running server (`scripts/e2e.sh` starts one and sets STRATMAP_E2E_URL). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One Chromium per file is plenty; files in parallel would fight over the login rate limit.
    fileParallelism: false,
  },
});
