import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ActualRow, KpiRow, TargetRow } from '../../db/repositories/plan-rows';
import { kpiActuals, kpis, kpiTargets, plans } from '../../db/schema';
import { parseCodeOfKind } from '../../domain/codes';
import { comparePeriods } from '../../domain/periods';
import type { PlanScoring } from '../../domain/plan-document';
import { scoringInputOfPlan } from '../../domain/plan-scoring';
import { type KpiScore, scorePlan } from '../../domain/scoring';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { planReadFilter, requireReadablePlan } from '../shared/plan-access';

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
 * A KPI's targets and actuals across periods and years: every plan of the organisation that has
 * a KPI with the same code and that the caller may read, for the trend chart.
 */
export async function getKpiHistory(ctx: ServiceContext, planId: number, kpiId: number): Promise<KpiYear[]> {
  const plan = await requireReadablePlan(ctx.db, ctx, planId);
  const [kpi] = await ctx.db
    .select()
    .from(kpis)
    .where(and(eq(kpis.id, kpiId), eq(kpis.planId, planId)));
  if (!kpi) throw notFound(`KPI ${kpiId} of plan ${planId}`);
  const readable = await planReadFilter(ctx.db, ctx);
  const years = (await ctx.db.select().from(plans).where(eq(plans.orgId, plan.orgId))).filter(readable);
  const planById = new Map(years.map((p) => [p.id, p]));
  const sameCode = await ctx.db
    .select()
    .from(kpis)
    .where(
      and(
        eq(kpis.code, kpi.code),
        inArray(
          kpis.planId,
          years.map((p) => p.id),
        ),
      ),
    );
  const ids = sameCode.map((k) => k.id);
  const targets = await ctx.db.select().from(kpiTargets).where(inArray(kpiTargets.kpiId, ids));
  const actuals = await ctx.db
    .select()
    .from(kpiActuals)
    .where(inArray(kpiActuals.kpiId, ids))
    .orderBy(asc(kpiActuals.id));
  const byPeriod = <T extends { period: string }>(xs: T[]) =>
    xs.sort((a, b) => comparePeriods(a.period, b.period));

  return sameCode
    .map((k) => {
      const p = planById.get(k.planId);
      if (!p) throw notFound(`plan ${k.planId}`);
      const t = byPeriod(targets.filter((x) => x.kpiId === k.id));
      const a = byPeriod(actuals.filter((x) => x.kpiId === k.id));
      return {
        year: p.year,
        planId: p.id,
        kpi: k,
        targets: t,
        actuals: a,
        scores: scoreKpi(k, p.scoring, t, a),
      };
    })
    .sort((x, y) => x.year - y.year);
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
