import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/import/actuals-sheet';
import { type Client, createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';
import { trackedPlan } from '../support/tracking-fixtures';

const CSV = 'text/csv';

describe(`upload templates and the plan's KPI history on ${engineName()}`, () => {
  let t: TestApp;
  let planId: number;
  let orgId: number;
  let reporter: Client;
  /** A file download as the reporter (the test client parses JSON only). */
  const download = (url: string) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: {
        cookie: Object.entries(reporter.cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
    });
  const results = async () => (await t.request('GET', `/api/plans/${planId}/results`)).body;

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.request('POST', '/api/plans/import', {
      plans: [
        trackedPlan({
          year: 108,
          targets: [{ kpi: 'AC1.1', period: '108', value: 80 }],
          actuals: [{ kpi: 'AC1.1', period: '108', value: 84 }],
        }),
        trackedPlan({
          year: 109,
          targets: [
            { kpi: 'AC1.1', period: '109', value: 88 },
            { kpi: 'F1.1', period: '109', value: 100 },
          ],
          actuals: [
            { kpi: 'AC1.1', period: '109Q4', value: 86 },
            { kpi: 'F1.1', period: '109', value: 70 },
          ],
        }),
        trackedPlan({
          targets: [...(trackedPlan().targets ?? []), { kpi: 'AC1.1', period: '110Q1', value: 85 }],
        }),
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    planId = res.body.plans[2].planId;
    orgId = (await t.request('GET', `/api/plans/${planId}`)).body.orgId;
    reporter = await t.userWith('template-reporter', [{ orgId, role: 'reporter' }]);
  });
  afterAll(async () => t.close());

  it('gives a CSV template with every KPI, its target for the period and the input columns', async () => {
    const res = await download(`/api/plans/${planId}/actuals/template?period=110q1&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(String(res.headers['content-disposition'])).toContain(
      encodeURIComponent('臺北市政府-110Q1-實績填報.csv'),
    );
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(res.body);
    expect(rows[0]).toEqual([
      '指標代碼',
      '指標名稱',
      '期別',
      '目標值',
      '實績值',
      '階段',
      '良好日數',
      '全年日數',
      '備註',
      '佐證資料',
      '未達原因',
      '改善措施',
    ]);
    // The quarter's own target wins over the year's; a band and a stage are written as such.
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['AC1.1', '110Q1', '85'],
      ['AC1.2', '110Q1', '100'],
      ['AP1.1', '110Q1', '4–6'],
      ['BC1.1', '110Q1', '啟用'],
      ['F1.1', '110Q1', '100'],
    ]);
  });

  it('reads a filled template back: empty lines skipped, inputs computed, nothing else touched', async () => {
    const res = await download(`/api/plans/${planId}/actuals/template?period=110Q1&format=xlsx`);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).getCell(7).value).toBe('良好日數');
    // AC1.1 from its inputs, F1.1 as a value; AC1.2, AP1.1 and BC1.1 left empty.
    sheet.getRow(2).getCell(7).value = 81;
    sheet.getRow(2).getCell(8).value = 90;
    sheet.getRow(6).getCell(5).value = 105;
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = await reporter.request(
      'POST',
      `/api/plans/${planId}/actuals/upload?fileName=q1.xlsx&period=110Q1`,
      bytes,
      { 'content-type': 'application/octet-stream' },
    );
    expect(upload.status, JSON.stringify(upload.body)).toBe(200);
    expect(upload.body.skipped).toEqual([3, 4, 5]);
    expect(upload.body.stored.map((s: { kpi: string; value: number }) => [s.kpi, s.value])).toEqual([
      ['AC1.1', 90],
      ['F1.1', 105],
    ]);
    expect((await results()).actuals).toHaveLength(2);
  });

  it('refuses a template of nothing but empty lines, and periods outside the plan year', async () => {
    const template = await download(`/api/plans/${planId}/actuals/template?period=110Q2&format=csv`);
    const empty = await reporter.request(
      'POST',
      `/api/plans/${planId}/actuals/upload?fileName=q2.csv&period=110Q2`,
      template.rawPayload,
      { 'content-type': CSV },
    );
    expect(empty.status).toBe(400);
    expect(empty.body.details).toMatchObject({ code: 'no_rows', skipped: [2, 3, 4, 5, 6] });
    const wrongYear = await reporter.request('GET', `/api/plans/${planId}/actuals/template?period=109Q1`);
    expect(wrongYear.status).toBe(400);
    expect(wrongYear.body.issues).toEqual([{ path: 'period', message: expect.stringContaining('109Q1') }]);
    const badFormat = await reporter.request(
      'GET',
      `/api/plans/${planId}/actuals/template?period=110Q1&format=pdf`,
    );
    expect(badFormat.status).toBe(400);
    const badPeriod = await reporter.request(
      'POST',
      `/api/plans/${planId}/actuals/upload?fileName=q2.csv&period=110Q7`,
      'kpi,value\nF1.1,1\n',
      { 'content-type': CSV },
    );
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.body.details).toEqual({ code: 'invalid_period' });
  });

  it('keeps templates of a plan from those who may not read it', async () => {
    const other = await t.request('POST', '/api/orgs', { name: '臺北市政府觀光傳播局' });
    const outsider = await t.userWith('template-outsider', [{ orgId: other.body.id, role: 'editor' }]);
    const res = await outsider.request('GET', `/api/plans/${planId}/actuals/template?period=110Q1`);
    expect([404, 403]).toContain(res.status);
    expect(
      (await t.anonymous.request('GET', `/api/plans/${planId}/actuals/template?period=110Q1`)).status,
    ).toBe(401);
  });

  it("gives every KPI's earlier years in one answer, as the per-KPI history does", async () => {
    const res = await reporter.request('GET', `/api/plans/${planId}/kpi-history`);
    expect(res.status).toBe(200);
    expect(res.body.kpis.map((k: { code: string }) => k.code)).toEqual([
      'AC1.1',
      'AC1.2',
      'AP1.1',
      'BC1.1',
      'F1.1',
    ]);
    const byCode = new Map(res.body.kpis.map((k: { code: string; years: unknown[] }) => [k.code, k.years]));
    const ac = byCode.get('AC1.1') as { year: number; scores: { period: string; light: string }[] }[];
    expect(ac.map((y) => y.year)).toEqual([108, 109]);
    expect(ac[0]?.scores).toEqual([
      { period: '108', target: 80, actual: 84, achievement: 1.05, light: 'green' },
    ]);
    // 108 had the KPI without results; it is listed all the same.
    expect(byCode.get('F1.1')).toEqual([
      expect.objectContaining({ year: 108, targets: [], actuals: [], scores: [] }),
      expect.objectContaining({
        year: 109,
        targets: [expect.objectContaining({ period: '109', value: 100 })],
        actuals: [expect.objectContaining({ period: '109', value: 70 })],
        scores: [expect.objectContaining({ period: '109', achievement: 0.7, light: 'red' })],
      }),
    ]);
    // The same years, targets and actuals as asking for one KPI at a time.
    const kpiId = (await results()).kpis.find((k: { code: string }) => k.code === 'AC1.1').id;
    const one = await reporter.request('GET', `/api/plans/${planId}/kpis/${kpiId}/history`);
    expect(one.body.years.filter((y: { year: number }) => y.year < 110)).toEqual(ac);
    // The first year has no earlier ones.
    const first = res.body.kpis.length && (await t.request('GET', '/api/plans')).body.plans;
    const plan108 = first.find((p: { year: number; orgId: number }) => p.year === 108 && p.orgId === orgId);
    const none = await reporter.request('GET', `/api/plans/${plan108.id}/kpi-history`);
    expect(none.body.kpis.every((k: { years: unknown[] }) => k.years.length === 0)).toBe(true);
  });
});
