import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityPlan } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';

describe(`plan elements API on ${engineName()}`, () => {
  let t: TestApp;
  let planId: number;
  const detail = async () => (await t.request('GET', `/api/plans/${planId}`)).body;
  const byCode = (xs: { code: string }[], code: string) =>
    xs.find((x) => x.code === code) as { id: number; version: number; code: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.request('POST', '/api/plans/import', cityPlan());
    planId = res.body.plans[0].planId;
  });
  afterAll(async () => t.close());

  it('adds a theme, objectives that file under it by code, and KPIs, KSFs, actions and links under them', async () => {
    const theme = await t.request('POST', `/api/plans/${planId}/themes`, {
      letter: 'c',
      name: '發展多元文化',
      lead: '文化局',
    });
    expect(theme.status).toBe(201);
    expect(theme.body).toMatchObject({ letter: 'C', name: '發展多元文化', position: 2 });
    const objective = await t.request('POST', `/api/plans/${planId}/objectives`, {
      code: 'ｃｃ１',
      name: '鼓勵參與藝文活動',
    });
    expect(objective.status).toBe(201);
    expect(objective.body).toMatchObject({ code: 'CC1', perspective: 'C', themeId: theme.body.id });
    const shared = await t.request('POST', `/api/plans/${planId}/objectives`, {
      code: 'L1',
      name: '共同學習成長',
    });
    expect(shared.body).toMatchObject({ code: 'L1', perspective: 'L', themeId: null });
    const kpi = await t.request('POST', `/api/plans/${planId}/kpis`, {
      code: 'CC1.1',
      name: '藝文活動參與人次',
      unit: '人次',
    });
    expect(kpi.body).toMatchObject({
      code: 'CC1.1',
      objectiveId: objective.body.id,
      unit: '人次',
      formula: null,
    });
    const action = await t.request('POST', `/api/plans/${planId}/actions`, {
      code: 'CC1.1.1',
      name: '藝文推廣計畫',
    });
    expect(action.body).toMatchObject({ kpiId: kpi.body.id });
    const ksf = await t.request('POST', `/api/plans/${planId}/ksfs`, {
      objective: 'CC1',
      name: '擴大藝文場域',
    });
    expect(ksf.body).toMatchObject({ code: 'CC1', objectiveId: objective.body.id });
    const link = await t.request('POST', `/api/plans/${planId}/links`, { from: 'L1', to: 'CC1' });
    expect(link.status).toBe(201);
    const doc = (await t.request('GET', `/api/plans/${planId}/document`)).body;
    expect(doc.themes.find((x: { letter: string }) => x.letter === 'C')).toMatchObject({
      lead: '文化局',
      members: [],
    });
    expect(doc.links).toContainEqual({ from: 'L1', to: 'CC1' });
  });

  it('refuses elements whose code names a missing parent, with the field', async () => {
    const cases: [string, object, string][] = [
      ['objectives', { code: 'ZC1', name: 'x' }, 'the plan has no theme Z'],
      ['kpis', { code: 'AC7.1', name: 'x' }, 'the plan has no objective AC7'],
      ['actions', { code: 'AC1.9.1', name: 'x' }, 'the plan has no KPI AC1.9'],
      ['ksfs', { objective: 'AP9', name: 'x' }, 'the plan has no objective AP9'],
      ['objectives', { code: 'AC1.1', name: 'x' }, 'is not an objective code'],
      ['links', { from: 'AC1', to: 'AC1' }, 'cannot link to itself'],
    ];
    for (const [path, body, message] of cases) {
      const res = await t.request('POST', `/api/plans/${planId}/${path}`, body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(res.body.message).toContain(message);
      expect(res.body.issues[0].path).toBeTruthy();
    }
    const duplicate = await t.request('POST', `/api/plans/${planId}/objectives`, {
      code: 'AC1',
      name: '重複',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toBe('this plan already has an objective with this code');
    const emptyName = await t.request('POST', `/api/plans/${planId}/kpis`, { code: 'AC1.3', name: '   ' });
    expect(emptyName.status).toBe(400);
    expect(emptyName.body.issues).toEqual([{ path: 'name', message: 'name must not be empty' }]);
  });

  it('recodes an objective and carries its KPIs, action plans and KSF codes along', async () => {
    const before = await detail();
    const ac1 = byCode(before.objectives, 'AC1');
    const res = await t.request('PATCH', `/api/plans/${planId}/objectives/${ac1.id}`, {
      version: ac1.version,
      code: 'AC2',
    });
    expect(res.status).toBe(200);
    const doc = (await t.request('GET', `/api/plans/${planId}/document`)).body;
    expect(doc.kpis.map((k: { code: string }) => k.code)).toEqual(expect.arrayContaining(['AC2.1', 'AC2.2']));
    expect(doc.actions.map((a: { code: string }) => a.code)).toEqual(
      expect.arrayContaining(['AC2.1.1', 'AC2.1.2']),
    );
    expect(
      doc.ksfs
        .filter((k: { objective: string }) => k.objective === 'AC2')
        .map((k: { code: string }) => k.code),
    ).toEqual(['AC2', 'AC2']);
    expect(doc.links).toContainEqual({ from: 'AP1', to: 'AC2' });
  });

  it('re-letters a theme and recodes its objectives', async () => {
    const theme = (await detail()).themes.find((x: { letter: string }) => x.letter === 'B');
    const res = await t.request('PATCH', `/api/plans/${planId}/themes/${theme.id}`, {
      version: theme.version,
      letter: 'D',
    });
    expect(res.status).toBe(200);
    const doc = (await t.request('GET', `/api/plans/${planId}/document`)).body;
    expect(doc.objectives).toContainEqual({
      code: 'DC1',
      theme: 'D',
      perspective: 'C',
      name: '實現居住正義',
    });
  });

  it('detects a stale edit (409) and never loses the other change', async () => {
    const d = await detail();
    const ap1 = byCode(d.objectives, 'AP1');
    const first = await t.request('PATCH', `/api/plans/${planId}/objectives/${ap1.id}`, {
      version: ap1.version,
      name: '甲的修改',
    });
    expect(first.status).toBe(200);
    const second = await t.request('PATCH', `/api/plans/${planId}/objectives/${ap1.id}`, {
      version: ap1.version,
      name: '乙的修改',
    });
    expect(second.status).toBe(409);
    expect(second.body.message).toContain('changed by someone else');
    expect(byCode((await detail()).objectives, 'AP1').name).toBe('甲的修改');
    const missingVersion = await t.request('PATCH', `/api/plans/${planId}/objectives/${ap1.id}`, {
      name: '沒有版本',
    });
    expect(missingVersion.status).toBe(400);
    expect(missingVersion.body.issues[0].path).toBe('version');
  });

  it('renames, redefines and deletes KPIs, actions and KSFs', async () => {
    const d = await detail();
    const kpi = byCode(d.kpis, 'F1.1');
    const res = await t.request('PATCH', `/api/plans/${planId}/kpis/${kpi.id}`, {
      version: kpi.version,
      formula: '實支數÷預算數×100%',
      unit: '%',
    });
    expect(res.body).toMatchObject({ formula: '實支數÷預算數×100%', version: kpi.version + 1 });
    const action = byCode(d.actions, 'F1.1.1');
    expect(
      (await t.request('DELETE', `/api/plans/${planId}/actions/${action.id}?version=${action.version}`))
        .status,
    ).toBe(204);
    expect((await t.request('DELETE', `/api/plans/${planId}/actions/${action.id}`)).status).toBe(404);
    const ksf = d.ksfs[0];
    const renamed = await t.request('PATCH', `/api/plans/${planId}/ksfs/${ksf.id}`, {
      version: ksf.version,
      name: '新的成功因素',
    });
    expect(renamed.body.name).toBe('新的成功因素');
  });

  it('deletes an objective with everything under it, and a theme with its objectives', async () => {
    const d = await detail();
    const ac2 = byCode(d.objectives, 'AC2');
    expect((await t.request('DELETE', `/api/plans/${planId}/objectives/${ac2.id}`)).status).toBe(204);
    let doc = (await t.request('GET', `/api/plans/${planId}/document`)).body;
    expect(doc.kpis.some((k: { code: string }) => k.code.startsWith('AC2'))).toBe(false);
    expect(doc.links.some((l: { from: string; to: string }) => l.to === 'AC2')).toBe(false);
    const themeD = d.themes.find((x: { letter: string }) => x.letter === 'D');
    expect((await t.request('DELETE', `/api/plans/${planId}/themes/${themeD.id}`)).status).toBe(204);
    doc = (await t.request('GET', `/api/plans/${planId}/document`)).body;
    expect(doc.objectives.some((o: { code: string }) => o.code === 'DC1')).toBe(false);
    const link = (await detail()).links[0];
    expect((await t.request('DELETE', `/api/plans/${planId}/links/${link.id}`)).status).toBe(204);
  });

  it('refuses elements of another plan addressed through this plan', async () => {
    const other = await t.request('POST', '/api/plans', { orgId: 1, year: 130 });
    const d = await detail();
    const objective = d.objectives[0];
    const res = await t.request('PATCH', `/api/plans/${other.body.id}/objectives/${objective.id}`, {
      version: objective.version,
      name: 'x',
    });
    expect(res.status).toBe(404);
  });
});
