import { asc, eq } from 'drizzle-orm';
import { loadPlanRows, type PlanRows } from '../../db/repositories/plan-rows';
import { periodLocks } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireReadablePlan } from '../shared/plan-access';
import type { PeriodLockRow } from './tracking-access';

export interface PlanResults {
  rows: PlanRows;
  locks: PeriodLockRow[];
}

/** Everything the entry grids need: KPIs with their definitions, targets and actuals with versions, locks. */
export async function getPlanResults(ctx: ServiceContext, planId: number): Promise<PlanResults> {
  const plan = await requireReadablePlan(ctx.db, ctx, planId);
  const rows = await loadPlanRows(ctx.db, plan);
  const locks = await ctx.db
    .select()
    .from(periodLocks)
    .where(eq(periodLocks.planId, planId))
    .orderBy(asc(periodLocks.period));
  return { rows, locks };
}
