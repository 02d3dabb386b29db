import {
  CROSS_THEME_LETTER,
  compareCodes,
  PERSPECTIVES,
  type Perspective,
  parseCode,
} from '../../../../src/domain/codes';
import type {
  ActionDetail,
  KpiDetail,
  KsfDetail,
  ObjectiveDetail,
  PlanDetail,
  ThemeDetail,
} from '../../api/types';

/** Views of a plan that several pages need: order, grouping and the counts planners check by hand. */

export function perspectiveOrder(plan: PlanDetail): Perspective[] {
  const own = (plan.perspectiveOrder ?? []).filter((p): p is Perspective => PERSPECTIVES.includes(p));
  return [...new Set([...own, ...PERSPECTIVES])];
}

/** Where an objective belongs: one of the plan's themes, the city's cross-theme strip, or shared by all. */
export type Placement = { kind: 'theme'; theme: ThemeDetail } | { kind: 'cross' } | { kind: 'shared' };

export function placementOf(plan: PlanDetail, objective: ObjectiveDetail): Placement {
  const theme = plan.themes.find((t) => t.id === objective.themeId);
  if (theme) return { kind: 'theme', theme };
  return parseCode(objective.code)?.themeLetter === CROSS_THEME_LETTER
    ? { kind: 'cross' }
    : { kind: 'shared' };
}

export interface Counts {
  objectives: number;
  ksfs: number;
  kpis: number;
  actions: number;
}

export interface PlanIndex {
  ksfsOf(objectiveId: number): KsfDetail[];
  kpisOf(objectiveId: number): KpiDetail[];
  actionsOf(kpiId: number): ActionDetail[];
  objectiveByCode(code: string): ObjectiveDetail | undefined;
  objectiveById(id: number): ObjectiveDetail | undefined;
  countsOf(objectives: ObjectiveDetail[]): Counts;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  for (const list of out.values()) list.sort(byCode as (a: T, b: T) => number);
  return out;
}

function byCode(a: { code: string }, b: { code: string }): number {
  return compareCodes(a.code, b.code);
}

export function indexPlan(plan: PlanDetail): PlanIndex {
  const ksfs = groupBy(plan.ksfs, (k) => k.objectiveId);
  const kpis = groupBy(plan.kpis, (k) => k.objectiveId);
  const actions = groupBy(plan.actions, (a) => a.kpiId);
  const byId = new Map(plan.objectives.map((o) => [o.id, o]));
  const byCodeMap = new Map(plan.objectives.map((o) => [o.code, o]));
  const index: PlanIndex = {
    ksfsOf: (id) => ksfs.get(id) ?? [],
    kpisOf: (id) => kpis.get(id) ?? [],
    actionsOf: (id) => actions.get(id) ?? [],
    objectiveByCode: (code) => byCodeMap.get(code),
    objectiveById: (id) => byId.get(id),
    countsOf(objectives) {
      let k = 0;
      let f = 0;
      let a = 0;
      for (const o of objectives) {
        const oKpis = index.kpisOf(o.id);
        k += oKpis.length;
        f += index.ksfsOf(o.id).length;
        for (const kpi of oKpis) a += index.actionsOf(kpi.id).length;
      }
      return { objectives: objectives.length, ksfs: f, kpis: k, actions: a };
    },
  };
  return index;
}

/** Objectives sorted the way the documents list them: by perspective row, then code. */
export function sortObjectives(plan: PlanDetail, objectives: ObjectiveDetail[]): ObjectiveDetail[] {
  const order = perspectiveOrder(plan);
  return [...objectives].sort(
    (a, b) => order.indexOf(a.perspective) - order.indexOf(b.perspective) || byCode(a, b),
  );
}

export function themesInOrder(plan: PlanDetail): ThemeDetail[] {
  return [...plan.themes].sort((a, b) => a.position - b.position || a.letter.localeCompare(b.letter));
}
