import { and, asc, eq, lt } from 'drizzle-orm';
import { kpis, plans } from '../../db/schema';
import type { ServiceContext } from '../context';
import { planReadFilter, requireReadablePlan } from '../shared/plan-access';
import { type KpiYear, loadKpiYears } from './kpi-years';

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

  const years = await loadKpiYears(ctx.db, earlier, codes);
  return codes.map((code) => ({ code, years: years.get(code) ?? [] }));
}
