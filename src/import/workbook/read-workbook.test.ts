import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../domain/plan-document';
import { generatedPlan, samplePlans } from '../../export/test-plans';
import { writeXlsx } from '../../export/xlsx';
import { readWorkbook } from './read-workbook';

/**
 * Null, absent and empty-list fields mean the same in a plan document, and targets and actuals
 * are keyed by KPI and period, so their order carries nothing.
 */
function canonical(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const byKey = (list: unknown) =>
      Array.isArray(list)
        ? [...list].sort((a, b) => `${a.kpi} ${a.period}`.localeCompare(`${b.kpi} ${b.period}`))
        : list;
    if (v.format) return plain({ ...v, targets: byKey(v.targets), actuals: byKey(v.actuals) });
  }
  return plain(value);
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
      out[k] = plain(v);
    }
    return out;
  }
  return value;
}

async function roundTrip(plan: PlanDocument) {
  const result = await readWorkbook(await writeXlsx(plan));
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result.plan;
}

async function edited(plan: PlanDocument, edit: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsx(plan)) as unknown as ArrayBuffer);
  edit(wb);
  return readWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe('readWorkbook', () => {
  it('reads every sample plan back exactly as it was written', async () => {
    for (const plan of samplePlans())
      expect(canonical(await roundTrip(plan)), plan.org.name).toEqual(canonical(plan));
  });

  it('keeps links, weights, scoring settings, KPI scoring fields, targets (values, ranges, stages), actuals and their notes', async () => {
    const plan = generatedPlan(4);
    const targets = plan.targets ?? [];
    targets[0] = { kpi: targets[0]?.kpi ?? '', period: '110', min: 70, max: 90 };
    const back = await roundTrip(plan);
    expect(canonical(back)).toEqual(canonical(plan));
  });

  it('names the cell of every problem in an edited workbook and returns no plan', async () => {
    const plan = samplePlans().find((p) => p.org.name === '臺北市政府人事處') as PlanDocument;
    const result = await edited(plan, (wb) => {
      const sheet = wb.getWorksheet('A 提升組織效能') as ExcelJS.Worksheet;
      sheet.getCell('F3').value = 'AC1-1';
      sheet.getCell('A4').value = '客戶';
      (wb.getWorksheet('總覽') as ExcelJS.Worksheet).getCell('B3').value = '一一〇年';
      (wb.getWorksheet('KPI指標') as ExcelJS.Worksheet).getCell('A2').value = 'ZC9.1';
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.messages).toEqual(
      expect.arrayContaining([
        '\'A 提升組織效能\'!F3: "AC1-1" is not a KPI code (e.g. AC1.1)',
        '\'A 提升組織效能\'!A4: "客戶" is not a perspective (顧客 C, 內部流程 P, 學習成長 L, 財務 F)',
        '總覽!B3: 年度（民國）: "一一〇年" is not a ROC year such as 110',
        "KPI指標!A2: KPI ZC9.1 is on no scorecard sheet; add it to its theme's scorecard first",
      ]),
    );
  });

  it('reports a rule the plan breaks at the cell it came from', async () => {
    const plan = samplePlans().find((p) => p.org.name === '臺北市政府人事處') as PlanDocument;
    const result = await edited(plan, (wb) => {
      const sheet = wb.getWorksheet('B 妥善人力運用') as ExcelJS.Worksheet;
      sheet.getCell('H3').value = 'AC1.1.9';
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.messages.join('\n')).toMatch(/^'B 妥善人力運用'!H3: /m);
  });

  it('refuses a file that is not a workbook', async () => {
    const result = await readWorkbook(new TextEncoder().encode('not a zip'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.messages[0]).toContain('not an .xlsx workbook');
  });
});
