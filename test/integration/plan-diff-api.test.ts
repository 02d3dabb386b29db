import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearDiffRows } from '../../src/domain/plan-diff-rows';
import { PlanDocumentSchema } from '../../src/domain/plan-document';
import { readSamplePlans } from '../../src/services/plans/import-sample-data';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

const EDU = '臺北市政府教育局';

describe(`plan year diff API on ${engineName()}`, () => {
  let t: TestApp;
  const plans: Record<string, number> = {};
  const orgs: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.request('POST', '/api/plans/import', { plans: readSamplePlans() });
    expect(res.status).toBe(200);
    for (const o of (await t.request('GET', '/api/orgs')).body.organizations) orgs[o.name] = o.id;
    for (const p of (await t.request('GET', '/api/plans')).body.plans) plans[`${p.orgName}-${p.year}`] = p.id;
  });
  afterAll(async () => t.close());

  it('compares two years of one organisation, the earlier year on the left, whichever is asked first', async () => {
    const [y108, y110] = [plans[`${EDU}-108`], plans[`${EDU}-110`]];
    const res = await t.request('GET', `/api/plans/${y110}/diff?against=${y108}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      org: { id: orgs[EDU], name: EDU },
      left: { id: y108, year: 108, status: 'draft' },
      right: { id: y110, year: 110, status: 'draft' },
    });
    // The same rows as the domain computes from the two stored documents.
    const doc = async (id: number | undefined) =>
      PlanDocumentSchema.parse((await t.request('GET', `/api/plans/${id}/document`)).body);
    const expected = yearDiffRows(await doc(y108), await doc(y110));
    expect(res.body.rows).toHaveLength(expected.length);
    expect(res.body.counts.total).toBe(expected.length);
    for (const change of ['added', 'removed', 'renamed'] as const) {
      expect(res.body.counts.byChange[change]).toBe(expected.filter((r) => r.change === change).length);
      expect(res.body.counts.byChange[change]).toBeGreaterThan(0);
    }
    // 108's theme B was renamed in 110 (both names from the samples).
    const samples = readSamplePlans().filter((p) => p.org.name === EDU);
    const nameOf = (year: number, letter: string) =>
      samples.find((p) => p.year === year)?.themes.find((th) => th.letter === letter)?.name;
    expect(res.body.rows).toContainEqual({
      element: 'theme',
      change: 'renamed',
      field: null,
      left: { code: 'B', name: nameOf(108, 'B'), value: null },
      right: { code: 'B', name: nameOf(110, 'B'), value: null },
    });
    const removed = res.body.rows.find((r: { change: string }) => r.change === 'removed');
    expect(removed.right).toBeNull();
    expect(removed.left.name).not.toBe('');

    const reversed = await t.request('GET', `/api/plans/${y108}/diff?against=${y110}`);
    expect(reversed.body).toEqual(res.body);
  });

  it('refuses plans of two organisations and a plan compared with itself (400, saying why)', async () => {
    const other = await t.request(
      'GET',
      `/api/plans/${plans[`${EDU}-110`]}/diff?against=${plans['臺北市政府人事處-110']}`,
    );
    expect(other.status).toBe(400);
    expect(other.body.message).toMatch(/one organisation/);
    expect(other.body.message).toContain('臺北市政府人事處');
    expect(other.body.issues[0].path).toBe('against');
    const self = await t.request(
      'GET',
      `/api/plans/${plans[`${EDU}-110`]}/diff?against=${plans[`${EDU}-110`]}`,
    );
    expect(self.status).toBe(400);
    expect((await t.request('GET', `/api/plans/${plans[`${EDU}-110`]}/diff`)).status).toBe(400);
  });

  it("keeps another agency's drafts hidden (404) and asks anonymous callers to sign in", async () => {
    const url = `/api/plans/${plans[`${EDU}-110`]}/diff?against=${plans[`${EDU}-108`]}`;
    const hr = await t.userWith('diff-hr-viewer', [
      { orgId: orgs.臺北市政府人事處 as number, role: 'viewer' },
    ]);
    expect((await hr.request('GET', url)).status).toBe(404);
    const edu = await t.userWith('diff-edu-viewer', [{ orgId: orgs[EDU] as number, role: 'viewer' }]);
    expect((await edu.request('GET', url)).status).toBe(200);
    // Even when one side is readable, an unreadable other side is simply not there.
    const mixed = `/api/plans/${plans['臺北市政府人事處-110']}/diff?against=${plans[`${EDU}-108`]}`;
    const hrOwn = await hr.request('GET', mixed);
    expect(hrOwn.status).toBe(404);
    expect(JSON.stringify(hrOwn.body)).not.toContain(EDU);
    expect((await t.anonymous.request('GET', url)).status).toBe(401);
    expect((await t.request('GET', `/api/plans/999999/diff?against=${plans[`${EDU}-108`]}`)).status).toBe(
      404,
    );
  });
});
