import { defineConfig } from 'vitest/config';

/**
 * Browser tests against a running server (`scripts/e2e.sh` starts one and sets STRATMAP_E2E_URL).
 * Every step waits for the state it needs (see e2e/support/browser.ts for how long one wait may
 * take); nothing is retried. The per-test limit only stops a hung test: a test of thirty steps that
 * takes 13 s idle took 42 s with other work on the machine, so it is no budget to fit within.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // vitest's default (1 s) is a time limit in disguise: a badge or a light that follows a save
    // can take longer than that on a busy machine.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    pool: 'forks',
    // One file at a time: each drives its own Chromium (several processes) against one server, and
    // on two cores files side by side only make each other slow.
    fileParallelism: false,
  },
});
