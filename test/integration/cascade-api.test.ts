import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSamplePlans } from '../../src/services/plans/import-sample-data';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

interface Node {
  org: { id: number; name: string };
  plan: { id: number; year: number };
  theme: { letter: string; name: string };
  objectives: { code: string; name: string }[];
  children: Node[];
}
interface Root {
  letter: string;
  name: string;
  named: { name: string; role: string; orgId: number | null; planId: number | null; takesUp: boolean }[];
  children: Node[];
}

const CITY = '臺北市政府';
const EDU = '臺北市政府教育局';
const LIBRARY = '臺北市立圖書館';

describe(`cascade API on ${engineName()}`, () => {
  let t: TestApp;
  const orgs: Record<string, number> = {};
  const plans: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.request('POST', '/api/plans/import', { plans: readSamplePlans() });
    expect(res.status).toBe(200);
    for (const o of (await t.request('GET', '/api/orgs')).body.organizations) orgs[o.name] = o.id;
    for (const p of (await t.request('GET', '/api/plans')).body.plans) plans[`${p.orgName}-${p.year}`] = p.id;
  });
  afterAll(async () => t.close());

  const cascade = async (orgId: number, year?: number, client = t as Pick<TestApp, 'request'>) =>
    client.request('GET', `/api/cascade?orgId=${orgId}${year ? `&year=${year}` : ''}`);

  it("follows a bureau theme into its agencies' themes and objectives; lists the themes nobody takes up", async () => {
    const res = await cascade(orgs[EDU] as number, 108);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ org: { name: EDU }, year: 108, plan: { id: plans[`${EDU}-108`] } });
    const library = readSamplePlans().find((p) => p.org.name === LIBRARY && p.year === 108);
    const takenUp = new Set(library?.themes.map((th) => th.cascadesFrom?.letter));
    const h = (res.body.themes as Root[]).find((th) => takenUp.has(th.letter));
    expect(h?.children.map((c) => [c.org.name, c.plan.id, c.theme.letter, c.theme.name])).toEqual(
      library?.themes.map((th) => [LIBRARY, plans[`${LIBRARY}-108`], th.letter, th.name]),
    );
    const first = h?.children[0];
    const expected = library?.objectives.filter((o) => o.theme === first?.theme.letter).map((o) => o.code);
    expect(first?.objectives.map((o) => o.code)).toEqual(expected);
    expect(expected?.length).toBeGreaterThan(0);
    // Every other theme of the bureau is untaken, and only those.
    expect(res.body.untaken.map((u: { letter: string }) => u.letter)).toEqual(
      (res.body.themes as Root[]).filter((th) => !takenUp.has(th.letter)).map((th) => th.letter),
    );
    expect(res.body.untaken).toHaveLength(res.body.themes.length - 1);
  });

  it('defaults to the latest year with a plan and lists the years', async () => {
    const res = await cascade(orgs[EDU] as number);
    expect(res.body).toMatchObject({ year: 110, years: [110, 108] });
    expect((await cascade(orgs[EDU] as number, 109)).status).toBe(404);
    expect((await cascade(999_999)).status).toBe(404);
  });

  it('names the lead and member bureaus of a city theme and follows cascades to any depth', async () => {
    const before = await cascade(orgs[CITY] as number, 110);
    const themes = before.body.themes as Root[];
    expect(before.body.untaken).toHaveLength(themes.length);
    // A theme the sample names 教育局 as lead of.
    const led = themes.find((th) => th.named.some((n) => n.name === EDU && n.role === 'lead'));
    expect(led?.named.find((n) => n.name === EDU)).toMatchObject({
      orgId: orgs[EDU],
      planId: plans[`${EDU}-110`],
      takesUp: false,
    });

    // 教育局 takes it up in 110, and an agency under 教育局 takes up that bureau theme.
    const bureauTheme = await t.request('POST', `/api/plans/${plans[`${EDU}-110`]}/themes`, {
      letter: 'Z',
      name: '串聯測試主題',
      cascadesFrom: { org: CITY, letter: led?.letter },
    });
    expect(bureauTheme.status).toBe(201);
    await t.request('POST', `/api/plans/${plans[`${EDU}-110`]}/objectives`, {
      code: 'ZC1',
      name: '串聯測試目標',
    });
    const agency = await t.request('POST', '/api/orgs', { name: '串聯測試館', parentId: orgs[EDU] });
    const agencyPlan = await t.request('POST', '/api/plans', { orgId: agency.body.id, year: 110 });
    await t.request('POST', `/api/plans/${agencyPlan.body.id}/themes`, {
      letter: 'A',
      name: '館所承接主題',
      cascadesFrom: { org: EDU, letter: 'Z', year: 110 },
    });

    const after = await cascade(orgs[CITY] as number, 110);
    const root = (after.body.themes as Root[]).find((th) => th.letter === led?.letter);
    expect(root?.children).toMatchObject([
      {
        org: { name: EDU },
        theme: { letter: 'Z', name: '串聯測試主題' },
        objectives: [{ code: 'ZC1', name: '串聯測試目標' }],
        children: [{ org: { name: '串聯測試館' }, plan: { id: agencyPlan.body.id }, theme: { letter: 'A' } }],
      },
    ]);
    expect(root?.named.find((n) => n.name === EDU)?.takesUp).toBe(true);
    expect(after.body.untaken.map((u: { letter: string }) => u.letter)).not.toContain(led?.letter);
    expect(after.body.untaken).toHaveLength(themes.length - 1);
  });

  it('shows only readable plans: drafts of other agencies are neither shown nor reachable', async () => {
    const hrViewer = await t.userWith('cascade-hr-viewer', [
      { orgId: orgs.臺北市政府人事處 as number, role: 'viewer' },
    ]);
    // 教育局's plans are drafts: not readable for a viewer of 人事處 (404, not 403, so they do not leak).
    expect((await cascade(orgs[EDU] as number, 108, hrViewer)).status).toBe(404);
    const eduViewer = await t.userWith('cascade-edu-viewer', [
      { orgId: orgs[EDU] as number, role: 'viewer' },
    ]);
    const own = await cascade(orgs[EDU] as number, 108, eduViewer);
    expect(own.status).toBe(200);
    expect(own.body.themes.some((th: Root) => th.children.some((c) => c.org.name === LIBRARY))).toBe(true);

    // Once the city plan is approved everyone reads it, but 教育局's draft theme stays hidden.
    const city = (await t.request('GET', `/api/plans/${plans[`${CITY}-110`]}`)).body;
    await t.request('POST', `/api/plans/${city.id}/workflow`, {
      transition: 'submit',
      version: city.version,
    });
    const approved = await t.request('POST', `/api/plans/${city.id}/workflow`, {
      transition: 'approve',
      version: city.version + 1,
    });
    expect(approved.status).toBe(200);
    const seenByHr = await cascade(orgs[CITY] as number, 110, hrViewer);
    expect(seenByHr.status).toBe(200);
    const all = (seenByHr.body.themes as Root[]).flatMap((th) => th.children);
    expect(all).toEqual([]);
    expect(seenByHr.body.untaken).toHaveLength(seenByHr.body.themes.length);
    for (const th of seenByHr.body.themes as Root[]) {
      for (const n of th.named) expect(n.planId === null || n.planId !== plans[`${EDU}-110`]).toBe(true);
    }
    const seenByEdu = await cascade(orgs[CITY] as number, 110, eduViewer);
    expect((seenByEdu.body.themes as Root[]).flatMap((th) => th.children).map((c) => c.org.name)).toEqual([
      EDU,
    ]);
  });

  it('asks anonymous callers to sign in', async () => {
    expect((await t.anonymous.request('GET', `/api/cascade?orgId=${orgs[CITY]}`)).status).toBe(401);
    expect((await t.request('GET', '/api/cascade')).status).toBe(400);
  });
});
