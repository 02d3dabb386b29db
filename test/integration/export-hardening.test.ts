import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_CHARACTERS } from '../../src/domain/control-characters';
import { malformedParts } from '../../src/export/ooxml-inspect';
import { parseCsv } from '../../src/import/actuals-sheet';
import { readWorkbook } from '../../src/import/workbook/read-workbook';
import { bumpGeneration } from '../../src/services/shared/read-cache';
import { createTestApp, type TestApp } from '../support/test-app';
import { engineName } from '../support/test-database';
import { trackedPlan } from '../support/tracking-fixtures';

/**
 * Issue 12, items 4 and 5: formula-like names reach no spreadsheet unquoted and come back as they
 * were; control characters are refused at input, and those stored before still make no broken file.
 */
describe(`export hardening on ${engineName()}`, () => {
  let t: TestApp;
  let planId: number;
  const HYPERLINK = '=HYPERLINK("http://evil.example","點我")';

  const download = async (url: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url,
      headers: {
        cookie: Object.entries(t.cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
    });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    return res;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const plan = trackedPlan();
    const names = [HYPERLINK, '+886 2 2720 8889 專線', '-5% 陳情案件', '@市民 回收率', "'=引號"];
    plan.kpis = (plan.kpis ?? []).map((k, i) => ({ ...k, name: names[i] ?? k.name }));
    plan.objectives = (plan.objectives ?? []).map((o, i) => (i === 0 ? { ...o, name: '-提升環境品質' } : o));
    const res = await t.request('POST', '/api/plans/import', { plans: [plan] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    planId = res.body.plans[0].planId;
  });
  afterAll(async () => t.close());

  it('CSV template: formula-like names quoted, targets unquoted numbers, read back as written', async () => {
    const res = await download(`/api/plans/${planId}/actuals/template?period=110Q1&format=csv`);
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toBe(`AC1.1,"'=HYPERLINK(""http://evil.example"",""點我"")",110Q1,90,,,,,,,,`);
    expect(lines[2]).toBe("AC1.2,'+886 2 2720 8889 專線,110Q1,100,,,,,,,,");
    expect(lines[3]).toBe("AP1.1,'-5% 陳情案件,110Q1,4–6,,,,,,,,");
    expect(lines[4]).toBe("BC1.1,'@市民 回收率,110Q1,啟用,,,,,,,,");
    expect(lines[5]).toBe("F1.1,''=引號,110Q1,100,,,,,,,,");
    for (const row of parseCsv(res.body).slice(1)) expect(row[1]).not.toMatch(/^[=+\-@\t\r]/);

    // The filled template is read back: the notes that start like formulas are kept as typed.
    const rows = parseCsv(res.body);
    const filled = rows.map((r, i) =>
      i === 5 ? [...r.slice(0, 4), '130', '', '', '', "'-待補", '', '', ''] : r,
    );
    const csv = filled.map((r) =>
      r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
    );
    const upload = await t.request(
      'POST',
      `/api/plans/${planId}/actuals/upload?fileName=q1.csv&period=110Q1`,
      `${csv.join('\r\n')}\r\n`,
      { 'content-type': 'text/csv' },
    );
    expect(upload.status, JSON.stringify(upload.body)).toBe(200);
    const actual = (await t.request('GET', `/api/plans/${planId}/results`)).body.actuals.find(
      (a: { period: string }) => a.period === '110Q1',
    );
    expect(actual).toMatchObject({ value: 130, note: '-待補' });
  });

  it('XLSX template and plan workbook: quoted texts, numeric numbers, the same names read back', async () => {
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(
      (await download(`/api/plans/${planId}/actuals/template?period=110Q1&format=xlsx`))
        .rawPayload as unknown as ArrayBuffer,
    );
    const sheet = template.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell('B2').value).toBe(`'${HYPERLINK}`);
    expect(sheet.getCell('D2').value).toBe(90);
    expect(sheet.getCell('D4').value).toBe('4–6');

    const bytes = new Uint8Array((await download(`/api/plans/${planId}/export.xlsx`)).rawPayload);
    const back = await readWorkbook(bytes);
    if (!back.ok) throw new Error(back.messages.join('\n'));
    const stored = (await t.request('GET', `/api/plans/${planId}/document`)).body;
    expect(back.plan.kpis.map((k) => k.name)).toEqual(stored.kpis.map((k: { name: string }) => k.name));
    expect(back.plan.objectives[0]?.name).toBe('-提升環境品質');
  });

  it('refuses a control character in any JSON body with 400 at its path, storing nothing', async () => {
    const plan = trackedPlan({ org: { name: '臺北市政府工務局' } });
    plan.objectives = [{ code: 'AC1', name: '提升\u000b環境品質' }, ...(plan.objectives ?? []).slice(1)];
    const before = (await t.request('GET', '/api/plans')).body.plans.length;
    const imported = await t.request('POST', '/api/plans/import', { plans: [plan] });
    expect(imported.status).toBe(400);
    expect(imported.body.error).toBe('validation');
    expect(imported.body.details).toEqual({ code: 'control_character' });
    expect(imported.body.issues).toEqual([
      { path: 'plans.0.objectives.0.name', message: expect.stringContaining('U+000B') },
    ]);
    expect(imported.body.message).toContain('plans.0.objectives.0.name');
    expect((await t.request('GET', '/api/plans')).body.plans.length).toBe(before);

    const objectives = (await t.request('GET', `/api/plans/${planId}`)).body.objectives;
    const o = objectives[0];
    const renamed = await t.request('PATCH', `/api/plans/${planId}/objectives/${o.id}`, {
      name: '新\u0001名稱',
      version: o.version,
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body.issues[0].path).toBe('name');
    const entered = await t.request('PUT', `/api/plans/${planId}/actuals`, {
      period: '110Q2',
      actuals: [{ kpi: 'AC1.1', inputs: { '良好\u001f日數': 1 } }],
    });
    expect(entered.status).toBe(400);
    expect(entered.body.issues[0].path).toBe('actuals.0.inputs.良好\u001f日數');
    // Tabs and line breaks are text.
    const kept = await t.request('PATCH', `/api/plans/${planId}/objectives/${o.id}`, {
      name: '提升\t環境品質',
      version: o.version,
    });
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
  });

  it('still writes well-formed decks and workbooks from texts stored before the refusal', async () => {
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`update objectives set name = name || chr(1) || '尾' || chr(11)`);
      await tx.execute(sql`update plans set mission = 'A' || chr(31) || 'B', vision = chr(8)`);
      await tx.execute(sql`update kpis set name = chr(12) || name, unit = chr(2)`);
      await tx.execute(sql`update themes set name = name || chr(27)`);
      await bumpGeneration(tx);
    });
    const stored = (await t.request('GET', `/api/plans/${planId}/document`)).body;
    expect(stored.objectives[0].name).toMatch(CONTROL_CHARACTERS);
    for (const url of [
      `/api/plans/${planId}/export.pptx`,
      `/api/plans/${planId}/export.xlsx`,
      `/api/plans/${planId}/actuals/template?period=110Q1&format=xlsx`,
    ]) {
      const res = await download(url);
      expect(malformedParts(new Uint8Array(res.rawPayload)), url).toEqual([]);
    }
    const svg = await download(`/api/plans/${planId}/export.svg`);
    expect(svg.body).not.toMatch(CONTROL_CHARACTERS);
    expect(svg.body).toContain('尾');
  });
});
