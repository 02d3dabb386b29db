import { describe, expect, it } from 'vitest';
import { cityPlan } from '../../test/support/fixtures';
import { diffPlans } from './plan-diff';
import { type PlanDocumentInput, PlanDocumentSchema } from './plan-document';

const plan = (o: Partial<PlanDocumentInput> = {}) => PlanDocumentSchema.parse(cityPlan(o));

describe('plan diff', () => {
  it('finds nothing between equal plans', () => {
    expect(diffPlans(plan(), plan())).toEqual([]);
  });

  it('names added, removed, renamed, recoded and changed elements', () => {
    const before = plan();
    const after = plan({
      vision: '新願景',
      themes: [
        { letter: 'A', name: '營造永續環境', lead: '環保局', members: ['工務局'] },
        { letter: 'B', name: '健全都市發展(新)', lead: '都發局', members: ['地政局'] },
      ],
      objectives: [
        { code: 'TC1', name: '提升滿意的住民' },
        { code: 'AC2', name: '提升環境品質' },
        { code: 'AP1', name: '強化資源回收' },
        { code: 'AL1', name: '培植優秀人力' },
        { code: 'BC1', name: '實現居住正義' },
        { code: 'BC2', name: '新的目標' },
      ],
      ksfs: [],
      kpis: [{ code: 'F1.1', objective: 'F1', name: '資本預算執行率', unit: '千元', note: '含保留款' }],
      actions: [],
      links: [{ from: 'AL1', to: 'AP1' }],
    });
    // F1 is removed, so its KPI would dangle; diff does not care about integrity.
    const changes = diffPlans(before, after).map((c) =>
      [c.element, c.change, c.fromCode ? `${c.fromCode}→${c.code}` : c.code, c.field ?? '', c.after ?? '']
        .join(' ')
        .trim(),
    );
    expect(changes).toEqual([
      'plan changed  vision 新願景',
      'theme changed A members 工務局',
      'theme renamed B  健全都市發展(新)',
      'objective renamed AL1  培植優秀人力',
      'objective recoded AC1→AC2  AC2',
      'objective removed F1',
      'objective added BC2  新的目標',
      'ksf removed AC1:落實稽查',
      'ksf removed AC1:擴大宣導',
      'kpi changed F1.1 formula',
      'kpi changed F1.1 note 含保留款',
      'kpi changed F1.1 unit 千元',
      'kpi removed AC1.1',
      'kpi removed AC1.2',
      'action removed AC1.1.1',
      'action removed AC1.1.2',
      'action removed F1.1.1',
      'link removed AP1→AC1',
      'link removed AC1→TC1',
    ]);
  });

  it('follows a theme and its objectives re-lettered between years by their names', () => {
    const before = plan({
      themes: [
        { letter: 'A', name: '營造永續環境' },
        { letter: 'B', name: '健全都市發展' },
      ],
      objectives: [
        { code: 'AC1', name: '提升環境品質' },
        { code: 'BC1', name: '實現居住正義' },
      ],
      ksfs: [],
      kpis: [],
      actions: [],
      links: [],
    });
    const after = plan({
      themes: [
        { letter: 'A', name: '推動智慧城市' },
        { letter: 'C', name: '營造永續環境' },
        { letter: 'B', name: '健全都市發展' },
      ],
      objectives: [
        { code: 'AC1', name: '建置智慧服務' },
        { code: 'CC1', name: '提升環境品質' },
        { code: 'BC1', name: '實現居住正義' },
      ],
      ksfs: [],
      kpis: [],
      actions: [],
      links: [],
    });
    const changes = diffPlans(before, after)
      .filter((c) => c.element === 'theme' || c.element === 'objective')
      .map((c) => `${c.element} ${c.change} ${c.fromCode ? `${c.fromCode}→` : ''}${c.code}`);
    expect(changes).toEqual([
      'theme recoded A→C',
      'theme added A',
      'objective recoded AC1→CC1',
      'objective added AC1',
    ]);
  });

  it('does not guess between elements of the same name', () => {
    const twins = (a: string, b: string) =>
      plan({
        objectives: [
          { code: a, name: '提升服務' },
          { code: b, name: '提升服務' },
        ],
      });
    const objectives = diffPlans(twins('AC1', 'AC2'), twins('AC3', 'AC4')).filter(
      (c) => c.element === 'objective',
    );
    expect(objectives.map((c) => `${c.change} ${c.code}`)).toEqual([
      'removed AC1',
      'removed AC2',
      'added AC3',
      'added AC4',
    ]);
  });
});
