import { PERSPECTIVES } from '../../src/domain/codes';
import type { PlanDocumentInput } from '../../src/domain/plan-document';

export interface PlanSize {
  themes: number;
  objectives: number;
  ksfs: number;
  kpis: number;
  actions: number;
  links: number;
  /** Member organisations named by each theme. */
  themeMembers: number;
  /** Targets and actuals: five periods per KPI a year (the year and its quarters), back from `year`. */
  targets: number;
  actuals: number;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PERIODS = ['', 'Q1', 'Q2', 'Q3', 'Q4'];

/**
 * A valid plan document with exactly these numbers of elements (for size limits and large-plan
 * tests and benchmarks): objectives spread over the themes and perspectives, KPIs over the
 * objectives, actions over the KPIs, links between consecutive objectives.
 */
export function planOfSize(size: PlanSize, org = '大型計畫測試機關', year = 120): PlanDocumentInput {
  const themes = Array.from({ length: size.themes }, (_, i) => ({
    letter: LETTERS[i] as string,
    name: `策略主題${i + 1}`,
    members: [] as string[],
  }));
  for (const t of themes) for (let m = 1; m <= size.themeMembers; m++) t.members.push(`成員機關${m}`);
  // Each theme (or the plan without themes) holds up to 999 objectives of each perspective.
  const objectives = Array.from({ length: size.objectives }, (_, i) => {
    const group = Math.floor(i / 999);
    const theme = themes.length === 0 ? null : (themes[Math.floor(group / 4)]?.letter ?? null);
    const perspective = PERSPECTIVES[group % 4] as (typeof PERSPECTIVES)[number];
    return {
      code: `${theme ?? ''}${perspective}${(i % 999) + 1}`,
      theme,
      perspective,
      name: `策略目標${i + 1}`,
    };
  });
  const spread = <T>(
    count: number,
    over: { code: string }[],
    make: (parent: string, n: number, i: number) => T,
  ) =>
    Array.from({ length: count }, (_, i) =>
      make((over[i % over.length] as { code: string }).code, Math.floor(i / over.length) + 1, i),
    );
  const ksfs = spread(size.ksfs, objectives, (objective, _n, i) => ({
    objective,
    name: `關鍵成功因素${i + 1}`,
  }));
  const kpis = spread(size.kpis, objectives, (objective, n, i) => ({
    code: `${objective}.${n}`,
    objective,
    name: `衡量指標${i + 1}`,
    unit: '%',
  }));
  const actions = spread(size.actions, kpis, (kpi, n, i) => ({
    code: `${kpi}.${n}`,
    kpi,
    name: `行動方案${i + 1}`,
  }));
  const links = Array.from({ length: size.links }, (_, i) => ({
    from: (objectives[i % objectives.length] as { code: string }).code,
    to: (objectives[(i + 1 + Math.floor(i / objectives.length)) % objectives.length] as { code: string })
      .code,
  }));
  // The plan's year and its quarters first, then earlier years' (history a plan may carry).
  const periodOf = (n: number) =>
    `${year - Math.floor((n - 1) / PERIODS.length)}${PERIODS[(n - 1) % PERIODS.length]}`;
  const results = (count: number, value: number) =>
    spread(count, kpis, (kpi, n) => ({ kpi, period: periodOf(n), value }));
  return {
    format: 'stratmap.plan/1',
    org: { name: org },
    year,
    mission: '使命',
    vision: '願景',
    coreValues: ['正直誠信'],
    themes,
    objectives,
    ksfs,
    kpis,
    actions,
    links,
    targets: results(size.targets, 100),
    actuals: results(size.actuals, 90),
  };
}
