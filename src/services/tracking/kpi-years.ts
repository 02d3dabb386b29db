import { and, asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { ActualRow, KpiRow, TargetRow } from '../../db/repositories/plan-rows';
import { kpiActuals, kpis, kpiTargets, type plans } from '../../db/schema';
import { parseCodeOfKind } from '../../domain/codes';
import { comparePeriods } from '../../domain/periods';
import type { PlanScoring } from '../../domain/plan-document';
import { scoringInputOfPlan } from '../../domain/plan-scoring';
import { type KpiScore, scorePlan } from '../../domain/scoring';

type PlanRow = typeof plans.$inferSelect;

export interface KpiYear {
  year: number;
  planId: number;
  kpi: KpiRow;
  targets: TargetRow[];
  actuals: ActualRow[];
  /** Each period with a target or an actual, scored with that year's definition and settings. */
  scores: KpiScore[];
}

/**
 * The KPIs with these codes in these plans (years of one organisation), each with its targets,
 * actuals and scores, by code and oldest year first — three queries whatever the number of KPIs.
 */
export async function loadKpiYears(
  db: DbOrTx,
  yearPlans: PlanRow[],
  codes: string[],
): Promise<Map<string, KpiYear[]>> {
  const years = new Map<string, KpiYear[]>();
  if (codes.length === 0 || yearPlans.length === 0) return years;
  const planById = new Map(yearPlans.map((p) => [p.id, p]));
  const sameCode = await db
    .select()
    .from(kpis)
    .where(and(inArray(kpis.code, codes), inArray(kpis.planId, [...planById.keys()])));
  const ids = sameCode.map((k) => k.id);
  if (ids.length === 0) return years;
  const [targets, actuals] = await Promise.all([
    db.select().from(kpiTargets).where(inArray(kpiTargets.kpiId, ids)),
    db.select().from(kpiActuals).where(inArray(kpiActuals.kpiId, ids)).orderBy(asc(kpiActuals.id)),
  ]);
  const byPeriod = <T extends { period: string }>(xs: T[]) =>
    xs.sort((a, b) => comparePeriods(a.period, b.period));
  for (const k of sameCode) {
    const p = planById.get(k.planId);
    if (!p) continue;
    const t = byPeriod(targets.filter((x) => x.kpiId === k.id));
    const a = byPeriod(actuals.filter((x) => x.kpiId === k.id));
    const list = years.get(k.code) ?? [];
    list.push({
      year: p.year,
      planId: p.id,
      kpi: k,
      targets: t,
      actuals: a,
      scores: scoreKpi(k, p.scoring, t, a),
    });
    years.set(k.code, list);
  }
  for (const list of years.values()) list.sort((x, y) => x.year - y.year);
  return years;
}

/** Each period of one KPI with a target or an actual, scored with its own year's definition and settings. */
export function scoreKpi(
  k: KpiRow,
  scoring: unknown,
  targets: TargetRow[],
  actuals: ActualRow[],
): KpiScore[] {
  const objective = parseCodeOfKind(k.code, 'kpi')?.objectiveCode ?? k.code;
  const input = scoringInputOfPlan({
    format: 'stratmap.plan/1',
    org: { name: '' },
    year: 1,
    mission: '',
    vision: '',
    coreValues: [],
    themes: [],
    objectives: [{ code: objective, theme: null, perspective: 'C', name: objective }],
    ksfs: [],
    kpis: [
      {
        code: k.code,
        objective,
        name: k.name,
        formula: k.formula,
        polarity: k.polarity as 'higher',
        aggregate: k.aggregate as 'last',
        stages: k.stages ?? undefined,
        tolerance: k.tolerance,
      },
    ],
    actions: [],
    links: [],
    scoring: (scoring ?? undefined) as PlanScoring | undefined,
    targets: targets.map((t) => ({
      kpi: k.code,
      period: t.period,
      value: t.value,
      min: t.min,
      max: t.max,
      stage: t.stage,
    })),
    actuals: actuals.map((a) => ({
      kpi: k.code,
      period: a.period,
      value: a.value,
      stage: a.stage,
      inputs: a.inputs ?? undefined,
    })),
  });
  const periods = [...new Set([...targets, ...actuals].map((x) => x.period))].sort(comparePeriods);
  return periods.flatMap((period) => scorePlan(input, period).kpis);
}
