import { CROSS_THEME_LETTER, PERSPECTIVE_NAMES, type Perspective, parseCodeOfKind } from '../domain/codes';
import type { ActionDoc, KpiDoc, KsfDoc, ObjectiveDoc, PlanDocument } from '../domain/plan-document';

/**
 * The scorecard as every writer prints it: one group per theme (構面 | 策略目標 | KSF | KPI |
 * 行動方案), with the city's cross-theme objectives before the themes and the objectives shared
 * by every theme after them. Objectives are grouped by theme as the plan files them, so a
 * letter the plan does not list still gets its own table rather than vanish.
 */

export type GroupKind = 'cross' | 'theme' | 'unknown-theme' | 'shared';

export interface ScorecardKpi {
  kpi: KpiDoc;
  actions: ActionDoc[];
}

export interface ScorecardObjective {
  objective: ObjectiveDoc;
  ksfs: KsfDoc[];
  kpis: ScorecardKpi[];
}

export interface ScorecardGroup {
  kind: GroupKind;
  /** Theme letter, null for cross-theme and shared objectives. */
  letter: string | null;
  name: string;
  objectives: ScorecardObjective[];
}

export const GROUP_TITLES = {
  cross: '跨主題策略目標',
  shared: '共同策略目標',
  unknownTheme: '（未列於策略主題）',
} as const;

/** The heading of a group: `策略主題 A 提升組織效能`, `跨主題策略目標`, … */
export function groupTitle(g: ScorecardGroup): string {
  if (g.kind === 'cross') return GROUP_TITLES.cross;
  if (g.kind === 'shared') return GROUP_TITLES.shared;
  if (g.kind === 'unknown-theme') return `策略主題 ${g.letter}${GROUP_TITLES.unknownTheme}`;
  return `策略主題 ${g.letter} ${g.name}`;
}

export function perspectiveLabel(p: Perspective): string {
  return `${PERSPECTIVE_NAMES[p].zh} ${p}`;
}

/** Row order of the plan: its own, completed with C P L F. */
export function perspectiveOrder(plan: PlanDocument): Perspective[] {
  const order: Perspective[] = [];
  for (const p of [...(plan.perspectiveOrder ?? []), 'C', 'P', 'L', 'F'] as Perspective[]) {
    if (!order.includes(p)) order.push(p);
  }
  return order;
}

function isCross(o: ObjectiveDoc, planHasThemeT: boolean): boolean {
  return !planHasThemeT && parseCodeOfKind(o.code, 'objective')?.themeLetter === CROSS_THEME_LETTER;
}

export function scorecardGroups(plan: PlanDocument): ScorecardGroup[] {
  const order = perspectiveOrder(plan);
  const ksfsOf = groupBy(plan.ksfs, (k) => k.objective);
  const actionsOf = groupBy(plan.actions, (a) => a.kpi);
  const kpisOf = groupBy(plan.kpis, (k) => k.objective);
  const entry = (o: ObjectiveDoc): ScorecardObjective => ({
    objective: o,
    ksfs: ksfsOf.get(o.code) ?? [],
    kpis: (kpisOf.get(o.code) ?? []).map((kpi) => ({ kpi, actions: actionsOf.get(kpi.code) ?? [] })),
  });
  // A stable sort keeps the plan's own order inside each 構面.
  const sorted = (list: ObjectiveDoc[]) =>
    list
      .map((o, i) => ({ o, i }))
      .sort((a, b) => order.indexOf(a.o.perspective) - order.indexOf(b.o.perspective) || a.i - b.i)
      .map(({ o }) => entry(o));

  const letters = new Set(plan.themes.map((t) => t.letter));
  const hasThemeT = letters.has(CROSS_THEME_LETTER);
  const groups: ScorecardGroup[] = [];
  const cross = plan.objectives.filter((o) => o.theme === null && isCross(o, hasThemeT));
  if (cross.length) groups.push({ kind: 'cross', letter: null, name: '', objectives: sorted(cross) });
  const seen = new Set<string>();
  for (const t of plan.themes) {
    if (seen.has(t.letter)) continue;
    seen.add(t.letter);
    const list = plan.objectives.filter((o) => o.theme === t.letter);
    groups.push({ kind: 'theme', letter: t.letter, name: t.name, objectives: sorted(list) });
  }
  for (const o of plan.objectives) {
    if (o.theme === null || seen.has(o.theme)) continue;
    const letter = o.theme;
    seen.add(letter);
    const list = plan.objectives.filter((x) => x.theme === letter);
    groups.push({ kind: 'unknown-theme', letter, name: '', objectives: sorted(list) });
  }
  const shared = plan.objectives.filter((o) => o.theme === null && !isCross(o, hasThemeT));
  if (shared.length) groups.push({ kind: 'shared', letter: null, name: '', objectives: sorted(shared) });
  return groups;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** `AC1 提升…`: a code and a name as the documents print them. */
export function coded(code: string | null | undefined, name: string): string {
  return code ? `${code} ${name}` : name;
}

/** The deck's title: the plan's own, else `110年策略地圖及平衡計分卡`. */
export function deckTitle(plan: PlanDocument): string {
  return plan.title || `${plan.year}年策略地圖及平衡計分卡`;
}

/** The cover title: the plan's own, with its year in front when the title does not say it. */
export function coverTitle(plan: PlanDocument): string {
  const title = deckTitle(plan);
  return title.includes(`${plan.year}年`) ? title : `${plan.year}年度 ${title}`;
}
