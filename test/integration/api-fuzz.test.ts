import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src/domain/plan-document';
import { cityPlan } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

/** `npm run fuzz` raises the number of runs; CI uses a fixed seed and a modest count. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

/** JSON values shaped a little like our bodies, so that fuzzing reaches past the first check. */
const bodyish = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      version: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
      code: fc.oneof(fc.string(), fc.constantFrom('AC1', 'AC1.1', 'AC1.1.1', 'F1', 'TC1', 'ＡＣ１', '')),
      name: fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })),
      letter: fc.string({ maxLength: 3 }),
      orgId: fc.oneof(fc.integer(), fc.constant(1)),
      year: fc.oneof(fc.integer(), fc.constant(110)),
      transition: fc.constantFrom('submit', 'approve', 'reopen', 'x'),
      formula: fc.string(),
      login: fc.string(),
      password: fc.string(),
    },
    { requiredKeys: [] },
  ),
);

describe(`API fuzzing on ${engineName()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.request('POST', '/api/plans/import', cityPlan());
  });
  afterAll(async () => t.close());

  it('answers every write route with a 2xx or a 4xx with a message, never a 5xx', async () => {
    const routes = t.app.stratmap.routes.filter(
      (r) =>
        ['POST', 'PATCH', 'PUT'].includes(r.method) &&
        r.url.startsWith('/api/') &&
        r.url !== '/api/auth/logout',
    );
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(bodyish, fc.constantFrom('1', '2', '999999', 'abc'), async (body, id) => {
          const url = route.url.replace(/:[a-zA-Z]+/g, id);
          const res = await t.request(route.method as 'POST', url, body === null ? {} : body);
          expect(res.status, `${route.method} ${url} ${JSON.stringify(body)}`).toBeLessThan(500);
          if (res.status >= 400) expect(typeof res.body?.message).toBe('string');
        }),
        { numRuns: RUNS, seed: SEED },
      );
    }
  });

  it('validates any JSON as a plan file without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parsePlanFile(value);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS * 20, seed: SEED },
    );
  });
});
