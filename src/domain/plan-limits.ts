import type { PlanDocument } from './plan-document';

/**
 * The largest plan Stratmap stores, per plan. Real plans are far smaller: the largest seen have
 * ~60 objectives and ~100 KPIs, a big city plan a few hundred. A plan at every limit at once
 * (135,000 elements, 6 MB of JSON: within the 10 MB request body) imports in well under a minute
 * on either engine, and eight times that was still stored (bench/large-plan.ts), so the limits
 * leave a wide margin while refusing what no planning office writes. Beyond them an import, a
 * new element, a target or an actual is refused with 413 before anything is written.
 */
export const PLAN_LIMITS = {
  objectives: 2_000,
  ksfs: 5_000,
  kpis: 5_000,
  actions: 10_000,
  links: 10_000,
  /** Per theme: its lead and member organisations (the element form allows as many). */
  themeMembers: 100,
  /** Targets and actuals over all periods a plan carries (its year and earlier years' history). */
  targets: 50_000,
  actuals: 50_000,
} as const;

export type LimitedElement = keyof typeof PLAN_LIMITS;

const LABELS: Record<LimitedElement, string> = {
  objectives: 'objectives',
  ksfs: 'KSFs',
  kpis: 'KPIs',
  actions: 'action plans',
  links: 'links',
  themeMembers: 'lead and member organisations',
  targets: 'targets',
  actuals: 'actuals',
};

const LABELS_ZH: Record<LimitedElement, string> = {
  objectives: '策略目標',
  ksfs: '關鍵成功因素',
  kpis: '衡量指標',
  actions: '行動方案',
  links: '因果關係',
  themeMembers: '主功及分組成員機關',
  targets: '目標值',
  actuals: '實際值',
};

export interface LimitExcess {
  element: LimitedElement;
  /** Where in the document: `objectives`, or `themes.2.members` for one theme's organisations. */
  path: string;
  count: number;
  limit: number;
  message: string;
  messageZh: string;
}

const number = (n: number) => n.toLocaleString('en-US');

export function limitExcess(element: LimitedElement, count: number, path: string = element): LimitExcess {
  const limit = PLAN_LIMITS[element];
  const where = element === 'themeMembers' ? 'a theme' : 'a plan';
  return {
    element,
    path,
    count,
    limit,
    message: `${number(count)} ${LABELS[element]}; ${where} may have at most ${number(limit)}`,
    messageZh: `${LABELS_ZH[element]}共 ${number(count)} 筆，超過上限 ${number(limit)} 筆`,
  };
}

type SizedPlan = Pick<PlanDocument, 'themes' | 'objectives' | 'ksfs' | 'kpis' | 'actions' | 'links'> &
  Partial<Pick<PlanDocument, 'targets' | 'actuals'>>;

/** What of a plan document exceeds the limits; empty when it is within all of them. */
export function planLimitExcesses(plan: SizedPlan): LimitExcess[] {
  const out: LimitExcess[] = [];
  const counts: [LimitedElement, number][] = [
    ['objectives', plan.objectives.length],
    ['ksfs', plan.ksfs.length],
    ['kpis', plan.kpis.length],
    ['actions', plan.actions.length],
    ['links', plan.links.length],
    ['targets', plan.targets?.length ?? 0],
    ['actuals', plan.actuals?.length ?? 0],
  ];
  for (const [element, count] of counts) {
    if (count > PLAN_LIMITS[element]) out.push(limitExcess(element, count));
  }
  plan.themes.forEach((t, i) => {
    const organisations = new Set([...(t.lead ? [t.lead] : []), ...(t.members ?? [])]).size;
    if (organisations > PLAN_LIMITS.themeMembers) {
      out.push(limitExcess('themeMembers', organisations, `themes.${i}.members`));
    }
  });
  return out;
}
