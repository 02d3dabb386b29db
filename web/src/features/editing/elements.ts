import type {
  ActionDetail,
  KpiDetail,
  KsfDetail,
  ObjectiveDetail,
  PlanDetail,
  ThemeDetail,
} from '../../api/types';
import type { Dictionary } from '../../i18n/zh-TW';
import type { PlanIndex } from '../plans/model';

/** The plan elements the editor writes, each with its API path segment. */
export type ElementKind = 'theme' | 'objective' | 'ksf' | 'kpi' | 'action';

export type ElementOf = {
  theme: ThemeDetail;
  objective: ObjectiveDetail;
  ksf: KsfDetail;
  kpi: KpiDetail;
  action: ActionDetail;
};
export type AnyElement = ElementOf[ElementKind];

export const API_PATH: Record<ElementKind, string> = {
  theme: 'themes',
  objective: 'objectives',
  ksf: 'ksfs',
  kpi: 'kpis',
  action: 'actions',
};

/** The name of an element kind (also `plan`, as audit entries and comments name it); unknown kinds as they are. */
export function kindLabel(t: Dictionary, kind: string): string {
  return (
    (
      {
        plan: t.kindPlan,
        theme: t.kindTheme,
        objective: t.kindObjective,
        ksf: t.kindKsf,
        kpi: t.kindKpi,
        action: t.kindAction,
        link: t.kindLink,
      } as Record<string, string>
    )[kind] ?? kind
  );
}

/** The code shown for an element: a theme's letter, a KSF's code when it has one. */
export function codeOf(kind: ElementKind, element: AnyElement): string {
  if (kind === 'theme') return (element as ThemeDetail).letter;
  return (element as { code: string | null }).code ?? '';
}

export interface Consequences {
  objectives: number;
  ksfs: number;
  kpis: number;
  actions: number;
  links: number;
}

/** What a delete takes with it (the server deletes children by cascade); shown before confirming. */
export function consequencesOf(
  plan: PlanDetail,
  index: PlanIndex,
  kind: ElementKind,
  element: AnyElement,
): Consequences {
  const none: Consequences = { objectives: 0, ksfs: 0, kpis: 0, actions: 0, links: 0 };
  const ofObjectives = (objectives: ObjectiveDetail[]): Consequences => {
    const ids = new Set(objectives.map((o) => o.id));
    const counts = index.countsOf(objectives);
    return {
      ...counts,
      objectives: kind === 'theme' ? counts.objectives : 0,
      links: plan.links.filter((l) => ids.has(l.fromObjectiveId) || ids.has(l.toObjectiveId)).length,
    };
  };
  if (kind === 'theme') return ofObjectives(plan.objectives.filter((o) => o.themeId === element.id));
  if (kind === 'objective') return ofObjectives([element as ObjectiveDetail]);
  if (kind === 'kpi') return { ...none, actions: index.actionsOf(element.id).length };
  return none;
}

export function describeConsequences(t: Dictionary, c: Consequences): string {
  const parts = [
    c.objectives && t.countObjectives(c.objectives),
    c.ksfs && t.countKsfs(c.ksfs),
    c.kpis && t.countKpis(c.kpis),
    c.actions && t.countActions(c.actions),
    c.links && t.countLinks(c.links),
  ].filter((p): p is string => !!p);
  return parts.length ? t.deleteGoesWith(parts.join('、')) : t.deleteNothingElse;
}

/** The next code under a parent: AC1 → AC1.3 when AC1.1 and AC1.2 exist. */
export function nextChildCode(parent: string, siblings: { code: string | null }[]): string {
  let max = 0;
  for (const s of siblings) {
    const m = s.code?.startsWith(`${parent}.`) ? /^(\d+)$/.exec(s.code.slice(parent.length + 1)) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${parent}.${max + 1}`;
}

/** The next position after the siblings' (new elements go last). */
export function nextPosition(siblings: { position: number }[]): number {
  return siblings.reduce((m, s) => Math.max(m, s.position + 1), 0);
}
