import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { cityPlan } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

describe(`audit trail on ${engineName()}`, () => {
  let t: TestApp;
  const count = async () =>
    (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]?.n ?? 0;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('records every change with actor, entity, before and after', async () => {
    const imported = await t.request('POST', '/api/plans/import', cityPlan());
    const planId = imported.body.plans[0].planId;
    const objective = await t.request('POST', `/api/plans/${planId}/objectives`, {
      code: 'AC5',
      name: '新目標',
    });
    await t.request('PATCH', `/api/plans/${planId}/objectives/${objective.body.id}`, {
      version: 1,
      name: '改名後',
    });
    await t.request('DELETE', `/api/plans/${planId}/objectives/${objective.body.id}`);
    const { body } = await t.request('GET', `/api/audit?planId=${planId}&entity=objective`);
    expect(body.entries.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
    const [deleted, updated, created] = body.entries;
    expect(created).toMatchObject({
      actor: 'admin',
      entity: 'objective',
      before: null,
      after: { code: 'AC5', name: '新目標' },
    });
    expect(updated).toMatchObject({ before: { name: '新目標' }, after: { name: '改名後', version: 2 } });
    expect(deleted).toMatchObject({ before: { name: '改名後' }, after: null });
    const planImport = await t.request('GET', `/api/audit?planId=${planId}&entity=plan`);
    expect(planImport.body.entries[0]).toMatchObject({
      action: 'import',
      after: { org: { name: '臺北市政府' }, year: 110 },
    });
    const orgs = await t.request('GET', '/api/audit?entity=organization');
    expect(orgs.body.entries).toHaveLength(1);
  });

  it('filters by time range and rejects a bad date with the field', async () => {
    const future = await t.request('GET', '/api/audit?from=2999-01-01');
    expect(future.body.entries).toEqual([]);
    const bad = await t.request('GET', '/api/audit?from=not-a-date');
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('querystring.from');
  });

  it('writes nothing, not even an audit entry, for a refused change', async () => {
    const before = await count();
    const plans = (await t.request('GET', '/api/plans')).body.plans;
    const planId = plans[0].id;
    await t.request('POST', `/api/plans/${planId}/objectives`, { code: 'AC1', name: '重複代碼' });
    await t.request('POST', `/api/plans/${planId}/kpis`, { code: 'QQ', name: 'x' });
    await t.request('PATCH', `/api/plans/${planId}`, { version: 99, vision: 'x' });
    await t.request('POST', '/api/plans/import', cityPlan({ mission: '不同的使命' }));
    expect(await count()).toBe(before);
  });

  it('cannot be rewritten or erased, even with direct SQL', async () => {
    await expect(t.database.db.execute(sql`update audit_log set actor = 'someone else'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    expect(await count()).toBeGreaterThan(0);
  });
});
