import type { PlanDocumentInput } from '../../src/domain/plan-document';

/**
 * A small plan whose scores are worked out by hand in docs/SCORING.md terms, one KPI of each
 * polarity. Targets for 110 are part of the document; actuals are entered by the tests.
 */
export function trackedPlan(overrides: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  return {
    format: 'stratmap.plan/1',
    org: { name: '臺北市政府' },
    year: 110,
    themes: [
      { letter: 'A', name: '營造永續環境' },
      { letter: 'B', name: '健全都市發展' },
    ],
    objectives: [
      { code: 'AC1', name: '提升環境品質' },
      { code: 'AP1', name: '強化資源回收' },
      { code: 'BC1', name: '實現居住正義' },
      { code: 'F1', name: '加強基金預算運用效能' },
    ],
    kpis: [
      {
        code: 'AC1.1',
        objective: 'AC1',
        name: '空氣品質良好日數比率',
        formula: '良好日數/全年日數×100%',
        unit: '%',
        frequency: 'quarter',
        baseline: 85,
      },
      {
        code: 'AC1.2',
        objective: 'AC1',
        name: '陳情案件數',
        polarity: 'lower',
        weight: 3,
        frequency: 'quarter',
      },
      { code: 'AP1.1', objective: 'AP1', name: '回收率', polarity: 'range', frequency: 'quarter' },
      {
        code: 'BC1.1',
        objective: 'BC1',
        name: '社會住宅興建進度',
        polarity: 'milestone',
        stages: [
          { name: '招標', percent: 25 },
          { name: '完工', percent: 75 },
          { name: '啟用', percent: 100 },
        ],
      },
      { code: 'F1.1', objective: 'F1', name: '資本預算執行率', frequency: 'quarter' },
    ],
    targets: [
      { kpi: 'AC1.1', period: '110', value: 90 },
      { kpi: 'AC1.2', period: '110', value: 100 },
      { kpi: 'AP1.1', period: '110', min: 4, max: 6 },
      { kpi: 'BC1.1', period: '110', stage: '啟用' },
      { kpi: 'F1.1', period: '110', value: 100 },
    ],
    ...overrides,
  };
}

/** 110Q1 actuals; by hand: AC1.1 81/90 → 90 → 1; AC1.2 2 − 120/100 = 0.8; F1.1 1.3 (capped 1.2). */
export const Q1_ACTUALS = [
  {
    kpi: 'AC1.1',
    inputs: { 良好日數: 81, 全年日數: 90 },
    note: '監測站資料',
    evidence: 'https://example.gov.tw/air',
  },
  { kpi: 'AC1.2', value: 120 },
  { kpi: 'F1.1', value: 130 },
];
