import { describe, expect, it } from 'vitest';
import { cityPlan } from '../../test/support/fixtures';
import { diffPlans } from './plan-diff';
import { countDiffRows, yearDiffRows } from './plan-diff-rows';
import { type PlanDocumentInput, PlanDocumentSchema } from './plan-document';

const plan = (o: Partial<PlanDocumentInput> = {}) => PlanDocumentSchema.parse(cityPlan(o));

describe('year diff rows', () => {
  it('has no rows for equal plans, and leaves targets and actuals out', () => {
    const before = plan({ year: 110, targets: [{ kpi: 'AC1.1', period: '110', value: 80 }] });
    const after = plan({ year: 111, targets: [{ kpi: 'AC1.1', period: '111', value: 85 }] });
    expect(diffPlans(before, after).some((c) => c.element === 'target')).toBe(true);
    expect(yearDiffRows(before, after)).toEqual([]);
    expect(countDiffRows([])).toMatchObject({ total: 0, byChange: { added: 0 }, byElement: { kpi: 0 } });
  });

  it('puts the earlier year left and the later year right, with names for every side', () => {
    const before = plan();
    const after = plan({
      vision: '新願景',
      themes: [
        { letter: 'A', name: '營造永續環境', lead: '環保局', members: ['工務局', '教育局'] },
        { letter: 'B', name: '健全都市發展與住宅', lead: '都發局', members: ['地政局'] },
      ],
      objectives: [
        { code: 'TC1', name: '提升滿意的住民' },
        { code: 'AC2', name: '提升環境品質' },
        { code: 'AP1', name: '強化資源回收' },
        { code: 'AL1', name: '培育優秀人力' },
        { code: 'BC1', name: '實現居住正義' },
        { code: 'BC2', name: '推動社會住宅' },
        { code: 'F1', name: '加強基金預算運用效能' },
      ],
      ksfs: [{ code: 'AC2', objective: 'AC2', name: '落實稽查' }],
      kpis: [
        { code: 'AC2.1', objective: 'AC2', name: '空氣品質良好日數比率', unit: '日' },
        { code: 'F1.1', objective: 'F1', name: '資本預算執行率', formula: '實支數/預算數×100%', unit: '%' },
      ],
      actions: [{ code: 'F1.1.1', kpi: 'F1.1', name: '預算執行監督機制' }],
      links: [
        { from: 'AL1', to: 'AP1' },
        { from: 'AP1', to: 'AC2' },
      ],
    });
    const rows = yearDiffRows(before, after);
    const find = (element: string, change: string, code?: string) =>
      rows.find(
        (r) => r.element === element && r.change === change && (!code || (r.right ?? r.left)?.code === code),
      );

    expect(find('plan', 'changed')).toMatchObject({
      field: 'vision',
      left: { code: '', value: '成為宜居永續城市' },
      right: { value: '新願景' },
    });
    expect(find('theme', 'renamed', 'B')).toMatchObject({
      left: { code: 'B', name: '健全都市發展' },
      right: { code: 'B', name: '健全都市發展與住宅' },
    });
    expect(find('objective', 'recoded', 'AC2')).toMatchObject({
      left: { code: 'AC1', name: '提升環境品質' },
      right: { code: 'AC2', name: '提升環境品質' },
    });
    expect(find('objective', 'added', 'BC2')).toMatchObject({
      left: null,
      right: { code: 'BC2', name: '推動社會住宅' },
    });
    expect(find('kpi', 'removed', 'AC1.2')).toMatchObject({
      left: { code: 'AC1.2', name: '陳情案件數' },
      right: null,
    });
    expect(find('kpi', 'changed', 'F1.1')).toMatchObject({
      field: 'formula',
      left: { name: '資本預算執行率', value: '(資本門實支數+資本門應付未付數)/資本門預算數×100%' },
      right: { name: '資本預算執行率', value: '實支數/預算數×100%' },
    });
    // A KSF is shown by its objective's code, not the diff's internal key.
    const ksfs = rows.filter((r) => r.element === 'ksf' && r.change === 'removed').map((r) => r.left);
    expect(ksfs).toEqual(
      expect.arrayContaining([
        { code: 'AC1', name: '落實稽查' },
        { code: 'AC1', name: '擴大宣導' },
      ]),
    );
    expect(find('link', 'added')).toMatchObject({
      right: { code: 'AP1→AC2', name: '強化資源回收 → 提升環境品質' },
    });

    // Reading order: element kinds as a plan is read, codes in planner order inside each.
    const elements = rows.map((r) => r.element);
    expect(elements).toEqual([...elements].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    const objectiveCodes = rows
      .filter((r) => r.element === 'objective')
      .map((r) => (r.right ?? r.left)?.code);
    expect(objectiveCodes).toEqual(['AC2', 'BC2']);

    const counts = countDiffRows(rows);
    expect(counts.total).toBe(rows.length);
    expect(counts.byChange.added).toBe(rows.filter((r) => r.change === 'added').length);
    expect(counts.byElement.objective).toBe(2);
    expect(Object.values(counts.byChange).reduce((a, b) => a + b, 0)).toBe(rows.length);
  });
});

const ORDER = ['plan', 'theme', 'objective', 'ksf', 'kpi', 'action', 'link'];
