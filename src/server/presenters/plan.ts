import type {
  ActionRow,
  KpiRow,
  KsfRow,
  LinkRow,
  ObjectiveRow,
  PlanRow,
  PlanRows,
  ThemeRow,
} from '../../db/repositories/plan-rows';
import type { PlanSummary } from '../../services/plans/list-plans';

export function presentPlan(plan: PlanRow) {
  return {
    id: plan.id,
    orgId: plan.orgId,
    year: plan.year,
    title: plan.title,
    status: plan.status,
    issued: plan.issuedOn,
    mission: plan.mission,
    vision: plan.vision,
    coreValues: plan.coreValues,
    perspectiveOrder: plan.perspectiveOrder,
    scoring: plan.scoring ?? null,
    version: plan.version,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function presentPlanSummary(plan: PlanSummary) {
  return {
    id: plan.id,
    orgId: plan.orgId,
    orgName: plan.orgName,
    year: plan.year,
    status: plan.status,
    title: plan.title,
    version: plan.version,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export function presentTheme(
  t: ThemeRow,
  extra?: { cascadesFromOrgName: string | null; lead: string | null; members: string[] },
) {
  return {
    id: t.id,
    letter: t.letter,
    name: t.name,
    position: t.position,
    cascadesFrom:
      t.cascadesFromLetter && t.cascadesFromOrgId
        ? {
            orgId: t.cascadesFromOrgId,
            org: extra?.cascadesFromOrgName ?? null,
            letter: t.cascadesFromLetter,
            year: t.cascadesFromYear,
          }
        : null,
    weight: t.weight,
    ...(extra ? { lead: extra.lead, members: extra.members } : {}),
    version: t.version,
  };
}

export function presentObjective(o: ObjectiveRow) {
  return {
    id: o.id,
    code: o.code,
    themeId: o.themeId,
    perspective: o.perspective,
    name: o.name,
    weight: o.weight,
    position: o.position,
    version: o.version,
  };
}

export function presentKsf(k: KsfRow) {
  return {
    id: k.id,
    objectiveId: k.objectiveId,
    code: k.code,
    name: k.name,
    position: k.position,
    version: k.version,
  };
}

export function presentKpi(k: KpiRow) {
  return {
    id: k.id,
    objectiveId: k.objectiveId,
    code: k.code,
    name: k.name,
    formula: k.formula,
    note: k.note,
    unit: k.unit,
    polarity: k.polarity,
    frequency: k.frequency,
    baseline: k.baseline,
    weight: k.weight,
    aggregate: k.aggregate,
    stages: k.stages ?? [],
    tolerance: k.tolerance,
    position: k.position,
    version: k.version,
  };
}

export function presentAction(a: ActionRow) {
  return { id: a.id, kpiId: a.kpiId, code: a.code, name: a.name, position: a.position, version: a.version };
}

export function presentLink(l: LinkRow) {
  return { id: l.id, fromObjectiveId: l.fromObjectiveId, toObjectiveId: l.toObjectiveId };
}

/** A plan with every element, ids and versions, for the editor. */
export function presentPlanDetail(rows: PlanRows) {
  return {
    ...presentPlan(rows.plan),
    org: { id: rows.org.id, name: rows.org.name, parent: rows.org.parentName },
    themes: rows.themes.map((t) =>
      presentTheme(t, {
        cascadesFromOrgName: t.cascadesFromOrgName,
        lead: t.members.find((m) => m.role === 'lead')?.orgName ?? null,
        members: t.members.filter((m) => m.role === 'member').map((m) => m.orgName),
      }),
    ),
    objectives: rows.objectives.map(presentObjective),
    ksfs: rows.ksfs.map(presentKsf),
    kpis: rows.kpis.map(presentKpi),
    actions: rows.actions.map(presentAction),
    links: rows.links.map(presentLink),
  };
}
