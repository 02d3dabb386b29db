import type { PlanDocumentInput } from '../../src/domain/plan-document';

/** A small but complete plan, written for tests: every kind of element and code. */
export function cityPlan(overrides: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  return {
    format: 'stratmap.plan/1',
    org: { name: '臺北市政府' },
    year: 110,
    issued: '2021-03-30',
    mission: '為市民服務 替城市創新',
    vision: '成為宜居永續城市',
    coreValues: ['正直誠信', '團隊合作', '創新卓越', '開放共享'],
    themes: [
      { letter: 'A', name: '營造永續環境', lead: '環保局', members: ['工務局', '教育局'] },
      { letter: 'B', name: '健全都市發展', lead: '都發局', members: ['地政局'] },
    ],
    objectives: [
      { code: 'TC1', theme: null, perspective: 'C', name: '提升滿意的住民' },
      { code: 'AC1', theme: 'A', perspective: 'C', name: '提升環境品質' },
      { code: 'AP1', theme: 'A', perspective: 'P', name: '強化資源回收' },
      { code: 'AL1', theme: 'A', perspective: 'L', name: '培育優秀人力' },
      { code: 'BC1', theme: 'B', perspective: 'C', name: '實現居住正義' },
      { code: 'F1', theme: null, perspective: 'F', name: '加強基金預算運用效能' },
    ],
    ksfs: [
      { code: 'AC1', objective: 'AC1', name: '落實稽查' },
      { code: 'AC1', objective: 'AC1', name: '擴大宣導' },
    ],
    kpis: [
      {
        code: 'AC1.1',
        objective: 'AC1',
        name: '空氣品質良好日數比率',
        formula: '良好日數/全年日數×100%',
        unit: '%',
      },
      { code: 'AC1.2', objective: 'AC1', name: '陳情案件數' },
      {
        code: 'F1.1',
        objective: 'F1',
        name: '資本預算執行率',
        formula: '(資本門實支數+資本門應付未付數)/資本門預算數×100%',
        unit: '%',
      },
    ],
    actions: [
      { code: 'AC1.1.1', kpi: 'AC1.1', name: '空氣品質改善計畫' },
      { code: 'AC1.1.2', kpi: 'AC1.1', name: '移動污染源管制方案' },
      { code: 'F1.1.1', kpi: 'F1.1', name: '預算執行監督機制' },
    ],
    links: [
      { from: 'AL1', to: 'AP1' },
      { from: 'AP1', to: 'AC1' },
      { from: 'AC1', to: 'TC1' },
    ],
    ...overrides,
  };
}

export function bureauPlan(overrides: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  return {
    format: 'stratmap.plan/1',
    org: { name: '臺北市政府教育局', parent: '臺北市政府' },
    year: 110,
    mission: '引導學校創新',
    vision: '躍升臺北教育',
    coreValues: ['正直誠信'],
    themes: [
      { letter: 'A', name: '提供優質平價近便的學前教育', cascadesFrom: { org: '臺北市政府', letter: 'A' } },
    ],
    objectives: [{ code: 'AC1', name: '減輕家長育兒經濟負擔' }],
    kpis: [{ code: 'AC1.1', objective: 'AC1', name: '接受公共化教保服務人數比率' }],
    ...overrides,
  };
}
