import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { postAs } from '../support/accounts';

const kpis = [
  {
    code: 'AC1.1',
    objective: 'AC1',
    name: '閱讀推廣活動參與人次',
    unit: '人次',
    frequency: 'quarter',
  },
  { code: 'AC1.2', objective: 'AC1', name: '讀者滿意度區間', unit: '分', polarity: 'range' },
  {
    code: 'AP1.1',
    objective: 'AP1',
    name: '新館工程進度',
    polarity: 'milestone',
    stages: [
      { name: '招標', percent: 25 },
      { name: '完工', percent: 75 },
      { name: '啟用', percent: 100 },
    ],
  },
  {
    code: 'AP1.2',
    objective: 'AP1',
    name: '館藏上架即時率',
    formula: '即時上架冊數/新進冊數×100%',
    unit: '%',
    frequency: 'quarter',
  },
];

/**
 * A fresh agency under 臺北市政府教育局 with two plans imported as documents: the earlier year
 * with targets and results (the history the targets grid shows) and `year` as a draft without
 * targets, which also has a KPI the earlier year did not. Sample plans stay as other tests expect.
 */
export async function createTrackedAgency(
  page: Page,
  year = 110,
  current: { targets?: unknown[]; actuals?: unknown[] } = {},
): Promise<{ orgName: string; planId: number; earlierId: number }> {
  const orgName = `e2e追蹤館${randomBytes(3).toString('hex')}`;
  const org = { name: orgName, parent: '臺北市政府教育局' };
  const base = {
    format: 'stratmap.plan/1',
    org,
    themes: [{ letter: 'A', name: '終身學習' }],
    objectives: [
      { code: 'AC1', name: '提升閱讀風氣' },
      { code: 'AP1', name: '優化服務流程' },
    ],
  };
  const before = year - 1;
  const result = (await postAs(page, '/api/plans/import', {
    plans: [
      {
        ...base,
        year: before,
        kpis,
        targets: [
          { kpi: 'AC1.1', period: String(before), value: 1000 },
          { kpi: 'AC1.2', period: String(before), min: 80, max: 90 },
          { kpi: 'AP1.1', period: String(before), stage: '完工' },
        ],
        actuals: [
          { kpi: 'AC1.1', period: `${before}Q4`, value: 1100 },
          { kpi: 'AC1.2', period: String(before), value: 85 },
          { kpi: 'AP1.1', period: String(before), stage: '招標' },
        ],
      },
      {
        ...base,
        year,
        ...current,
        kpis: [
          ...kpis,
          { code: 'AC1.3', objective: 'AC1', name: '數位借閱人次', unit: '人次', frequency: 'quarter' },
        ],
      },
    ],
  })) as { plans: { planId: number; year: number }[] };
  const plan = result.plans.find((p) => p.year === year);
  const earlier = result.plans.find((p) => p.year === before);
  if (!plan || !earlier) throw new Error('import did not store both plans');
  return { orgName, planId: plan.planId, earlierId: earlier.planId };
}
