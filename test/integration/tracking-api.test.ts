import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';
import { Q1_ACTUALS, trackedPlan } from '../support/tracking-fixtures';

describe(`targets, actuals, locks and lights on ${engineName()}`, () => {
  let t: TestApp;
  let planId: number;
  let orgId: number;
  let reporter: Client;
  let editor: Client;
  const results = async () => (await t.request('GET', `/api/plans/${planId}/results`)).body;
  const actualOf = async (kpi: string, period: string) =>
    (await results()).actuals.find(
      (a: { kpi: string; period: string }) => a.kpi === kpi && a.period === period,
    );

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.request('POST', '/api/plans/import', trackedPlan());
    planId = res.body.plans[0].planId;
    orgId = (await t.request('GET', `/api/plans/${planId}`)).body.orgId;
    reporter = await t.userWith('reporter1', [{ orgId, role: 'reporter' }]);
    editor = await t.userWith('editor1', [{ orgId, role: 'editor' }]);
  });
  afterAll(async () => t.close());

  it('returns the KPI scoring fields and the imported targets', async () => {
    const body = await results();
    const ac12 = body.kpis.find((k: { code: string }) => k.code === 'AC1.2');
    expect(ac12).toMatchObject({ polarity: 'lower', weight: 3, frequency: 'quarter', aggregate: 'last' });
    const bc = body.kpis.find((k: { code: string }) => k.code === 'BC1.1');
    expect(bc.stages).toEqual([
      { name: '招標', percent: 25 },
      { name: '完工', percent: 75 },
      { name: '啟用', percent: 100 },
    ]);
    expect(body.targets.find((x: { kpi: string }) => x.kpi === 'AP1.1')).toMatchObject({ min: 4, max: 6 });
  });

  it('lets editors set a grid of targets while the plan is a draft, all or nothing', async () => {
    const bad = await editor.request('PUT', `/api/plans/${planId}/targets`, {
      targets: [
        { kpi: 'AC1.1', period: '110Q2', value: 92 },
        { kpi: 'ZZ9.9', period: '110Q2', value: 1 },
        { kpi: 'AC1.2', period: '109', value: 1 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path)).toEqual([
      'targets.1.kpi',
      'targets.2.period',
    ]);
    expect((await results()).targets).toHaveLength(5);
    const ok = await editor.request('PUT', `/api/plans/${planId}/targets`, {
      targets: [{ kpi: 'AC1.1', period: '110q2', value: 92 }],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.stored[0]).toMatchObject({ kpi: 'AC1.1', period: '110Q2', value: 92, version: 1 });
    const stale = await editor.request('PUT', `/api/plans/${planId}/targets`, {
      targets: [{ kpi: 'AC1.1', period: '110Q2', value: 93 }],
    });
    expect(stale.status).toBe(409);
    const kpiId = (await results()).kpis.find((k: { code: string }) => k.code === 'AC1.1').id;
    const kpi = await editor.request('PATCH', `/api/plans/${planId}/kpis/${kpiId}`, {
      version: 1,
      polarity: 'higher',
      weight: 1,
      frequency: 'quarter',
    });
    expect(kpi.status).toBe(200);
    const badKpi = await editor.request('PATCH', `/api/plans/${planId}/kpis/${kpiId}`, {
      version: kpi.body.version,
      polarity: 'sideways',
      weight: -1,
    });
    expect(badKpi.status).toBe(400);
    expect(badKpi.body.issues.map((i: { path: string }) => i.path)).toEqual(['polarity', 'weight']);
  });

  it('approves the plan; then editors may not change targets but an administrator may', async () => {
    for (const transition of ['submit', 'approve']) {
      const plan = (await t.request('GET', `/api/plans/${planId}`)).body;
      const res = await t.request('POST', `/api/plans/${planId}/workflow`, {
        transition,
        version: plan.version,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const target = (await results()).targets.find(
      (x: { kpi: string; period: string }) => x.period === '110Q2',
    );
    const change = { targets: [{ kpi: 'AC1.1', period: '110Q2', value: 95, version: target.version }] };
    const byEditor = await editor.request('PUT', `/api/plans/${planId}/targets`, change);
    expect(byEditor.status).toBe(409);
    expect(byEditor.body.message).toContain('only an administrator');
    const byAdmin = await t.request('PUT', `/api/plans/${planId}/targets`, change);
    expect(byAdmin.status).toBe(200);
  });

  it('lets a reporter enter actuals on the approved plan but not change a KPI definition', async () => {
    const res = await reporter.request('PUT', `/api/plans/${planId}/actuals`, {
      period: '110Q1',
      actuals: Q1_ACTUALS,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.stored.map((s: { kpi: string; light: string }) => [s.kpi, s.light])).toEqual([
      ['AC1.1', 'green'],
      ['AC1.2', 'yellow'],
      ['F1.1', 'green'],
    ]);
    const ac11 = await actualOf('AC1.1', '110Q1');
    expect(ac11).toMatchObject({
      value: 90,
      inputs: { 良好日數: 81, 全年日數: 90 },
      reportedBy: 'reporter1',
    });
    const kpiId = ac11.kpiId;
    const patch = await reporter.request('PATCH', `/api/plans/${planId}/kpis/${kpiId}`, {
      version: 2,
      weight: 5,
    });
    expect(patch.status).toBe(403);
    const viewer = await t.userWith('viewer1', [{ orgId, role: 'viewer' }]);
    const denied = await viewer.request('PUT', `/api/plans/${planId}/actuals`, {
      period: '110Q1',
      actuals: [{ kpi: 'AP1.1', value: 5 }],
    });
    expect(denied.status).toBe(403);
  });

  it('refuses a red result without an explanation and a corrective action, with field paths', async () => {
    const red = await reporter.request('PUT', `/api/plans/${planId}/actuals`, {
      period: '110Q1',
      actuals: [
        { kpi: 'AP1.1', value: 7 },
        { kpi: 'BC1.1', stage: '完工', explanation: '工期延宕' },
      ],
    });
    expect(red.status).toBe(400);
    expect(red.body.issues.map((i: { path: string }) => i.path)).toEqual([
      'actuals.0.explanation',
      'actuals.0.correctiveAction',
      'actuals.1.correctiveAction',
    ]);
    expect(red.body.issues[0].message).toContain('AP1.1 is red for 110Q1 (achievement 50 %)');
    expect(await actualOf('AP1.1', '110Q1')).toBeUndefined();
    const ok = await reporter.request('PUT', `/api/plans/${planId}/actuals`, {
      period: '110Q1',
      actuals: [
        { kpi: 'AP1.1', value: 7, explanation: '回收量暴增', correctiveAction: '增設分類站' },
        { kpi: 'BC1.1', stage: '完工', explanation: '工期延宕', correctiveAction: '趕工並逐月追蹤' },
      ],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.stored.map((s: { light: string }) => s.light)).toEqual(['red', 'red']);
    // Changing only the explanation keeps the reported value.
    const stored = await actualOf('AP1.1', '110Q1');
    const explained = await reporter.request('PUT', `/api/plans/${planId}/actuals`, {
      actuals: [
        { kpi: 'AP1.1', period: '110Q1', explanation: '颱風過後回收量暴增', version: stored.version },
      ],
    });
    expect(explained.status, JSON.stringify(explained.body)).toBe(200);
    expect(await actualOf('AP1.1', '110Q1')).toMatchObject({
      value: 7,
      explanation: '颱風過後回收量暴增',
      correctiveAction: '增設分類站',
    });
  });

  it('detects stale entries instead of overwriting them', async () => {
    const again = await reporter.request('PUT', `/api/plans/${planId}/actuals`, {
      period: '110Q1',
      actuals: [{ kpi: 'AC1.2', value: 110 }],
    });
    expect(again.status).toBe(409);
    const current = await actualOf('AC1.2', '110Q1');
    const stale = await reporter.request('PUT', `/api/plans/${planId}/actuals`, {
      period: '110Q1',
      actuals: [{ kpi: 'AC1.2', value: 110, version: current.version + 1 }],
    });
    expect(stale.status).toBe(409);
    const wrong = await reporter.request('PUT', `/api/plans/${planId}/actuals`, {
      period: '110M02',
      actuals: [{ kpi: 'F1.1', value: 999 }],
    });
    expect(wrong.status).toBe(200);
    const [mistake] = wrong.body.stored;
    const del = `/api/plans/${planId}/actuals/${mistake.id}`;
    expect((await reporter.request('DELETE', `${del}?version=${mistake.version + 1}`)).status).toBe(409);
    expect((await reporter.request('DELETE', `${del}?version=${mistake.version}`)).status).toBe(204);
    expect(await actualOf('F1.1', '110M02')).toBeUndefined();
    const formulaError = await reporter.request('PUT', `/api/plans/${planId}/actuals`, {
      period: '110Q2',
      actuals: [{ kpi: 'AC1.1', inputs: { 良好日數: 80, 全年日數: 0 } }],
    });
    expect(formulaError.status).toBe(400);
    expect(formulaError.body.issues[0].path).toBe('actuals.0.inputs');
  });

  it('scores the plan for 110Q1 exactly as docs/SCORING.md works it out by hand', async () => {
    const res = await reporter.request('GET', `/api/plans/${planId}/scores?period=110Q1`);
    expect(res.status).toBe(200);
    const kpi = Object.fromEntries(
      res.body.kpis.map((k: { code: string; achievement: number; light: string }) => [
        k.code,
        [k.achievement, k.light],
      ]),
    );
    expect(kpi).toEqual({
      'AC1.1': [1, 'green'],
      'AC1.2': [0.8, 'yellow'],
      'AP1.1': [0.5, 'red'],
      'BC1.1': [0.75, 'red'],
      'F1.1': [1.3, 'green'],
    });
    type Row = Record<string, string | number | null>;
    const of = (xs: Row[], key: string) =>
      Object.fromEntries(xs.map((x) => [x[key], [x.achievement, x.light]]));
    // AC1 = (1×1 + 3×0.8) / 4 = 0.85; F1 is capped at 1.2 before it rolls up.
    expect(of(res.body.objectives, 'code')).toEqual({
      AC1: [0.85, 'yellow'],
      AP1: [0.5, 'red'],
      BC1: [0.75, 'red'],
      F1: [1.2, 'green'],
    });
    // A = (0.85 + 0.5 + 1.2) / 3 with the shared F1; B = (0.75 + 1.2) / 2.
    expect(of(res.body.themes, 'letter')).toEqual({ A: [0.85, 'yellow'], B: [0.975, 'yellow'] });
    expect(of(res.body.perspectives, 'perspective')).toEqual({
      C: [0.8, 'yellow'],
      P: [0.5, 'red'],
      L: [null, 'none'],
      F: [1.2, 'green'],
    });
    expect(res.body.plan.achievement).toBeCloseTo(2.5 / 3, 9);
    expect(res.body.plan.light).toBe('yellow');
    expect(res.body.kpis[0]).toMatchObject({
      id: expect.any(Number),
      name: '空氣品質良好日數比率',
      target: 90,
    });
    expect((await t.request('GET', `/api/plans/${planId}/scores?period=109Q1`)).status).toBe(400);
  });

  it('locks a period: reporters get 409 until an administrator unlocks it', async () => {
    expect((await reporter.request('POST', `/api/plans/${planId}/locks`, { period: '110Q2' })).status).toBe(
      403,
    );
    const lock = await t.request('POST', `/api/plans/${planId}/locks`, { period: '110Q2' });
    expect(lock.status).toBe(201);
    expect(lock.body).toMatchObject({ period: '110Q2', lockedBy: 'admin' });
    const entry = { period: '110Q2', actuals: [{ kpi: 'AC1.2', value: 90 }] };
    const refused = await reporter.request('PUT', `/api/plans/${planId}/actuals`, entry);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('110Q2');
    expect(refused.body.message).toContain('locked');
    expect((await results()).locks).toEqual([expect.objectContaining({ period: '110Q2' })]);
    expect((await t.request('DELETE', `/api/plans/${planId}/locks/110Q2`)).status).toBe(204);
    expect((await reporter.request('PUT', `/api/plans/${planId}/actuals`, entry)).status).toBe(200);
    const yearLock = await t.request('POST', `/api/plans/${planId}/locks`, { period: '110' });
    expect(yearLock.status).toBe(201);
    const inYear = await reporter.request('PUT', `/api/plans/${planId}/actuals`, {
      period: '110M07',
      actuals: [{ kpi: 'AC1.2', value: 90 }],
    });
    expect(inYear.status).toBe(409);
    expect((await t.request('DELETE', `/api/plans/${planId}/locks/110`)).status).toBe(204);
  });

  it('audits every write of results', async () => {
    const audit = await t.request('GET', `/api/audit?planId=${planId}`);
    const actions = new Set(audit.body.entries.map((e: { action: string }) => e.action));
    for (const a of ['targets.set', 'actuals.enter', 'period.lock', 'period.unlock'])
      expect(actions).toContain(a);
  });
});
