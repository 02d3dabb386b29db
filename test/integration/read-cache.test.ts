import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentGeneration } from '../../src/services/shared/read-cache';
import { bureauPlan, cityPlan } from '../support/fixtures';
import { createTestApp, passwordOf, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

/** Cached reads must never outlive a change, whoever makes it. */
describe(`cached reads on ${engineName()}`, () => {
  let t: TestApp;
  let bureauId: number;
  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.request('POST', '/api/plans/import', {
      plans: [
        cityPlan(),
        bureauPlan({
          kpis: [
            {
              code: 'AC1.1',
              objective: 'AC1',
              name: '接受公共化教保服務人數比率',
              polarity: 'higher',
              frequency: 'year',
            },
          ],
          targets: [{ kpi: 'AC1.1', period: '110', value: 100 }],
          actuals: [{ kpi: 'AC1.1', period: '110', value: 90 }],
        }),
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    bureauId = res.body.plans.find((p: { org: string }) => p.org === '臺北市政府教育局').planId;
  });
  afterAll(async () => t.close());

  it('serves a plan document that follows every edit at once', async () => {
    const first = await t.request('GET', `/api/plans/${bureauId}/document`);
    expect((await t.request('GET', `/api/plans/${bureauId}/document`)).body).toEqual(first.body);
    const objective = (await t.request('GET', `/api/plans/${bureauId}`)).body.objectives[0];
    await t.request('PATCH', `/api/plans/${bureauId}/objectives/${objective.id}`, {
      version: objective.version,
      name: '新名稱',
    });
    const after = await t.request('GET', `/api/plans/${bureauId}/document`);
    expect(after.body.objectives[0].name).toBe('新名稱');
  });

  it('recomputes the city roll-up after new results', async () => {
    const before = (await t.request('GET', '/api/city/scores?year=110')).body;
    const again = (await t.request('GET', '/api/city/scores?year=110')).body;
    expect(again).toEqual(before);
    const stored = await t.request('PUT', `/api/plans/${bureauId}/actuals`, {
      actuals: [{ kpi: 'AC1.1', period: '110', value: 120, version: 1 }],
    });
    expect(stored.status, JSON.stringify(stored.body)).toBe(200);
    const after = (await t.request('GET', '/api/city/scores?year=110')).body;
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
  });

  it('stops honouring a session as soon as its account is disabled', async () => {
    const viewer = await t.userWith('cache.viewer', [{ orgId: 1, role: 'viewer' }]);
    expect((await viewer.request('GET', `/api/plans/${bureauId}/document`)).status).toBe(200);
    const user = (await t.request('GET', '/api/users')).body.users.find(
      (u: { login: string }) => u.login === 'cache.viewer',
    );
    await t.request('PATCH', `/api/users/${user.id}`, { version: user.version, disabled: true });
    expect((await viewer.request('GET', `/api/plans/${bureauId}/document`)).status).toBe(401);
  });

  it('keeps the caches through sign-ins, right or wrong, but not through a sign-out', async () => {
    await t.userWith('cache.reader', [{ orgId: 1, role: 'viewer' }]);
    const before = await currentGeneration(t.database.db);
    const reader = await t.signIn('cache.reader', passwordOf('cache.reader'));
    const wrong = await t.request('POST', '/api/auth/login', {
      login: 'cache.reader',
      password: 'wrong-password',
    });
    expect(wrong.status).toBe(401);
    expect(await currentGeneration(t.database.db)).toBe(before);
    expect((await reader.request('GET', `/api/plans/${bureauId}/document`)).status).toBe(200);
    expect((await reader.request('POST', '/api/auth/logout')).status).toBe(204);
    expect(await currentGeneration(t.database.db)).toBeGreaterThan(before);
    expect((await reader.request('GET', `/api/plans/${bureauId}/document`)).status).toBe(401);
  });
});
