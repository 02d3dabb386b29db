import { and, eq } from 'drizzle-orm';
import { kpis, plans } from '../../db/schema';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { planReadFilter, requireReadablePlan } from '../shared/plan-access';
import { type KpiYear, loadKpiYears } from './kpi-years';

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
  return (await loadKpiYears(ctx.db, years, [kpi.code])).get(kpi.code) ?? [];
}
