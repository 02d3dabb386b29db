import { describe, expect, it } from 'vitest';
import { cityPlan } from '../../test/support/fixtures';
import { type PlanDocumentInput, PlanDocumentSchema } from './plan-document';
import { checkPlanIntegrity } from './plan-integrity';

const problems = (overrides: Partial<PlanDocumentInput>) =>
  checkPlanIntegrity(PlanDocumentSchema.parse(cityPlan(overrides))).map(
    (p) => `${p.path.join('.')}: ${p.message}`,
  );

describe('plan integrity', () => {
  it('accepts a consistent plan', () => {
    expect(problems({})).toEqual([]);
  });

  it('finds duplicate letters and codes', () => {
    expect(
      problems({
        themes: [
          { letter: 'A', name: 'x' },
          { letter: 'A', name: 'y' },
          { letter: 'B', name: 'z' },
        ],
        objectives: [
          { code: 'AC1', name: 'a' },
          { code: 'AC1', name: 'b' },
          { code: 'AP1', name: 'c' },
          { code: 'AL1', name: 'd' },
          { code: 'BC1', name: 'e' },
          { code: 'F1', name: 'f' },
          { code: 'TC1', name: 'g' },
        ],
      }),
    ).toEqual([
      'themes.1.letter: theme letter A is used twice',
      'objectives.1.code: objective code AC1 is used twice',
    ]);
  });

  it('finds codes that contradict their theme or perspective', () => {
    expect(
      problems({
        objectives: [
          { code: 'AC1', theme: 'B', perspective: 'C', name: 'a' },
          { code: 'AP1', theme: 'A', perspective: 'F', name: 'b' },
          { code: 'AL1', theme: null, perspective: 'L', name: 'c' },
          { code: 'BC1', theme: 'Q', perspective: 'C', name: 'd' },
          { code: 'F1', name: 'e' },
          { code: 'TC1', name: 'f' },
          { code: 'XYZ', name: 'g' },
        ],
        ksfs: [],
        kpis: [],
        actions: [],
        links: [],
      }),
    ).toEqual([
      'objectives.0.theme: objective AC1 does not start with its theme letter B',
      'objectives.1.perspective: objective AP1 has perspective P in its code but F is given',
      'objectives.2.theme: objective AL1 has a theme letter in its code but no theme is given',
      'objectives.3.theme: objective BC1 names theme Q, which the plan does not have',
      'objectives.6.code: "XYZ" is not an objective code (e.g. AC1, F1, TC1)',
    ]);
  });

  it('finds KPIs, actions, KSFs and links whose parent is missing or miscoded', () => {
    expect(
      problems({
        ksfs: [{ objective: 'AC9', name: 'k' }],
        kpis: [
          { code: 'AC1.1', objective: 'AC1', name: 'ok' },
          { code: 'AP1.1', objective: 'AC1', name: 'wrong prefix' },
          { code: 'AC9.1', objective: 'AC9', name: 'orphan' },
          { code: 'AC1.1', objective: 'AC1', name: 'duplicate' },
        ],
        actions: [
          { code: 'AC1.1.1', kpi: 'AC1.1', name: 'ok' },
          { code: 'AC1.2.1', kpi: 'AC1.2', name: 'orphan' },
          { code: 'AC1.1', kpi: 'AC1.1', name: 'not an action code' },
        ],
        links: [
          { from: 'AL1', to: 'AP1' },
          { from: 'AL1', to: 'AP1' },
          { from: 'AC1', to: 'AC1' },
          { from: 'ZZ1', to: 'AC1' },
        ],
      }),
    ).toEqual([
      'ksfs.0.objective: KSF "k" belongs to objective AC9, which is not in the plan',
      "kpis.1.code: KPI AP1.1 should start with its objective's code AC1",
      'kpis.2.objective: KPI AC9.1 belongs to objective AC9, which is not in the plan',
      'kpis.3.code: KPI code AC1.1 is used twice',
      'actions.1.kpi: action plan AC1.2.1 belongs to KPI AC1.2, which is not in the plan',
      'actions.2.code: "AC1.1" is not an action plan code (KPI code + .n, e.g. AC1.1.1)',
      'links.1: link AL1 → AP1 is given twice',
      'links.2: objective AC1 cannot link to itself',
      'links.3.from: link source ZZ1 is not an objective of the plan',
    ]);
  });

  it('treats TC1 as a theme-T objective when the plan really has a theme T', () => {
    const withT = cityPlan({
      themes: [
        { letter: 'A', name: 'a' },
        { letter: 'B', name: 'b' },
        { letter: 'T', name: '觀光' },
      ],
      objectives: [{ code: 'TC1', theme: 'T', perspective: 'C', name: 'x' }],
      ksfs: [],
      kpis: [],
      actions: [],
      links: [],
    });
    expect(checkPlanIntegrity(PlanDocumentSchema.parse(withT))).toEqual([]);
  });
});
