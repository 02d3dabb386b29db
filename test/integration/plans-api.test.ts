import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanDocumentSchema } from '../../src/domain/plan-document';
import { bureauPlan, cityPlan } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

describe(`plans API on ${engineName()}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('reports health and serves OpenAPI built from the schemas', async () => {
    expect(await t.anonymous.request('GET', '/api/health')).toMatchObject({
      status: 200,
      body: { status: 'ok' },
    });
    const openapi = await t.request('GET', '/api/openapi.json');
    expect(openapi.status).toBe(200);
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/orgs',
        '/api/plans',
        '/api/plans/{planId}/objectives/{id}',
        '/api/plans/import',
      ]),
    );
    const createObjective = openapi.body.paths['/api/plans/{planId}/objectives'].post;
    expect(JSON.stringify(createObjective.requestBody)).toContain('"code"');
  });

  it('imports a batch, parents first, and gives back exactly the same documents', async () => {
    const city = PlanDocumentSchema.parse(cityPlan());
    const bureau = PlanDocumentSchema.parse(bureauPlan());
    const res = await t.request('POST', '/api/plans/import', { plans: [bureau, city] });
    expect(res.status).toBe(200);
    expect(res.body.plans.map((p: { action: string }) => p.action)).toEqual(['created', 'created']);
    const list = await t.request('GET', '/api/plans?year=110');
    expect(list.body.plans.map((p: { orgName: string }) => p.orgName).sort()).toEqual([
      '臺北市政府',
      '臺北市政府教育局',
    ]);
    for (const original of [city, bureau]) {
      const id = list.body.plans.find((p: { orgName: string }) => p.orgName === original.org.name).id;
      const doc = await t.request('GET', `/api/plans/${id}/document`);
      expect(doc.status).toBe(200);
      const stored = PlanDocumentSchema.parse(doc.body);
      expect(stored).toEqual({
        ...original,
        org: { name: original.org.name, parent: original.org.parent ?? null },
        status: 'draft',
        title: null,
        issued: original.issued ?? null,
        perspectiveOrder: ['C', 'P', 'L', 'F'],
        themes: original.themes.map((th) => ({
          ...th,
          cascadesFrom: th.cascadesFrom ? { ...th.cascadesFrom, year: th.cascadesFrom.year ?? null } : null,
          lead: th.lead ?? null,
          members: th.members ?? [],
        })),
        ksfs: original.ksfs.map((k) => ({ ...k, code: k.code ?? null })),
        kpis: original.kpis.map((k) => ({ ...k, formula: k.formula ?? null, unit: k.unit ?? null })),
      });
      // Import of the export is recognised as the same plan.
      const again = await t.request('POST', '/api/plans/import', doc.body);
      expect(again.body.plans[0].action).toBe('unchanged');
    }
  });

  it('refuses to overwrite an existing organisation-year without replace, and says what would change', async () => {
    const changed = cityPlan({ vision: '新願景' });
    const res = await t.request('POST', '/api/plans/import', changed);
    expect(res.status).toBe(409);
    expect(res.body.details.conflicts[0].changes).toEqual([
      expect.objectContaining({ element: 'plan', change: 'changed', field: 'vision', after: '新願景' }),
    ]);
    const dry = await t.request('POST', '/api/plans/import?replace=true&dryRun=true', changed);
    expect(dry.body.plans[0].action).toBe('replaced');
    const list = await t.request('GET', '/api/plans?year=110');
    const cityId = list.body.plans.find((p: { orgName: string }) => p.orgName === '臺北市政府').id;
    expect((await t.request('GET', `/api/plans/${cityId}`)).body.vision).toBe('成為宜居永續城市');
    const replaced = await t.request('POST', '/api/plans/import?replace=true', changed);
    expect(replaced.body.plans[0]).toMatchObject({ action: 'replaced', planId: cityId });
    expect((await t.request('GET', `/api/plans/${cityId}`)).body.vision).toBe('新願景');
  });

  it('rejects invalid documents with field paths and stores nothing', async () => {
    const before = await t.request('GET', '/api/orgs');
    const bad = cityPlan({
      org: { name: '臺北市政府社會局', parent: '臺北市政府' },
      kpis: [{ code: 'AC9.1', objective: 'AC9', name: '孤兒 KPI' }],
    });
    const res = await t.request('POST', '/api/plans/import', bad);
    expect(res.status).toBe(400);
    expect(res.body.issues).toContainEqual({
      path: 'kpis.0.objective',
      message: 'KPI AC9.1 belongs to objective AC9, which is not in the plan',
    });
    const schemaError = await t.request('POST', '/api/plans/import', { ...cityPlan(), year: 2021 });
    expect(schemaError.status).toBe(400);
    expect(schemaError.body.issues[0].path).toBe('year');
    const unknownParent = await t.request(
      'POST',
      '/api/plans/import',
      bureauPlan({ org: { name: '某局', parent: '不存在的府' } }),
    );
    expect(unknownParent.status).toBe(400);
    expect(unknownParent.body.message).toContain('不存在的府');
    expect((await t.request('GET', '/api/orgs')).body).toEqual(before.body);
  });

  it('copies a plan to the next year as a draft with every element, once', async () => {
    const list = await t.request('GET', '/api/plans?year=110');
    const bureauId = list.body.plans.find((p: { orgName: string }) => p.orgName === '臺北市政府教育局').id;
    const copy = await t.request('POST', `/api/plans/${bureauId}/copy-to-next-year`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ year: 111, status: 'draft' });
    const [source, target] = await Promise.all([
      t.request('GET', `/api/plans/${bureauId}/document`),
      t.request('GET', `/api/plans/${copy.body.id}/document`),
    ]);
    expect({ ...target.body, year: 110 }).toEqual(source.body);
    const twice = await t.request('POST', `/api/plans/${bureauId}/copy-to-next-year`);
    expect(twice.status).toBe(409);
  });

  it('updates plan fields with optimistic concurrency', async () => {
    const created = await t.request('POST', '/api/plans', { orgId: 1, year: 120, mission: '使命' });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const ok = await t.request('PATCH', `/api/plans/${id}`, { version: 1, coreValues: ['誠信', '創新'] });
    expect(ok.body).toMatchObject({ version: 2, coreValues: ['誠信', '創新'] });
    const stale = await t.request('PATCH', `/api/plans/${id}`, { version: 1, vision: '舊版本的修改' });
    expect(stale.status).toBe(409);
    expect(stale.body.details.currentVersion).toBe(2);
    const dup = await t.request('POST', '/api/plans', { orgId: 1, year: 120 });
    expect(dup.status).toBe(409);
    expect((await t.request('DELETE', `/api/plans/${id}?version=1`)).status).toBe(409);
    expect((await t.request('DELETE', `/api/plans/${id}?version=2`)).status).toBe(204);
    expect((await t.request('GET', `/api/plans/${id}`)).status).toBe(404);
  });

  it('answers unknown things with 404 and malformed requests with 400, never a stack trace', async () => {
    expect((await t.request('GET', '/api/plans/99999')).status).toBe(404);
    expect((await t.request('GET', '/api/nothing-here')).status).toBe(404);
    const notNumber = await t.request('GET', '/api/plans/abc');
    expect(notNumber.status).toBe(400);
    expect(notNumber.body.issues[0].path).toBe('params.planId');
    const cookie = Object.entries(t.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/plans/import',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': t.cookies.stratmap_csrf ?? '' },
      payload: '{"format": ',
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'validation' });
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });
});
