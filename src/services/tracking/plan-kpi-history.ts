import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { kpiActuals, kpis, kpiTargets, plans } from '../../db/schema';
import { comparePeriods } from '../../domain/periods';
import type { ServiceContext } from '../context';
import { planReadFilter, requireReadablePlan } from '../shared/plan-access';
import { type KpiYear, scoreKpi } from './kpi-history';

export interface KpiEarlierYears {
  code: string;
  /** Oldest first; only years whose plan the caller may read and that have a KPI with this code. */
  years: KpiYear[];
}

/**
 * Every KPI of a plan with its targets, actuals and scores in the organisation's earlier plans
 * (same KPI code), for the targets grid: a handful of queries whatever the number of KPIs,
 * where asking `…/kpis/:kpiId/history` for each would cost a request per KPI.
 */
export async function getPlanKpiHistory(ctx: ServiceContext, planId: number): Promise<KpiEarlierYears[]> {
  const plan = await requireReadablePlan(ctx.db, ctx, planId);
  const own = await ctx.db
    .select({ code: kpis.code })
    .from(kpis)
    .where(eq(kpis.planId, plan.id))
    .orderBy(asc(kpis.position), asc(kpis.id));
  const codes = own.map((k) => k.code);
  const readable = await planReadFilter(ctx.db, ctx);
  const earlier = (
    await ctx.db
      .select()
      .from(plans)
      .where(and(eq(plans.orgId, plan.orgId), lt(plans.year, plan.year)))
  ).filter(readable);
  if (codes.length === 0 || earlier.length === 0) return codes.map((code) => ({ code, years: [] }));

  const planById = new Map(earlier.map((p) => [p.id, p]));
  const sameCode = await ctx.db
    .select()
    .from(kpis)
    .where(and(inArray(kpis.code, codes), inArray(kpis.planId, [...planById.keys()])));
  const ids = sameCode.map((k) => k.id);
  const [targets, actuals] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          ctx.db.select().from(kpiTargets).where(inArray(kpiTargets.kpiId, ids)),
          ctx.db.select().from(kpiActuals).where(inArray(kpiActuals.kpiId, ids)).orderBy(asc(kpiActuals.id)),
        ]);
  const byPeriod = <T extends { period: string }>(xs: T[]) =>
    xs.sort((a, b) => comparePeriods(a.period, b.period));

  const years = new Map<string, KpiYear[]>();
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
  return codes.map((code) => ({
    code,
    years: (years.get(code) ?? []).sort((x, y) => x.year - y.year),
  }));
}
