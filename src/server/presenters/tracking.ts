import type { ActualRow, PlanRows, TargetRow } from '../../db/repositories/plan-rows';
import type { CityScores } from '../../services/tracking/city-scores';
import type { InboxPlan } from '../../services/tracking/inbox';
import type { KpiYear } from '../../services/tracking/kpi-years';
import type { KpiEarlierYears } from '../../services/tracking/plan-kpi-history';
import type { PlanScores } from '../../services/tracking/plan-scores';
import type { PeriodLockRow } from '../../services/tracking/tracking-access';
import { presentKpi } from './plan';

export function presentTarget(t: TargetRow, kpi: string) {
  return {
    id: t.id,
    kpiId: t.kpiId,
    kpi,
    period: t.period,
    value: t.value,
    min: t.min,
    max: t.max,
    stage: t.stage,
    version: t.version,
    updatedAt: t.updatedAt.toISOString(),
  };
}

export function presentActual(a: ActualRow, kpi: string) {
  return {
    id: a.id,
    kpiId: a.kpiId,
    kpi,
    period: a.period,
    value: a.value,
    stage: a.stage,
    inputs: a.inputs,
    note: a.note,
    evidence: a.evidence,
    explanation: a.explanation,
    correctiveAction: a.correctiveAction,
    reportedBy: a.reportedBy,
    version: a.version,
    updatedAt: a.updatedAt.toISOString(),
  };
}

export function presentLock(l: PeriodLockRow) {
  return { period: l.period, lockedBy: l.lockedBy, lockedAt: l.lockedAt.toISOString() };
}

export function presentResults(rows: PlanRows, locks: PeriodLockRow[]) {
  const code = new Map(rows.kpis.map((k) => [k.id, k.code]));
  return {
    planId: rows.plan.id,
    year: rows.plan.year,
    status: rows.plan.status,
    scoring: rows.plan.scoring ?? null,
    kpis: rows.kpis.map(presentKpi),
    targets: rows.targets.map((t) => presentTarget(t, code.get(t.kpiId) ?? '')),
    actuals: rows.actuals.map((a) => presentActual(a, code.get(a.kpiId) ?? '')),
    locks: locks.map(presentLock),
  };
}

export function presentPlanScores({ rows, score }: PlanScores) {
  const kpi = new Map(rows.kpis.map((k) => [k.code, k]));
  const objective = new Map(rows.objectives.map((o) => [o.code, o]));
  const theme = new Map(rows.themes.map((t) => [t.letter, t]));
  return {
    planId: rows.plan.id,
    org: rows.org.name,
    year: rows.plan.year,
    period: score.period,
    settings: score.settings,
    kpis: score.kpis.map((k) => ({
      id: kpi.get(k.code)?.id ?? null,
      name: kpi.get(k.code)?.name ?? null,
      unit: kpi.get(k.code)?.unit ?? null,
      ...k,
    })),
    objectives: score.objectives.map((o) => ({
      id: objective.get(o.code)?.id ?? null,
      name: objective.get(o.code)?.name ?? null,
      ...o,
    })),
    themes: score.themes.map((t) => ({
      id: theme.get(t.letter)?.id ?? null,
      name: theme.get(t.letter)?.name ?? null,
      ...t,
    })),
    perspectives: score.perspectives,
    plan: score.plan,
  };
}

function presentKpiYear(y: KpiYear) {
  return {
    year: y.year,
    planId: y.planId,
    kpi: presentKpi(y.kpi),
    targets: y.targets.map((t) => presentTarget(t, y.kpi.code)),
    actuals: y.actuals.map((a) => presentActual(a, y.kpi.code)),
    scores: y.scores.map((s) => ({
      period: s.period,
      target: s.target,
      actual: s.actual,
      achievement: s.achievement,
      light: s.light,
    })),
  };
}

export function presentKpiHistory(years: KpiYear[]) {
  return { years: years.map(presentKpiYear) };
}

export function presentPlanKpiHistory(kpis: KpiEarlierYears[]) {
  return { kpis: kpis.map((k) => ({ code: k.code, years: k.years.map(presentKpiYear) })) };
}

export function presentCityScores(c: CityScores) {
  const ids = (org: string) => c.ids.get(org) ?? { orgId: null, planId: null };
  return {
    year: c.year,
    period: c.period,
    city: c.city,
    plan: c.score.plan,
    themes: c.score.themes.map((t) => ({
      letter: t.letter,
      name: c.city.themes.find((x) => x.letter === t.letter)?.name ?? t.letter,
      achievement: t.achievement,
      light: t.light,
      counted: t.counted,
      contributors: t.contributors.map((x) => ({ ...ids(x.org), org: x.org, achievement: x.achievement })),
    })),
    orgs: c.score.orgs.map((o) => ({ ...ids(o.org), ...o })),
    thresholds: { green: c.score.thresholds.green, yellow: c.score.thresholds.yellow },
  };
}

export function presentInbox(at: Date, plans: InboxPlan[]) {
  return {
    at: at.toISOString(),
    plans: plans.map((p) => ({
      planId: p.plan.id,
      orgId: p.plan.orgId,
      org: p.org,
      year: p.plan.year,
      status: p.plan.status,
      due: p.due,
      unexplained: p.unexplained,
    })),
  };
}
