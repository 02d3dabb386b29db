import type { PlanDocument } from '../../domain/plan-document';
import { groupTitle, scorecardGroups } from '../scorecard-model';

/**
 * The 關聯圖 of each theme: its objectives and the cause-effect links that touch them, with the
 * objectives of other themes those links reach. Each is a plan of its own, so the one map
 * layout draws it, larger than the whole map can be on one slide.
 */
export interface RelationPlan {
  heading: string;
  plan: PlanDocument;
}

export function relationPlans(plan: PlanDocument): RelationPlan[] {
  if (plan.links.length === 0) return [];
  const out: RelationPlan[] = [];
  for (const group of scorecardGroups(plan)) {
    const own = new Set(group.objectives.map((o) => o.objective.code));
    const links = plan.links.filter((l) => own.has(l.from) || own.has(l.to));
    if (links.length === 0) continue;
    const codes = new Set([...own, ...links.flatMap((l) => [l.from, l.to])]);
    const objectives = plan.objectives.filter((o) => codes.has(o.code));
    const letters = new Set(objectives.map((o) => o.theme));
    const heading = groupTitle(group);
    out.push({
      heading,
      plan: {
        ...plan,
        title: heading,
        mission: '',
        vision: '',
        coreValues: [],
        themes: plan.themes.filter((t) => letters.has(t.letter)),
        objectives,
        ksfs: [],
        kpis: [],
        actions: [],
        links,
      },
    });
  }
  return out;
}
