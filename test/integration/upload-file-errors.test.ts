import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';
import { trackedPlan } from '../support/tracking-fixtures';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');

describe(`uploads refused as a whole file, by stable code, on ${engineName()}`, () => {
  let t: TestApp;
  let planId: number;
  let reporter: Client;
  const upload = (body: string | Buffer, fileName: string) =>
    reporter.request(
      'POST',
      `/api/plans/${planId}/actuals/upload?fileName=${encodeURIComponent(fileName)}&period=110Q1`,
      body,
      { 'content-type': 'application/octet-stream' },
    );
  const actuals = async () => (await t.request('GET', `/api/plans/${planId}/results`)).body.actuals;

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.request('POST', '/api/plans/import', { plans: [trackedPlan()] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    planId = res.body.plans[0].planId;
    const orgId = (await t.request('GET', `/api/plans/${planId}`)).body.orgId;
    reporter = await t.userWith('file-reporter', [{ orgId, role: 'reporter' }]);
  });
  afterAll(async () => t.close());

  it('says a PDF named .xlsx is a PDF, with its code for the client and an English message', async () => {
    const before = await actuals();
    const res = await upload(PDF, '第一季實績.xlsx');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: 'validation',
      message: expect.stringMatching(/^第一季實績\.xlsx: this is a PDF file, not a sheet/),
      issues: [],
      details: { code: 'unreadable', fileError: { code: 'pdf_file', params: {} } },
    });
    expect(await actuals()).toEqual(before);
  });

  it('carries the params of a refusal: the heading row without a KPI code column', async () => {
    const res = await upload('\r\n期別,實績值\r\n110Q1,5\r\n', 'q1.csv');
    expect(res.status).toBe(400);
    expect(res.body.details.fileError).toEqual({ code: 'no_kpi_column', params: { row: 2 } });
  });

  it('gives a file with only unfilled template lines its own code, with how many were skipped', async () => {
    const res = await upload('指標代碼,期別,實績值\r\nAC1.2,,\r\nAP1.1,,\r\n', 'q1.csv');
    expect(res.status).toBe(400);
    expect(res.body.details).toMatchObject({
      code: 'no_rows',
      skipped: [2, 3],
      fileError: { code: 'no_rows', params: { skipped: 2 } },
    });
  });
});
