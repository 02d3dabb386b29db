import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';
import { trackedPlan } from '../support/tracking-fixtures';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function xlsx(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('實績');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe(`uploads, inbox, history, city scores and copying on ${engineName()}`, () => {
  let t: TestApp;
  let planId: number;
  let reporter: Client;
  const upload = (body: string | Buffer, fileName: string, type: string, period = '110Q1') =>
    reporter.request(
      'POST',
      `/api/plans/${planId}/actuals/upload?fileName=${encodeURIComponent(fileName)}&period=${period}`,
      body,
      { 'content-type': type },
    );
  const actuals = async () => (await t.request('GET', `/api/plans/${planId}/results`)).body.actuals;

  beforeAll(async () => {
    t = await createTestApp();
    const history = trackedPlan({
      year: 109,
      targets: [{ kpi: 'AC1.1', period: '109', value: 88 }],
      actuals: [
        { kpi: 'AC1.1', period: '109Q4', value: 86 },
        { kpi: 'AC1.1', period: '109', value: 87 },
      ],
    });
    const res = await t.request('POST', '/api/plans/import', {
      plans: [
        history,
        trackedPlan(),
        {
          format: 'stratmap.plan/1',
          org: { name: '臺北市政府環境保護局', parent: '臺北市政府' },
          year: 110,
          themes: [{ letter: 'A', name: '淨化空氣', cascadesFrom: { org: '臺北市政府', letter: 'A' } }],
          objectives: [{ code: 'AC1', name: '改善空氣品質' }],
          kpis: [{ code: 'AC1.1', objective: 'AC1', name: '細懸浮微粒濃度', polarity: 'lower' }],
          targets: [{ kpi: 'AC1.1', period: '110', value: 15 }],
          actuals: [{ kpi: 'AC1.1', period: '110Q1', value: 20 }],
        },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    planId = res.body.plans[1].planId;
    const orgId = (await t.request('GET', `/api/plans/${planId}`)).body.orgId;
    reporter = await t.userWith('reporter2', [{ orgId, role: 'reporter' }]);
  });
  afterAll(async () => t.close());

  it('refuses a CSV with bad rows, naming row, column and problem, and stores nothing', async () => {
    const csv = [
      '指標代碼,期別,實績值,未達原因,改善措施',
      'AC1.2,110Q1,120,,',
      'XX9.1,110Q1,5,,',
      'AC1.1,109Q1,90,,',
      'F1.1,110Q1,九十,,',
      'AP1.1,110Q1,7,,',
    ].join('\r\n');
    const res = await upload(csv, '110Q1.csv', CSV);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('nothing was stored');
    expect(res.body.issues).toEqual([
      { path: 'row 3, 指標代碼', message: 'unknown KPI code "XX9.1": the plan has no such KPI' },
      { path: 'row 4, 期別', message: 'period 109Q1 is not the period being uploaded (110Q1)' },
      { path: 'row 5, 實績值', message: '"九十" is not a number' },
      // The rows without such problems are still judged: AP1.1 at 7 is outside its band [4, 6].
      {
        path: 'row 6, 未達原因',
        message: 'AP1.1 is red for 110Q1 (achievement 50 %): explain why the target was missed (未達原因)',
      },
      {
        path: 'row 6, 改善措施',
        message: 'AP1.1 is red for 110Q1 (achievement 50 %): say what will be done about it (改善措施)',
      },
    ]);
    // The same problems with stable codes, for the web app to say them in zh-TW.
    expect(res.body.details.code).toBe('row_errors');
    expect(
      res.body.details.rowErrors.map((e: { row: number; code: string; params: object }) => [
        e.row,
        e.code,
        e.params,
      ]),
    ).toEqual([
      [3, 'unknown_kpi', { kpi: 'XX9.1' }],
      [4, 'period_mismatch', { period: '109Q1', expected: '110Q1' }],
      [5, 'not_a_number', { text: '九十' }],
      [6, 'red_needs_explanation', { kpi: 'AP1.1', period: '110Q1' }],
      [6, 'red_needs_corrective_action', { kpi: 'AP1.1', period: '110Q1' }],
    ]);
    expect(await actuals()).toEqual([]);
    // Once the other rows are right, the red row still needs its explanation and corrective action.
    const red = await upload('kpi,period,value\nAP1.1,110Q1,7\nAC1.2,110Q1,120\n', 'q1.csv', CSV);
    expect(red.status).toBe(400);
    expect(red.body.details?.rowErrors ?? red.body.issues).toBeDefined();
    expect(red.body.issues.map((i: { path: string }) => i.path)).toEqual([
      'row 2, explanation',
      'row 2, correctiveAction',
    ]);
    expect(await actuals()).toEqual([]);
  });

  it('stores a good CSV, formula inputs computed into the value and kept', async () => {
    const csv =
      '\uFEFF指標代碼,實績值,良好日數,全年日數,備註\nAC1.1,,81,90,"監測站, 12 站"\nF1.1,"1,100",,,\n';
    const res = await upload(csv, 'q1.csv', CSV);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const stored = await actuals();
    expect(stored).toEqual([
      expect.objectContaining({
        kpi: 'AC1.1',
        period: '110Q1',
        value: 90,
        inputs: { 良好日數: 81, 全年日數: 90 },
        note: '監測站, 12 站',
      }),
      expect.objectContaining({ kpi: 'F1.1', period: '110Q1', value: 1100 }),
    ]);
  });

  it('refuses a bad XLSX the same way and stores a good one', async () => {
    const bad = await xlsx([
      ['kpi', 'period', 'value', 'explanation', 'correctiveAction'],
      ['F1.1', '110Q2', 'n/a', null, null],
      ['AP1.1', '110Q2', 5, null, null],
    ]);
    const refused = await upload(bad, 'q2.xlsx', XLSX, '110Q2');
    expect(refused.status).toBe(400);
    expect(refused.body.issues).toEqual([{ path: 'row 2, value', message: '"n/a" is not a number' }]);
    expect((await actuals()).filter((a: { period: string }) => a.period === '110Q2')).toEqual([]);
    const good = await xlsx([
      ['指標代碼', '期別', '實績值', '未達原因', '改善措施'],
      ['F1.1', '110Q2', 60, '標案流標', '重新招標'],
      ['AP1.1', '110Q2', 5, null, null],
    ]);
    const ok = await upload(good, 'q2.xlsx', XLSX, '110Q2');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.stored.map((s: { kpi: string; light: string }) => [s.kpi, s.light])).toEqual([
      ['F1.1', 'red'],
      ['AP1.1', 'green'],
    ]);
    const notSheet = await upload('hello', 'notes.docx', 'application/octet-stream');
    expect(notSheet.status).toBe(400);
  });

  it("lists what is due in the signed-in reporter's inbox", async () => {
    const res = await reporter.request('GET', '/api/inbox?at=2021-07-10');
    expect(res.status).toBe(200);
    const plan = res.body.plans.find((p: { planId: number }) => p.planId === planId);
    // 110Q2 ended on 30 June: AC1.1 and AC1.2 have no Q2 actual; F1.1 and AP1.1 were uploaded.
    expect(plan.due.map((d: { code: string; period: string }) => `${d.code}@${d.period}`)).toEqual([
      'AC1.1@110Q2',
      'AC1.2@110Q2',
    ]);
    const viewer = await t.userWith('viewer2', [{ orgId: plan.orgId, role: 'viewer' }]);
    expect((await viewer.request('GET', '/api/inbox?at=2021-07-10')).body.plans).toEqual([]);
    // An imported red result without an explanation waits in the inbox of the agency's reporters.
    const epa = await t.request('GET', '/api/plans');
    const epaPlan = epa.body.plans.find((p: { orgName: string }) => p.orgName === '臺北市政府環境保護局');
    const epaReporter = await t.userWith('reporter3', [{ orgId: epaPlan.orgId, role: 'reporter' }]);
    const inbox = (await epaReporter.request('GET', '/api/inbox?at=2021-04-10')).body.plans;
    expect(inbox).toHaveLength(1);
    expect(inbox[0].unexplained).toEqual([expect.objectContaining({ code: 'AC1.1', period: '110Q1' })]);
    // lower is better: 2 − 20/15.
    expect(inbox[0].unexplained[0].achievement).toBeCloseTo(2 - 20 / 15, 9);
  });

  it("gives a KPI's history across this year and earlier ones", async () => {
    const kpi = (await t.request('GET', `/api/plans/${planId}/results`)).body.kpis.find(
      (k: { code: string }) => k.code === 'AC1.1',
    );
    const res = await reporter.request('GET', `/api/plans/${planId}/kpis/${kpi.id}/history`);
    expect(res.status).toBe(200);
    expect(res.body.years.map((y: { year: number }) => y.year)).toEqual([109, 110]);
    const [y109, y110] = res.body.years;
    expect(y109.actuals.map((a: { period: string }) => a.period)).toEqual(['109Q4', '109']);
    expect(y109.scores).toEqual([
      { period: '109Q4', target: 88, actual: 86, achievement: expect.closeTo(86 / 88, 9), light: 'yellow' },
      { period: '109', target: 88, actual: 87, achievement: expect.closeTo(87 / 88, 9), light: 'yellow' },
    ]);
    expect(y110.scores.find((s: { period: string }) => s.period === '110Q1')).toMatchObject({
      actual: 90,
      achievement: 1,
      light: 'green',
    });
  });

  it('rolls the city up by organisation and city theme', async () => {
    const res = await reporter.request('GET', '/api/city/scores?year=110&period=110Q1');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.city).toMatchObject({ org: '臺北市政府', planId });
    // Cells are coloured by the thresholds the city's plan judges by.
    const cityScores = (await reporter.request('GET', `/api/plans/${planId}/scores?period=110Q1`)).body;
    expect(res.body.thresholds).toEqual(cityScores.settings.thresholds);
    const rows = Object.fromEntries(
      res.body.orgs.map((o: { org: string; byTheme: Record<string, number | null> }) => [o.org, o.byTheme]),
    );
    // The city's 110Q1: AC1 = AC1.1 = 1, F1 = 1100/100 capped at 1.2, the rest N/A;
    // A = (AC1 + F1) / 2 = 1.1, B = F1 = 1.2. The agency: lower is better, 2 − 20/15.
    const epa = 2 - 20 / 15;
    expect(rows.臺北市政府).toEqual({ A: 1.1, B: 1.2 });
    expect(rows.臺北市政府環境保護局.A).toBeCloseTo(epa, 9);
    expect(rows.臺北市政府環境保護局.B).toBeNull();
    const themeA = res.body.themes.find((x: { letter: string }) => x.letter === 'A');
    expect(themeA.achievement).toBeCloseTo((1.1 + epa) / 2, 9);
    expect(themeA.contributors.map((c: { org: string; planId: number }) => [c.org, c.planId > 0])).toEqual([
      ['臺北市政府', true],
      ['臺北市政府環境保護局', true],
    ]);
    expect(res.body.themes.find((x: { letter: string }) => x.letter === 'B')).toMatchObject({
      achievement: 1.2,
      light: 'green',
      counted: 1,
    });
    expect(res.body.plan.counted).toBe(2);
    expect((await t.request('GET', '/api/city/scores?year=110&period=109Q1')).status).toBe(400);
  });

  it('round-trips a plan with targets and actuals through its document', async () => {
    const doc = (await t.request('GET', `/api/plans/${planId}/document`)).body;
    expect(doc.targets).toHaveLength(5);
    expect(doc.actuals).toContainEqual({
      kpi: 'AC1.1',
      period: '110Q1',
      value: 90,
      inputs: { 良好日數: 81, 全年日數: 90 },
      note: '監測站, 12 站',
    });
    expect(doc.kpis.find((k: { code: string }) => k.code === 'AC1.2')).toMatchObject({
      polarity: 'lower',
      weight: 3,
    });
    const again = await t.request('POST', '/api/plans/import', { ...doc, org: { name: '臺北市政府' } });
    expect(again.body.plans[0]).toMatchObject({ action: 'unchanged', changes: [] });
    const copy = { ...doc, org: { name: '臺北市政府衛生局', parent: '臺北市政府' }, status: 'draft' };
    const stored = await t.request('POST', '/api/plans/import', copy);
    expect(stored.status, JSON.stringify(stored.body)).toBe(200);
    const back = (await t.request('GET', `/api/plans/${stored.body.plans[0].planId}/document`)).body;
    expect({ ...back, org: doc.org, status: doc.status }).toEqual(doc);
    const changed = await t.request('POST', '/api/plans/import?dryRun=true&replace=true', {
      ...copy,
      targets: doc.targets.map((x: { kpi: string }) => (x.kpi === 'F1.1' ? { ...x, value: 95 } : x)),
    });
    expect(changed.body.plans[0].changes).toEqual([
      { element: 'target', change: 'changed', code: 'F1.1@110', field: 'target', before: '100', after: '95' },
    ]);
  });

  it('copies definitions to the next year and leaves targets and actuals behind', async () => {
    const res = await t.request('POST', `/api/plans/${planId}/copy-to-next-year`);
    expect(res.status).toBe(201);
    const next = (await t.request('GET', `/api/plans/${res.body.id}/results`)).body;
    expect(next.targets).toEqual([]);
    expect(next.actuals).toEqual([]);
    expect(next.kpis.find((k: { code: string }) => k.code === 'BC1.1')).toMatchObject({
      polarity: 'milestone',
    });
    const doc = (await t.request('GET', `/api/plans/${res.body.id}/document`)).body;
    expect(doc.targets).toBeUndefined();
    expect(doc.actuals).toBeUndefined();
  });
});
